/*! CareFit loader. Puts each <carefit-widget> and [data-carefit] widget in an
 * isolated, sandboxed frame with an opaque origin: no script of this page can
 * read the answers, and the frame's own policy forbids it every network
 * connection. Every file is checked against the SHA-384 written here before
 * it is used, wherever it comes from (data-base changes only where).
 * The frame's size comes from this page's layout only, never from what the
 * visitor sees, and the frame tells this page nothing about the answers. */
(function () {
  'use strict';
  var W = window;
  var stub = W.CareFit;
  if (stub && stub.v) return;
  var doc = document;
  var me = doc.currentScript;
  var here = new URL('.', (me && me.src) || location.href).href;
  var FRAME = ['{{frame.html}}', '{{sri:frame.html}}', 'text'];
  var WASM = ['{{carefit.wasm}}', '{{sri:carefit.wasm}}', 'arrayBuffer'];
  var SANDBOX = 'allow-scripts allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox';
  var EXIT = 'https://www.bbc.com/weather';
  var TAG = 'carefit-widget';
  function kebab(k) { return k.replace(/[A-Z]/g, '-$&').toLowerCase(); }
  var KEYS = ['centerName', 'phone', 'contactUrl', 'levels', 'lang', 'accent', 'height', 'mode', 'theme', 'base'];
  // The frame's height: the host's data-height (in px), else the viewport's,
  // between 320 and 720 px. The same for every visitor on the same screen.
  var TALL = 'max(320px,min(720px,100svh))';
  var FONT = 'font:16px/1.5 system-ui,sans-serif;color:#1b1f24';
  var SCHEME = { dark: 'dark', auto: 'light dark' };
  var live = new Map();
  var got = {};

  function say(m) { console.error('carefit: ' + m); }

  // A file of ours, checked by the browser against its SHA-384 (a missing
  // file fails that check too). One that cannot be had rejects with the
  // words the console gets if it is needed.
  function get(base, f) {
    var url = base + f[0];
    return got[url] || (got[url] = fetch(url, { integrity: f[1], credentials: 'omit' }).then(function (r) {
      return r[f[2]]();
    }, function () {
      throw 'could not load ' + url + ' (missing, blocked, no CORS, or not this release\'s file)';
    }));
  }

  // Inline !important rules ("a:b;c:d"), so the host's CSS cannot change them.
  function css(el, rules) {
    rules.split(';').forEach(function (r) {
      var i = r.indexOf(':');
      el.style.setProperty(r.slice(0, i), r.slice(i + 1), 'important');
    });
    return el;
  }

  function add(parent, tag, text, rules) {
    var el = css(doc.createElement(tag), rules);
    if (text) el.textContent = text;
    parent.appendChild(el);
    return el;
  }

  // Shown when the frame cannot run: the crisis lines, and the center's
  // phone as digits, in fixed words (nothing else from this page is shown).
  function fallback(el, s) {
    var c = s.c;
    stop(el, 1);
    var es = c.lang === 'es';
    var font = FONT;
    var box = add(el, 'div', '', font + ';background:#f3f6f9;border:2px solid #5f6b76;padding:16px');
    box.setAttribute('data-carefit-fallback', '');
    add(box, 'p', es ? 'No se pudo cargar. ¿Necesita ayuda ahora?' : 'This could not load. Need help now?', font);
    var list = add(box, 'ul', '', font);
    var lines = [
      [es ? 'Línea 988 de Prevención del Suicidio y Crisis: ' : '988 Suicide & Crisis Lifeline: ', '988', es ? 'llame o envíe un texto al 988' : 'call or text 988'],
      [es ? 'Peligro inmediato: ' : 'Immediate danger: ', '911', es ? 'llame al 911' : 'call 911'],
      [es ? 'Buscar tratamiento (no es para crisis): ' : 'Find treatment (not for a crisis): ', '+18006624357', '1-800-662-4357'],
    ];
    var p = String(c.phone || '').trim();
    var digits = p.replace(/[\s().-]/g, '');
    if (/^\+?[0-9]{7,15}$/.test(digits) && /^\+?[0-9 ().-]{7,30}$/.test(p)) lines.push([es ? 'Este centro: ' : 'This center: ', digits, digits]);
    lines.forEach(function (l) {
      add(add(list, 'li', l[0], font), 'a', l[2], font + ';color:#0b5cad').href = 'tel:' + l[1];
    });
  }

  // Ends a widget: its listener, timers, observer, frame and dialog go, and
  // the element's own content (the snippet's static crisis lines) comes
  // back, unless the loader's fallback is about to take its place.
  function stop(el, failing) {
    var s = live.get(el);
    if (!s) return;
    live.delete(el);
    removeEventListener('message', s.m);
    clearTimeout(s.t);
    clearTimeout(s.w);
    if (s.o) s.o.disconnect();
    if (s.d) s.d.remove();
    el.textContent = '';
    el.style.removeProperty('min-height');
    if (s.h || el.localName === TAG) el.style.removeProperty('display');
    if (!failing) s.k.forEach(function (n) { el.appendChild(n); });
  }

  function readConfig(el, options) {
    var c = {};
    var pre = el.localName === TAG ? '' : 'data-';
    KEYS.forEach(function (k) {
      var v = options && options[k] != null ? options[k] : el.getAttribute(pre + kebab(k));
      if (v != null && v !== '') c[k] = String(v).slice(0, 4096);
    });
    var h = +c.height;
    c.height = h >= 320 && h <= 4000 ? h + 'px' : TALL;
    // The frame's colour scheme (an unknown theme is light; the frame warns).
    c.s = SCHEME[c.theme] || 'light';
    return c;
  }

  function start(el, s, into, height) {
    var c = s.c;
    var base = s.b;
    var fail = function (e) {
      if (live.get(el) !== s) return;
      if (e) say(e);
      fallback(el, s);
    };
    // The frame's scripts are named by this address inside its policy, so
    // it may hold nothing that could end a source there (no spaces, quotes,
    // commas or semicolons); "@" is for npm CDNs' package@version folders.
    // (A browser without WebAssembly gets "broken" from the frame.)
    if (!/^https?:\/\/[\w.:[\]-]+\/[\w.~%@/-]*$/.test(base)) {
      return fail('not an http(s) address without spaces or quotes: ' + base);
    }
    var frame = css(doc.createElement('iframe'), 'display:block;width:100%;height:640px;max-width:none;border:0;margin:0;padding:0;grid-area:1/1;color-scheme:' + c.s);
    css(frame, 'height:' + height);
    frame.title = c.lang === 'es' ? 'CareFit: cuestionario confidencial' : 'CareFit: private questionnaire';
    frame.setAttribute('sandbox', SANDBOX);
    frame.setAttribute('allow', 'clipboard-write');
    // Only our frame's messages count, each at most once; anything else is ignored.
    s.m = function (e) {
      var d = e.data;
      var k = e.source === frame.contentWindow && live.get(el) === s && d && typeof d === 'object' && d.carefit;
      if (k === 'loaded' && !s.l) {
        s.l = 1;
        get(base, WASM).then(function (b) {
          if (live.get(el) === s) frame.contentWindow.postMessage({ carefit: 'start', wasm: b, config: c, launcher: !!s.d }, '*');
        }, fail);
      } else if (k === 'started') {
        s.r = 1;
        clearTimeout(s.t);
        // Running: the static crisis lines make way for the frame.
        if (s.h) s.h.remove();
      } else if (k === 'broken' && !s.r) {
        fail();
      } else if (k === 'exit' && s.r) {
        location.replace(EXIT);
      } else if (k === 'close' && s.d) {
        s.x();
      }
    };
    addEventListener('message', s.m);
    // A frame that never says "loaded" (blocked, or a file that failed its
    // check) gives way to the crisis lines soon after it has loaded.
    var late = function () { if (!s.l) fail('the frame did not start; check CORS on ' + base + ' and your page\'s CSP'); };
    frame.addEventListener('load', function () { s.w = setTimeout(late, 4000); });
    s.t = setTimeout(function () { s.l = 0; late(); }, 20000);
    get(base, FRAME).then(function (html) {
      if (live.get(el) !== s) return;
      // The theme (one of three fixed words) goes on the frame's root, so the
      // frame has its colours from the first paint.
      frame.srcdoc = html.split('%BASE%').join(base).replace('<html', '<html data-theme="' + (c.s === 'light' ? c.s : c.theme) + '"');
      into.appendChild(frame);
    }, fail);
    // Download the module while the frame loads.
    get(base, WASM).catch(function () {});
  }

  // The launcher: a button on the page that opens the check in a
  // full-screen dialog; closing it (Close, Escape) removes the frame and the
  // answers with it, and the next opening starts afresh.
  function launcher(el, s, options) {
    var es = s.c.lang === 'es';
    var b = (s.u = add(el, 'button', es ? 'Hacer la prueba confidencial' : 'Take the private check',
      FONT + ';font-weight:600;color:#fff;background:#0b5cad;border:0;padding:12px 20px;cursor:pointer'));
    b.type = 'button';
    b.onclick = function () {
      var canvas = 'background:Canvas;color:CanvasText;color-scheme:' + s.c.s;
      var d = (s.d = css(doc.createElement('dialog'), 'position:fixed;inset:0;width:100%;height:100%;max-width:none;max-height:none;margin:0;padding:0;border:0;' + canvas));
      d.setAttribute('aria-label', 'CareFit');
      s.x = function () {
        stop(el);
        mount(el, options);
        var n = live.get(el);
        if (n && n.u) n.u.focus();
      };
      var x = add(d, 'button', es ? 'Cerrar' : 'Close', FONT + ';display:block;margin-left:auto;height:44px;border:2px solid #5f6b76;padding:0 16px;' + canvas);
      x.type = 'button';
      x.onclick = s.x;
      d.addEventListener('cancel', function (e) { e.preventDefault(); s.x(); });
      doc.body.appendChild(d);
      d.showModal();
      start(el, s, d, 'calc(100% - 44px)');
    };
  }

  // Starts a widget; on one already running, starts it afresh with the new
  // options (the visitor's answers are dropped).
  function mount(el, options) {
    if (!el || el.nodeType !== 1) return;
    stop(el);
    var c = readConfig(el, options);
    // (The loader's own fallback from an earlier try is not the page's.)
    var s = { c: c, k: [].filter.call(el.childNodes, function (n) { return !(n.matches && n.matches('[data-carefit-fallback]')); }) };
    // Where the files are; an address that is not one fails start's check.
    try {
      s.b = new URL(c.base || '.', c.base ? location.href : here).href.replace(/\/?$/, '/');
    } catch (e) {
      s.b = c.base;
    }
    live.set(el, s);
    if (c.mode === 'launcher') {
      el.textContent = '';
      return launcher(el, s, options);
    }
    // The element's own content (the static crisis lines) stays under the
    // frame, in the same grid cell, until the frame is running.
    el.textContent = '';
    if (s.k.length) {
      s.h = add(el, 'div', '', 'grid-area:1/1');
      s.k.forEach(function (n) { s.h.appendChild(n); });
    }
    if (s.h || el.localName === TAG) css(el, 'display:' + (s.h ? 'grid' : 'block'));
    // The final height is kept from the start: nothing moves when it loads.
    css(el, 'min-height:' + c.height);
    if (typeof IntersectionObserver !== 'function') return start(el, s, el, c.height);
    // The heavy files load only when the widget comes near the viewport.
    s.o = new IntersectionObserver(function (entries) {
      if (!entries.some(function (e) { return e.isIntersecting; })) return;
      s.o.disconnect();
      s.o = null;
      start(el, s, el, c.height);
    }, { rootMargin: '400px' });
    s.o.observe(el);
  }

  var api = (W.CareFit = { v: '{{version}}', mount: mount, unmount: stop, ready: Promise.resolve() });

  // <carefit-widget>: the same settings as data-*, without the prefix.
  // Connected: it starts; disconnected: nothing of it is left; a changed
  // setting: it starts afresh.
  if (W.customElements && !customElements.get(TAG)) {
    customElements.define(TAG, class extends HTMLElement {
      static get observedAttributes() { return KEYS.map(kebab); }
      connectedCallback() { mount(this); }
      disconnectedCallback() { stop(this); }
      attributeChangedCallback() { if (live.has(this)) mount(this); }
    });
  }

  function mountAll() {
    doc.querySelectorAll('[data-carefit]').forEach(function (el) { if (!live.has(el)) mount(el); });
  }

  // Calls queued by the stub before this script ran, in their order.
  var queue = (stub && stub.q) || [];
  queue.forEach(function (call) {
    if (api[call[0]]) api[call[0]].apply(null, call[1]);
  });
  if (queue.r) queue.r(api);
  doc.dispatchEvent(new Event('carefit:ready'));
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
