// Frames the standalone page (?src=, default: this origin's /index.html),
// as a look-alike or same-origin page might, to read or overlay it.
(function () {
  var f = document.createElement('iframe');
  f.src = new URLSearchParams(location.search).get('src') || '/index.html';
  f.style.width = '100%';
  f.style.height = '600px';
  document.querySelector('main').appendChild(f);
})();
