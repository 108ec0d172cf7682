// Starts the widget on the standalone page, then forbids every further
// connection: a second Content-Security-Policy can only tighten the first,
// so once the WebAssembly has loaded the page cannot send anything anywhere.
// Inside another page's frame it does not start at all: a page of the same
// origin could read the answers from it (the server's frame-ancestors
// 'none' keeps it from being framed in the first place).
(function () {
  'use strict';
  function lockDown() {
    var meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "connect-src 'none'";
    document.head.appendChild(meta);
  }
  var framed = true;
  try { framed = window.top !== window.self; } catch (e) { /* framed */ }
  if (framed) {
    lockDown();
    var p = document.getElementById('carefit').appendChild(document.createElement('p'));
    p.textContent = 'CareFit only runs as its own page. If you are in danger or thinking about suicide, call or text 988, or call 911.';
    return;
  }
  wasm_bindgen({ module_or_path: '{{carefit.wasm}}' }).then(function () {
    lockDown();
    wasm_bindgen.start_standalone();
  }, function (err) {
    lockDown();
    console.error('carefit: could not start', err);
  });
})();
