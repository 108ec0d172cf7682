// A passive session-replay recorder: every attribute, style and size change
// of the page (the frame's included), the frame's box, every message, the
// page's scroll position and focused element. It keeps the sequence of
// distinct states in window.__log, from the end of parsing on.
(function () {
  'use strict';
  var log = (window.__log = []);
  // From the end of the page's own parsing (which the HTML parser chunks
  // differently from load to load), just before the deferred loader runs.
  var on = false;
  document.addEventListener('readystatechange', function () { if (document.readyState === 'interactive') { on = true; sample(); } });
  function push(s) { if (on && log[log.length - 1] !== s) log.push(s); }
  function sample() {
    var f = document.querySelector('iframe');
    var r = f && f.getBoundingClientRect();
    var a = document.activeElement;
    push('state ' + [
      r ? [r.x, r.y, r.width, r.height].map(Math.round).join(',') : 'no frame',
      'scroll ' + scrollX + ',' + scrollY,
      'focus ' + (a ? a.tagName : '-'),
      'style ' + (f ? f.getAttribute('style') : '-'),
      'page ' + document.documentElement.scrollWidth + 'x' + document.documentElement.scrollHeight,
    ].join(' | '));
  }
  new MutationObserver(function (records) {
    // The widget's element and everything in it (the page's own parsing
    // is delivered in chunks that vary from load to load).
    records.forEach(function (m) {
      var t = m.target.nodeType === 1 ? m.target : m.target.parentElement;
      if (t && t.closest('[data-carefit]')) push('mutation ' + m.type + ' ' + m.target.nodeName + ' ' + (m.attributeName || ''));
    });
    sample();
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true, attributeOldValue: true });
  addEventListener('message', function (e) { push('message ' + JSON.stringify(e.data)); sample(); }, true);
  ['scroll', 'resize', 'focus', 'blur', 'focusin', 'focusout'].forEach(function (t) { addEventListener(t, sample, true); });
  if (window.ResizeObserver) new ResizeObserver(sample).observe(document.documentElement);
  (function loop() { sample(); requestAnimationFrame(loop); })();
  setInterval(sample, 20);
})();
