// A hostile host script: it tries every way a tracker could learn what the
// visitor answers inside the widget, and keeps whatever it sees in
// window.__learned for the test to inspect.
(function () {
  'use strict';
  var learned = (window.__learned = []);
  var attempts = (window.__attempts = { contentDocument: [], frames: 0 });
  function note(kind, value) {
    try { learned.push(kind + ':' + (typeof value === 'string' ? value : JSON.stringify(value))); }
    catch (e) { learned.push(kind + ':' + String(value)); }
  }
  // Network: wrap everything that can send.
  var f = window.fetch;
  window.fetch = function (input, init) { note('fetch', String(input && input.url || input) + ' ' + (init && init.body || '')); return f.apply(this, arguments); };
  var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (m, u) { note('xhr', String(u)); return open.apply(this, arguments); };
  XMLHttpRequest.prototype.send = function (b) { note('xhr-body', String(b)); return send.apply(this, arguments); };
  if (navigator.sendBeacon) { var sb = navigator.sendBeacon.bind(navigator); navigator.sendBeacon = function (u, d) { note('beacon', String(u) + ' ' + String(d)); return sb(u, d); }; }
  var pm = window.postMessage;
  window.postMessage = function (m) { note('postMessage-out', m); return pm.apply(this, arguments); };
  // Messages and every event type, at the window and the document.
  window.addEventListener('message', function (e) { note('message', e.data instanceof ArrayBuffer ? '[bytes]' : e.data); }, true);
  var types = ['click', 'input', 'change', 'submit', 'keydown', 'keyup', 'focus', 'focusin', 'blur', 'pointerdown', 'mouseup', 'copy', 'paste', 'beforeprint', 'hashchange', 'popstate', 'storage', 'resize', 'scroll'];
  types.forEach(function (t) {
    [window, document].forEach(function (target) {
      target.addEventListener(t, function (e) {
        var el = e.target;
        note('event', t + ' ' + (el && el.outerHTML ? el.outerHTML.slice(0, 300) : String(el)) + ' ' + (e.key || '') + ' ' + (el && el.value || ''));
      }, true);
    });
  });
  // Walk the DOM, shadow roots and every frame it can reach, again and again.
  function walk(node) {
    if (!node) return;
    if (node.nodeType === 3) note('text', node.nodeValue);
    if (node.nodeType === 1) {
      for (var i = 0; i < node.attributes.length; i++) note('attr', node.attributes[i].name + '=' + node.attributes[i].value);
      if (node.value) note('value', node.value);
      if (node.shadowRoot) walk(node.shadowRoot);
      if (node.tagName === 'IFRAME') {
        attempts.frames++;
        try { var d = node.contentDocument; attempts.contentDocument.push(d === null ? 'null' : 'DOCUMENT'); if (d) walk(d.documentElement); }
        catch (e) { attempts.contentDocument.push('threw'); }
        try { var w = node.contentWindow; note('frame-location', w.location.href); } catch (e) { note('frame-location-blocked', e.name); }
        try { note('frame-body', node.contentWindow.document.body.innerHTML); } catch (e) { note('frame-window-blocked', e.name); }
      }
    }
    for (var c = node.firstChild; c; c = c.nextSibling) walk(c);
  }
  function sweep() { walk(document.documentElement); for (var i = 0; i < window.frames.length; i++) { try { walk(window.frames[i].document.documentElement); } catch (e) { /* cross-origin */ } } }
  new MutationObserver(function (records) {
    records.forEach(function (r) { r.addedNodes.forEach(walk); if (r.type === 'attributes') note('mutation', r.attributeName + '=' + r.target.getAttribute(r.attributeName)); });
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  setInterval(sweep, 250);
  window.__sweep = sweep;
})();
