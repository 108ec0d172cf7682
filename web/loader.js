/*! CareFit loader. Puts each [data-carefit] widget in an isolated, sandboxed
 * frame with an opaque origin: no script of this page can read the answers,
 * and the frame's own policy forbids it every network connection.
 * Every file is checked against the SHA-384 written here before it is used.
 * The frame's size comes from this page's layout only, never from what the
 * visitor sees, and the frame tells this page nothing about the answers. */
(function () {
  'use strict';
  if (window.CareFit) return;
  var doc = document;
  var me = doc.currentScript;
  var base = new URL('.', (me && me.src) || location.href).href;
  var FRAME = ['{{frame.html}}', '{{sri:frame.html}}', 'text'];
  var WASM = ['{{carefit.wasm}}', '{{sri:carefit.wasm}}', 'arrayBuffer'];
  var SANDBOX = 'allow-scripts allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox';
  var EXIT = 'https://www.bbc.com/weather';
  // The frame's height: the host's data-height (in px), else the viewport's,
  // between 320 and 720 px. The same for every visitor on the same screen.
  var TALL = 'max(320px,min(720px,100svh))';
  var FONT = 'font:16px/1.5 system-ui,sans-serif;color:#1b1f24';
  var live = new Map();
  var got = {};

  // A file of ours, checked by the browser against its SHA-384.
  function get(f) {
    return got[f[0]] || (got[f[0]] = fetch(base + f[0], { integrity: f[1], credentials: 'omit' }).then(function (r) {
      if (!r.ok) throw r.status;
      return r[f[2]]();
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
    stop(el);
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

  function stop(el) {
    var s = live.get(el);
    if (s) {
      removeEventListener('message', s.m);
      clearTimeout(s.t);
      if (s.o) s.o.disconnect();
      if (s.d) s.d.remove();
      live.delete(el);
    }
    el.textContent = '';
    el.style.removeProperty('min-height');
  }

  function readConfig(el, options) {
    var c = {};
    ['centerName', 'phone', 'contactUrl', 'levels', 'lang', 'accent', 'height', 'mode'].forEach(function (k) {
      var v = options && options[k] != null ? options[k] : el.getAttribute('data-' + k.replace(/[A-Z]/g, '-$&').toLowerCase());
      if (v != null) c[k] = String(v).slice(0, 4096);
    });
    var h = +c.height;
    c.height = h >= 320 && h <= 4000 ? h + 'px' : TALL;
    return c;
  }

  function start(el, s, into, height) {
    var c = s.c;
    var fail = function () { if (live.get(el) === s) fallback(el, s); };
    // The frame's scripts are named by this address inside its policy.
    // (A browser without WebAssembly gets "broken" from the frame.)
    if (!/^https?:\/\/[\w.:[\]-]+\/[\w.~%/-]*$/.test(base)) return fail();
    var frame = css(doc.createElement('iframe'), 'display:block;width:100%;height:640px;max-width:none;border:0;margin:0;padding:0');
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
        get(WASM).then(function (b) {
          if (live.get(el) === s) frame.contentWindow.postMessage({ carefit: 'start', wasm: b, config: c, launcher: !!s.d }, '*');
        }, fail);
      } else if (k === 'started') {
        s.r = 1;
        clearTimeout(s.t);
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
    frame.addEventListener('load', function () {
      setTimeout(function () { if (!s.l) fail(); }, 4000);
    });
    s.t = setTimeout(fail, 20000);
    get(FRAME).then(function (html) {
      if (live.get(el) !== s) return;
      frame.srcdoc = html.split('%BASE%').join(base);
      into.appendChild(frame);
    }, fail);
    // Download the module while the frame loads.
    get(WASM).catch(function () {});
  }

  // The launcher: a button on the page that opens the check in a
  // full-screen dialog; closing it removes the frame, and the answers with it.
  function launcher(el, s, options) {
    var es = s.c.lang === 'es';
    var b = add(el, 'button', es ? 'Hacer la prueba confidencial' : 'Take the private check',
      FONT + ';font-weight:600;color:#fff;background:#0b5cad;border:0;padding:12px 20px;cursor:pointer');
    b.type = 'button';
    b.onclick = function () {
      var d = (s.d = css(doc.createElement('dialog'), 'position:fixed;inset:0;width:100%;height:100%;max-width:none;max-height:none;margin:0;padding:0;border:0;background:#fff'));
      d.setAttribute('aria-label', 'CareFit');
      s.x = function () {
        stop(el);
        mount(el, options);
        el.firstChild.focus();
      };
      var x = add(d, 'button', es ? 'Cerrar' : 'Close', FONT + ';display:block;margin-left:auto;height:44px;background:#fff;border:2px solid #5f6b76;padding:0 16px');
      x.type = 'button';
      x.onclick = s.x;
      d.addEventListener('cancel', function (e) { e.preventDefault(); s.x(); });
      doc.body.appendChild(d);
      d.showModal();
      start(el, s, d, 'calc(100% - 44px)');
    };
  }

  function mount(el, options) {
    if (!el || el.nodeType !== 1 || live.has(el)) return;
    var c = readConfig(el, options);
    var s = { c: c };
    live.set(el, s);
    el.textContent = '';
    if (c.mode === 'launcher') return launcher(el, s, options);
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

  function mountAll() {
    doc.querySelectorAll('[data-carefit]').forEach(function (el) { mount(el); });
  }

  window.CareFit = { mount: mount, unmount: stop };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
