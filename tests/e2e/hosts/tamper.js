// Loads the genuine loader, pinned by its integrity value as the README
// says, from /tamper/KIND/ on the "CDN", where one other file is altered
// (?kind=wasm|app|boot|harden|css|frame; none: nothing altered). The altered
// scripts would post "pwned" and rename the frame; window.__pwned says
// whether any of it ran.
(function () {
  var kind = new URLSearchParams(location.search).get('kind');
  var cdn = location.protocol + '//' + location.hostname + ':' + (Number(location.port) + 1) + '/';
  window.__pwned = false;
  addEventListener('message', function (e) { if (e.data && e.data.carefit === 'pwned') window.__pwned = true; });
  fetch(cdn + 'manifest.json').then(function (r) { return r.json(); }).then(function (m) {
    var s = document.createElement('script');
    s.src = cdn + 'tamper/' + kind + '/carefit.js';
    s.integrity = m.files['carefit.js'].integrity;
    s.crossOrigin = 'anonymous';
    document.head.appendChild(s);
  });
})();
