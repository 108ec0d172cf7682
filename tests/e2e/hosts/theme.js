// theme.html?host=dark|light&theme=light|dark|auto&mode=launcher
(function () {
  var q = new URLSearchParams(location.search);
  if (q.get('host') === 'dark') document.documentElement.className = 'dark';
  document.addEventListener('DOMContentLoaded', function () {
    var el = document.createElement('carefit-widget');
    el.setAttribute('center-name', 'Theme Clinic');
    el.setAttribute('phone', '+1 555 010 0000');
    el.setAttribute('levels', 'iop,outpatient');
    if (q.get('theme')) el.setAttribute('theme', q.get('theme'));
    if (q.get('accent')) el.setAttribute('accent', q.get('accent'));
    if (q.get('mode')) el.setAttribute('mode', q.get('mode'));
    document.getElementById('here').appendChild(el);
  });
})();
