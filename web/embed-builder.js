// The embed builder: validates a center's details with the widget's own
// validator (src/embed.rs, exported from the WebAssembly module as
// validate_config, so there is one set of rules), shows a live preview and
// the snippet to copy.
(function (root) {
  'use strict';
  var FIELDS = ['centerName', 'phone', 'contactUrl', 'levels', 'lang', 'accent'];
  var validate = null;

  // One value through the widget's validator: { value, error }. The name's
  // shortening is a note, not an error.
  function checkOne(field, v) {
    var args = FIELDS.map(function (f) { return f === field ? String(v) : undefined; });
    var out = validate.apply(null, args);
    var i = { centerName: 0, phone: 1, contactUrl: 3, levels: 4, lang: 5, accent: 6 }[field];
    var warning = out.slice(7)[0];
    var r = { value: out[i] };
    if (field === 'phone') r.href = out[2];
    if (warning) r.error = warning.split('\t')[1];
    if (field === 'centerName' && Array.from(r.value).length === 80 && Array.from(String(v).trim()).length > 80) r.note = 'Shortened to 80 characters.';
    return r;
  }

  var check = {};
  FIELDS.forEach(function (f) { check[f] = function (v) { return checkOne(f, v); }; });

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

  root.CareFitBuilder = { check: check, snippet: snippet, ready: null };

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
  root.CareFitBuilder.ready = wasm_bindgen({ module_or_path: '{{carefit.wasm}}' }).then(function () {
    validate = wasm_bindgen.validate_config;
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
  });
})(typeof window !== 'undefined' ? window : globalThis);
