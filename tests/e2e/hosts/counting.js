// Loaded before the loader: counts what the widget leaves behind. Every
// window 'message' listener added and removed, every pending timer, every
// live IntersectionObserver (window.__live()).
(function () {
  'use strict';
  var listeners = new Set();
  var add = window.addEventListener;
  var remove = window.removeEventListener;
  window.addEventListener = function (type, fn) {
    if (type === 'message') listeners.add(fn);
    return add.apply(this, arguments);
  };
  window.removeEventListener = function (type, fn) {
    if (type === 'message') listeners.delete(fn);
    return remove.apply(this, arguments);
  };
  var timers = new Set();
  var set = window.setTimeout;
  var clear = window.clearTimeout;
  window.setTimeout = function (fn, ms) {
    var id = set.call(window, function () { timers.delete(id); fn(); }, ms);
    timers.add(id);
    return id;
  };
  window.clearTimeout = function (id) { timers.delete(id); return clear.call(window, id); };
  var observers = new Set();
  var IO = window.IntersectionObserver;
  window.IntersectionObserver = function (cb, opts) {
    var o = new IO(cb, opts);
    var disconnect = o.disconnect.bind(o);
    var observe = o.observe.bind(o);
    o.observe = function (el) { observers.add(o); return observe(el); };
    o.disconnect = function () { observers.delete(o); return disconnect(); };
    return o;
  };
  window.__live = function () {
    return { listeners: listeners.size, timers: timers.size, observers: observers.size, frames: document.querySelectorAll('iframe').length, dialogs: document.querySelectorAll('dialog').length };
  };
})();
