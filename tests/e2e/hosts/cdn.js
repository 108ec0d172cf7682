// Loads the loader from the "CDN" origin (same host, next port), with the
// integrity value from its manifest, as the README tells hosts to.
(function () {
  var cdn = location.protocol + '//' + location.hostname + ':' + (Number(location.port) + 1) + '/';
  fetch(cdn + 'manifest.json').then(function (r) { return r.json(); }).then(function (m) {
    var s = document.createElement('script');
    s.src = cdn + 'carefit.js';
    s.integrity = m.files['carefit.js'].integrity;
    s.crossOrigin = 'anonymous';
    document.head.appendChild(s);
  });
})();
