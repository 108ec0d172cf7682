/*! CareFit loader. Puts each [data-carefit] widget in an isolated, sandboxed
 * frame with an opaque origin: no script of this page can read the answers,
 * and the frame's own policy forbids it every network connection.
 * The frame tells this page its height and nothing else. */
(function () {
  'use strict';
  if (window.CareFit) return;
  var doc = document;
  var me = doc.currentScript;
  var base = new URL('.', (me && me.src) || location.href).href;
  var FRAME = base + '{{frame.html}}';
  var WASM = base + '{{carefit.wasm}}';
  var KEYS = ['centerName', 'phone', 'contactUrl', 'levels', 'lang', 'accent'];
  var SANDBOX = 'allow-scripts allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation';
  var live = new Map();
  var wasm;

  function bytes() {
    return wasm || (wasm = fetch(WASM, { credentials: 'omit' }).then(function (r) {
      if (!r.ok) throw new Error('carefit: ' + r.status);
      return r.arrayBuffer();
    }));
  }

  function css(el, rules) {
    for (var k in rules) el.style.setProperty(k, rules[k], 'important');
    return el;
  }

  function add(parent, tag, text, rules) {
    var el = css(doc.createElement(tag), rules || {});
    if (text) el.textContent = text;
    parent.appendChild(el);
    return el;
  }

  // Shown when the frame cannot run: crisis lines and the center's phone,
  // as plain text and links, without WebAssembly.
  function fallback(el, c) {
    stop(el);
    var es = c.lang === 'es';
    var font = { font: '16px/1.5 system-ui,sans-serif', color: '#1b1f24' };
    var box = add(el, 'div', '', { font: font.font, color: font.color, background: '#f3f6f9', border: '2px solid #5f6b76', padding: '16px' });
    box.setAttribute('data-carefit-fallback', '');
    add(box, 'p', es ? 'No se pudo cargar. ¿Necesita ayuda ahora?' : 'This could not load. Need help now?', font);
    var list = add(box, 'ul', '', font);
    var lines = [
      [es ? 'Línea 988 de Prevención del Suicidio y Crisis: ' : '988 Suicide & Crisis Lifeline: ', 'tel:988', es ? 'llame o envíe un texto al 988' : 'call or text 988'],
      [es ? 'Peligro inmediato: ' : 'Immediate danger: ', 'tel:911', es ? 'llame al 911' : 'call 911'],
      [es ? 'Buscar tratamiento (no es para crisis): ' : 'Find treatment (not for a crisis): ', 'tel:+18006624357', '1-800-662-4357'],
    ];
    var digits = String(c.phone || '').replace(/[\s().-]/g, '');
    if (/^\+?[0-9]{7,15}$/.test(digits) && /^\+?[0-9 ().-]{7,30}$/.test(String(c.phone).trim())) {
      var name = String(c.centerName || '').replace(/\p{C}/gu, '').trim().slice(0, 80);
      lines.push([(name || (es ? 'Este centro' : 'This center')) + ': ', 'tel:' + digits, String(c.phone).trim()]);
    }
    lines.forEach(function (l) {
      add(add(list, 'li', l[0], font), 'a', l[2], { font: font.font, color: '#0b5cad' }).href = l[1];
    });
  }

  function stop(el) {
    var s = live.get(el);
    if (s) {
      removeEventListener('message', s.onMessage);
      clearTimeout(s.timer);
      if (s.observer) s.observer.disconnect();
      live.delete(el);
    }
    while (el.firstChild) el.removeChild(el.firstChild);
  }

  function readConfig(el, options) {
    var c = {};
    KEYS.forEach(function (k) {
      var v = options && options[k] != null ? options[k] : el.getAttribute('data-' + k.replace(/[A-Z]/g, '-$&').toLowerCase());
      if (v != null) c[k] = String(v).slice(0, 4096);
    });
    return c;
  }

  function start(el, c, s) {
    if (typeof WebAssembly !== 'object' || typeof ResizeObserver !== 'function') return fallback(el, c);
    var frame = css(doc.createElement('iframe'), {
      display: 'block', width: '100%', height: '640px', border: '0', margin: '0', padding: '0', 'box-sizing': 'border-box',
    });
    frame.title = c.lang === 'es' ? 'CareFit: cuestionario confidencial' : 'CareFit: private questionnaire';
    frame.setAttribute('sandbox', SANDBOX);
    frame.setAttribute('allow', 'clipboard-write');
    frame.setAttribute('referrerpolicy', 'no-referrer');
    var fail = function () { fallback(el, c); };
    s.onMessage = function (e) {
      if (e.source !== frame.contentWindow || !e.data || typeof e.data !== 'object') return;
      var d = e.data;
      if (d.carefit === 'loaded' && !s.started) {
        s.started = true;
        bytes().then(function (b) {
          if (live.get(el) === s) frame.contentWindow.postMessage({ carefit: 'start', wasm: b, config: c }, '*');
        }, fail);
      } else if (d.carefit === 'size' && typeof d.value === 'number' && isFinite(d.value)) {
        clearTimeout(s.timer);
        css(frame, { height: Math.max(120, Math.min(Math.ceil(d.value), 20000)) + 'px' });
      } else if (d.carefit === 'broken') {
        fail();
      }
    };
    addEventListener('message', s.onMessage);
    // A frame blocked by the host's policy loads an error page and never
    // says "ready"; give up on it soon after it loads.
    frame.addEventListener('load', function () {
      setTimeout(function () { if (live.get(el) === s && !s.started) fail(); }, 4000);
    });
    s.timer = setTimeout(fail, 20000);
    frame.src = FRAME;
    el.appendChild(frame);
    // Download the module while the frame loads; a failure is handled
    // when the frame asks for it.
    bytes().catch(function () {});
  }

  function mount(el, options) {
    if (!el || el.nodeType !== 1 || live.has(el)) return;
    var c = readConfig(el, options);
    var s = {};
    live.set(el, s);
    while (el.firstChild) el.removeChild(el.firstChild);
    if (typeof IntersectionObserver !== 'function') return start(el, c, s);
    // The heavy files load only when the widget comes near the viewport.
    s.observer = new IntersectionObserver(function (entries) {
      if (!entries.some(function (e) { return e.isIntersecting; })) return;
      s.observer.disconnect();
      s.observer = null;
      start(el, c, s);
    }, { rootMargin: '400px' });
    css(el, { 'min-height': '1px' });
    s.observer.observe(el);
  }

  function mountAll() {
    Array.prototype.forEach.call(doc.querySelectorAll('[data-carefit]'), function (el) { mount(el); });
  }

  window.CareFit = { mount: mount, unmount: stop };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
