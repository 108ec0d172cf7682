// Runs inside the sandboxed frame, after harden.js, the stylesheet and the
// WebAssembly glue (each pinned by its SHA-384 in the frame document, which
// the loader itself fetched pinned). Starts only when the frame is really
// isolated (an opaque origin: the host page cannot read it), and only with
// the one module whose SHA-384 is written below: a `start` with any other
// bytes, from any script of the host page, is ignored.
//
// What the host page hears from here: "loaded", then "started" (or "broken"
// if it could not start); after that nothing that differs between
// visitors: "exit" when the visitor leaves with Exit (the loader replaces
// the page with the same neutral page for everyone), and, in the
// launcher's full-screen dialog only, "close" on Escape.
(function () {
  'use strict';
  var MODULE = '{{sri:carefit.wasm}}';
  var P = parent;
  var started = false;
  var ready = false;
  var launcher = false;
  function send(m) { P.postMessage({ carefit: m }, '*'); }
  // After the start, a failure is shown here, never reported outside.
  function broken() {
    if (!ready) return send('broken');
    var b = document.body;
    b.textContent = '';
    var p = b.appendChild(document.createElement('p'));
    p.className = 'cf cf-page';
    p.textContent = 'Something went wrong. Need help now? / Algo salió mal. ¿Necesita ayuda ahora? ';
    [['tel:988', 'Call 988 / Llame al 988'], ['sms:988', 'Text 988 / Texto al 988'], ['tel:911', '911']].forEach(function (l) {
      var a = p.appendChild(document.createElement('a'));
      a.href = l[0];
      a.textContent = l[1];
      p.appendChild(document.createTextNode(' '));
    });
  }
  var sheet = document.querySelector('link[rel=stylesheet]');
  // The theme the loader wrote on the root: light, dark, or auto (the
  // visitor's light or dark preference, followed while the frame is open).
  var root = document.documentElement;
  if (root.getAttribute('data-theme') === 'auto' && self.matchMedia) {
    var dark = matchMedia('(prefers-color-scheme: dark)');
    var follow = function () { root.setAttribute('data-theme', dark.matches ? 'dark' : 'light'); };
    follow();
    dark.addEventListener('change', follow);
  }
  // A file that did not load is named in the console (here, in the frame).
  var app = document.querySelector('script[src*="/app-"]');
  if (!sheet || !sheet.sheet) console.error('carefit: could not load ' + (sheet && sheet.href));
  if (typeof wasm_bindgen !== 'function') console.error('carefit: could not load ' + (app && app.src));
  var isolated = self.origin === 'null' && P !== self && self.RTCPeerConnection === undefined && self.open === undefined;
  if (!isolated || !sheet || !sheet.sheet || typeof wasm_bindgen !== 'function' || !(self.crypto && crypto.subtle)) return send('broken');
  addEventListener('error', broken);
  addEventListener('unhandledrejection', broken);
  addEventListener('carefit-exit', function () { send('exit'); });
  // On key up, not down: the dialog and this frame go away at once, and a
  // key-up sent to a frame that no longer exists is lost (Chromium then
  // waits for it).
  addEventListener('keyup', function (e) { if (launcher && e.key === 'Escape') send('close'); });
  addEventListener('message', function (e) {
    var d = e.data;
    if (e.source !== P || started || !d || d.carefit !== 'start' || !(d.wasm instanceof ArrayBuffer)) return;
    var bytes = d.wasm;
    crypto.subtle.digest('SHA-384', bytes).then(function (h) {
      if (started || 'sha384-' + btoa(String.fromCharCode.apply(null, new Uint8Array(h))) !== MODULE) return;
      started = true;
      launcher = d.launcher === true;
      var c = d.config && typeof d.config === 'object' ? d.config : {};
      function s(v) { return typeof v === 'string' ? v : undefined; }
      return wasm_bindgen({ module_or_path: bytes }).then(function () {
        wasm_bindgen.start_embedded(s(c.centerName), s(c.phone), s(c.contactUrl), s(c.levels), s(c.lang), s(c.accent));
        wasm_bindgen.validate_theme(s(c.theme), s(c.accent)).slice(1).forEach(function (w) {
          console.warn('carefit: ' + w.replace('\t', ' ignored: '));
        });
        ready = true;
        root.setAttribute('data-ready', '');
        send('started');
      });
    }).catch(broken);
  });
  send('loaded');
})();
