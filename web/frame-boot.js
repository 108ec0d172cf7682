// Runs inside the sandboxed frame. Waits for the loader to hand over the
// WebAssembly bytes and the host's raw configuration, starts the widget,
// and reports only its height (or that it failed) to the host page.
(function () {
  'use strict';
  var started = false;
  function send(message) { parent.postMessage(message, '*'); }
  function failed() { send({ carefit: 'broken' }); }
  addEventListener('error', failed);
  addEventListener('unhandledrejection', failed);
  addEventListener('message', function (e) {
    if (e.source !== parent || started) return;
    var d = e.data;
    if (!d || d.carefit !== 'start' || !(d.wasm instanceof ArrayBuffer)) return;
    started = true;
    var c = d.config && typeof d.config === 'object' ? d.config : {};
    function s(v) { return typeof v === 'string' ? v : undefined; }
    wasm_bindgen({ module_or_path: d.wasm }).then(function () {
      wasm_bindgen.start_embedded(s(c.centerName), s(c.phone), s(c.contactUrl), s(c.levels), s(c.lang), s(c.accent));
      var last = -1;
      var report = function () {
        var h = Math.ceil(document.documentElement.getBoundingClientRect().height);
        if (h !== last) { last = h; send({ carefit: 'size', value: h }); }
      };
      new ResizeObserver(report).observe(document.documentElement);
      report();
    }, failed);
  });
  send({ carefit: 'loaded' });
})();
