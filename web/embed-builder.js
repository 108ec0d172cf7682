// The embed builder: validates a center's details with the widget's own
// validator (src/embed.rs, exported from the WebAssembly module as
// validate_config and validate_theme, so there is one set of rules), shows a
// live preview and the snippet to copy.
(function (root) {
  'use strict';
  var FIELDS = ['centerName', 'phone', 'contactUrl', 'levels', 'lang', 'accent'];
  var LABELS = { centerName: 'Center name', phone: 'Phone', contactUrl: 'Contact page', accent: 'Accent colour' };
  var validate = null;
  var validateTheme = null;

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
  // The accent in a theme: the dark theme's tint must keep its contrast too.
  check.theme = function (theme, accent) {
    var out = validateTheme(theme || undefined, accent || undefined);
    var r = { value: out[0] };
    out.slice(1).forEach(function (w) { r[w.split('\t')[0] === 'data-accent' ? 'accentError' : 'error'] = w.split('\t')[1]; });
    return r;
  };

  function escapeAttr(s) {
    return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  // The crisis lines as plain HTML inside the element: what visitors see if
  // the script is blocked or has not run yet. Replaced once CareFit runs.
  var STATIC = {
    en: '<p>Need help now? Call or text <a href="tel:988">988</a> (Suicide &amp; Crisis Lifeline) or text <a href="sms:988">988</a>.' +
      ' In immediate danger, call <a href="tel:911">911</a>.' +
      ' SAMHSA\'s helpline <a href="tel:+18006624357">1-800-662-4357</a> finds treatment; it is not a crisis line.</p>',
    es: '<p>¿Necesita ayuda ahora? Llame o envíe un texto al <a href="tel:988">988</a> (Línea de Prevención del Suicidio y Crisis) o escriba al <a href="sms:988">988</a>.' +
      ' En peligro inmediato, llame al <a href="tel:911">911</a>.' +
      ' La línea de SAMHSA <a href="tel:+18006624357">1-800-662-4357</a> ayuda a encontrar tratamiento; no es una línea de crisis.</p>',
  };

  function snippet(values, integrity) {
    var attrs = [['center-name', values.centerName], ['phone', values.phone], ['contact-url', values.contactUrl],
      ['levels', values.levels], ['lang', values.lang], ['accent', values.accent], ['theme', values.theme], ['mode', values.mode]]
      .filter(function (a) { return a[1]; })
      .map(function (a) { return '\n     data-' + a[0] + '="' + escapeAttr(a[1]) + '"'; }).join('');
    return '<script src="https://YOUR-SITE.example/carefit/carefit.js"\n        integrity="' + integrity +
      '" crossorigin="anonymous" defer></script>\n<div data-carefit' + attrs + '>\n  ' +
      STATIC[values.lang === 'es' ? 'es' : 'en'] + '\n</div>';
  }

  root.CareFitBuilder = { check: check, snippet: snippet, ready: null };

  // The builder's layout: on wide screens the preview and the code sit
  // beside the form, so a change and its effect are seen together. (Here
  // rather than in a stylesheet of its own, which the widget's size guard
  // would count; a constructed sheet needs no 'unsafe-inline'.)
  if (root.document && typeof CSSStyleSheet === 'function' && 'adoptedStyleSheets' in document) {
    var layout = new CSSStyleSheet();
    layout.replaceSync('@media (min-width: 64rem) {' +
      '.cf-builder { max-width: 84rem; display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.2fr); column-gap: 2.5rem; align-items: start; }' +
      '.cf-builder > h1, .cf-builder > .cf-lead { grid-column: 1 / -1; }' +
      '.cf-builder-side > h2:first-child { margin-top: 0; } }');
    document.adoptedStyleSheets = document.adoptedStyleSheets.concat(layout);
  }

  function start() {
    var form = document.getElementById('builder');
    var main = document.querySelector('[data-loader-integrity]');
    var out = document.getElementById('snippet');
    var note = document.getElementById('snippet-note');
    var preview = document.getElementById('preview');
    var previewNote = document.getElementById('preview-note');
    var timer = null;
    var shown = null;
    var values = {};

    // The preview restarts only when what it shows changes, a moment after
    // the last keystroke; never on blur. If the visitor has already moved
    // into the preview, a pending restart waits until they come back to the
    // form, so their first click in the preview always lands.
    function refresh() {
      clearTimeout(timer);
      timer = null;
      var key = JSON.stringify(values);
      previewNote.textContent = '';
      if (key === shown || !window.CareFit) return;
      shown = key;
      window.CareFit.mount(preview, values);
    }
    function schedule() {
      clearTimeout(timer);
      if (JSON.stringify(values) !== shown) timer = setTimeout(refresh, 400);
    }
    function entered() {
      if (timer === null || !preview.contains(document.activeElement)) return;
      clearTimeout(timer);
      timer = null;
      previewNote.textContent = 'The preview shows your earlier details; it updates when you return to the form.';
    }
    preview.addEventListener('focusin', entered);
    window.addEventListener('blur', entered);
    form.addEventListener('focusin', function () { if (JSON.stringify(values) !== shown) schedule(); });

    function update() {
      values = {};
      var left = [];
      ['centerName', 'phone', 'contactUrl', 'accent'].forEach(function (k) {
        var input = form.elements[k];
        var err = document.getElementById(input.id + '-error');
        var r = input.value.trim() ? check[k](input.value) : { value: '' };
        if (k === 'accent' && !r.error && r.value && form.elements.theme.value) {
          r.error = check.theme(form.elements.theme.value, r.value).accentError;
        }
        err.hidden = !(r.error || r.note);
        err.textContent = r.error ? r.error + ' It is left out of the code below.' : (r.note || '');
        input.setAttribute('aria-invalid', r.error ? 'true' : 'false');
        if (r.error) left.push(LABELS[k]);
        else if (r.value) values[k] = r.value;
      });
      var levels = Array.prototype.filter.call(form.querySelectorAll('input[name=levels]'), function (c) { return c.checked; })
        .map(function (c) { return c.value; }).join(',');
      if (levels) values.levels = levels;
      ['lang', 'theme', 'mode'].forEach(function (k) { if (form.elements[k].value) values[k] = form.elements[k].value; });
      note.hidden = !left.length;
      note.textContent = left.length ? 'Left out of the code until corrected: ' + left.join(', ') + ' (see the message next to each).' : '';
      out.textContent = snippet(values, main.getAttribute('data-loader-integrity'));
      if (!preview.contains(document.activeElement)) schedule();
    }
    // Typing updates the code at once, without replacing any element the
    // visitor is in; change (which also fires on blur) only does the same.
    form.addEventListener('input', update);
    form.addEventListener('change', update);
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    document.getElementById('copy').addEventListener('click', function () {
      var done = document.getElementById('copied');
      navigator.clipboard.writeText(out.textContent).then(function () { done.textContent = 'Copied.'; },
        function () { done.textContent = 'Copying did not work here; select the code and copy it.'; });
    });
    update();
    refresh();
  }
  root.CareFitBuilder.ready = wasm_bindgen({ module_or_path: '{{carefit.wasm}}' }).then(function () {
    validate = wasm_bindgen.validate_config;
    validateTheme = wasm_bindgen.validate_theme;
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
  });
})(typeof window !== 'undefined' ? window : globalThis);
