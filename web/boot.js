// Starts the widget on the standalone page, then forbids every further
// connection: a second Content-Security-Policy can only tighten the first,
// so once the WebAssembly has loaded the page cannot send anything anywhere.
(function () {
  'use strict';
  function lockDown() {
    var meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "connect-src 'none'";
    document.head.appendChild(meta);
  }
  wasm_bindgen({ module_or_path: '{{carefit.wasm}}' }).then(function () {
    lockDown();
    wasm_bindgen.start_standalone();
  }, function (err) {
    lockDown();
    console.error('carefit: could not start', err);
  });
})();
