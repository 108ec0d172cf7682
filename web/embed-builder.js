// The embed builder: validates a center's details with the same rules as
// the widget (src/embed.rs; both run tests/embed_config_cases.json), shows
// a live preview and the snippet to copy.
(function (root) {
  'use strict';
  var LEVELS = ['detox', 'inpatient', 'php', 'iop', 'outpatient', 'support'];

  function phone(v) {
    var t = v.trim();
    var body = t.charAt(0) === '+' ? t.slice(1) : t;
    if (t.length > 30 || !body || !/^[0-9 ().-]+$/.test(body)) return { error: 'Use digits, spaces and + - . ( ) only.' };
    var digits = body.replace(/[^0-9]/g, '');
    if (digits.length < 7 || digits.length > 15) return { error: 'A phone number has 7 to 15 digits.' };
    return { value: t, href: 'tel:' + (t.charAt(0) === '+' ? '+' : '') + digits };
  }

  var INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

  function url(v) {
    var t = v.trim();
    if (!/^https:\/\//i.test(t)) return { error: 'Only https:// links are used.' };
    if (t.length > 2048) return { error: 'The link is too long.' };
    if (/[\s\\<>"`]/.test(t) || INVISIBLE.test(t)) return { error: 'The link has spaces or characters a link cannot have.' };
    var rest = t.slice(8);
    var authority = rest.split(/[/?#]/)[0];
    if (authority.indexOf('@') >= 0) return { error: 'The link must not carry a user name or password.' };
    var host = authority.replace(/:[0-9]*$/, '');
    if (!host || host.split('.').some(function (l) { return !l; }) || !/^[A-Za-z0-9.-]+$/.test(host)) return { error: 'The link has no valid host name.' };
    return { value: 'https://' + rest };
  }

  function accent(v) {
    var m = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.exec(v.trim());
    if (!m) return { error: 'Use a colour like #0b5cad.' };
    var h = m[1].length === 3 ? m[1].replace(/./g, '$&$&') : m[1];
    var lin = function (i) {
      var c = parseInt(h.substr(i, 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    };
    var ratio = 1.05 / (0.2126 * lin(0) + 0.7152 * lin(2) + 0.0722 * lin(4) + 0.05);
    if (ratio < 4.5) return { error: 'Too light: white text on it has a contrast of ' + ratio.toFixed(2) + ':1; it needs 4.5:1.' };
    return { value: '#' + h.toLowerCase() };
  }

  function name(v) {
    var t = v.split(/\s+/).map(function (w) { return w.replace(new RegExp(INVISIBLE.source, 'g'), ''); })
      .filter(Boolean).join(' ');
    var chars = Array.from(t);
    if (chars.length > 80) return { value: chars.slice(0, 79).join('').trim() + '…', note: 'Shortened to 80 characters.' };
    return { value: t };
  }

  function lang(v) {
    var t = v.trim();
    return t === 'en' || t === 'es' ? { value: t } : { error: 'Use en or es.' };
  }

  function levels(v) {
    var ids = v.split(/[,; ]/).map(function (s) { return s.trim().toLowerCase(); }).filter(Boolean);
    var known = LEVELS.filter(function (l) { return ids.indexOf(l) >= 0; });
    var unknown = ids.some(function (id) { return LEVELS.indexOf(id) < 0; });
    return unknown ? { value: known, error: 'Unknown level ids were skipped.' } : { value: known };
  }

  var check = { centerName: name, phone: phone, contactUrl: url, accent: accent, lang: lang, levels: levels };

  function escapeAttr(s) {
    return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  function snippet(values, integrity) {
    var attrs = [['center-name', values.centerName], ['phone', values.phone], ['contact-url', values.contactUrl],
      ['levels', values.levels], ['lang', values.lang], ['accent', values.accent]]
      .filter(function (a) { return a[1]; })
      .map(function (a) { return '\n     data-' + a[0] + '="' + escapeAttr(a[1]) + '"'; }).join('');
    return '<script src="https://YOUR-SITE.example/carefit/carefit.js"\n        integrity="' + integrity +
      '" crossorigin="anonymous" defer></script>\n<div data-carefit' + attrs + '></div>';
  }

  root.CareFitBuilder = { check: check, snippet: snippet };
  if (typeof module === 'object' && module.exports) { module.exports = root.CareFitBuilder; return; }

  function start() {
    var form = document.getElementById('builder');
    var main = document.querySelector('[data-loader-integrity]');
    var out = document.getElementById('snippet');
    var preview = document.getElementById('preview');
    var timer;
    function update() {
      var values = {};
      ['centerName', 'phone', 'contactUrl', 'accent'].forEach(function (k) {
        var input = form.elements[k];
        var err = document.getElementById(input.id + '-error');
        var r = input.value.trim() ? check[k](input.value) : { value: '' };
        err.hidden = !(r.error || r.note);
        err.textContent = r.error || r.note || '';
        input.setAttribute('aria-invalid', r.error ? 'true' : 'false');
        values[k] = r.error ? '' : (k === 'phone' ? (r.value || '') : r.value);
      });
      values.levels = Array.prototype.filter.call(form.querySelectorAll('input[name=levels]'), function (c) { return c.checked; })
        .map(function (c) { return c.value; }).join(',');
      values.lang = form.elements.lang.value;
      out.textContent = snippet(values, main.getAttribute('data-loader-integrity'));
      clearTimeout(timer);
      timer = setTimeout(function () {
        if (!window.CareFit) return;
        window.CareFit.unmount(preview);
        window.CareFit.mount(preview, values);
      }, 300);
    }
    form.addEventListener('input', update);
    form.addEventListener('change', update);
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    document.getElementById('copy').addEventListener('click', function () {
      var done = document.getElementById('copied');
      navigator.clipboard.writeText(out.textContent).then(function () { done.textContent = 'Copied.'; },
        function () { done.textContent = 'Copying did not work here; select the code and copy it.'; });
    });
    update();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})(typeof window !== 'undefined' ? window : globalThis);
