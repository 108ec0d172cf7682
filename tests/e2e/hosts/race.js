// A hostile tag: as soon as the frame exists it sends it "start" messages
// with its own module (an empty but valid WebAssembly module, then garbage)
// and its own configuration, and floods both the page and the frame with
// malformed, repeated and spoofed CareFit messages.
(function () {
  'use strict';
  var EMPTY = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]).buffer;
  var junk = [null, 1, 'start', [], { carefit: 'start' }, { carefit: 'start', wasm: 'x' }, { carefit: 'loaded' }, { carefit: 'ready' },
    { carefit: 'broken' }, { carefit: 'exit' }, { carefit: 'close' }, { carefit: 'size', value: 1e9 }, { carefit: { toString: 1 } }];
  window.__sent = 0;
  function flood(w) {
    try {
      w.postMessage({ carefit: 'start', wasm: EMPTY.slice(0), config: { centerName: 'Evil Clinic', phone: '+1 555 666 0000' } }, '*');
      w.postMessage({ carefit: 'start', wasm: new ArrayBuffer(64), config: { centerName: 'Evil Clinic' } }, '*');
      junk.forEach(function (m) { w.postMessage(m, '*'); window.postMessage(m, '*'); });
      window.__sent++;
    } catch (e) { /* gone */ }
  }
  new MutationObserver(function () {
    var f = document.querySelector('iframe');
    if (f && f.contentWindow) flood(f.contentWindow);
  }).observe(document, { subtree: true, childList: true });
  setInterval(function () { var f = document.querySelector('iframe'); if (f && f.contentWindow) flood(f.contentWindow); }, 5);
})();
