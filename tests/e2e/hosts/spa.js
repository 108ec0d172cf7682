// Adds the widget's element after load, as a single-page app's router
// would, and mounts it with the JS API; window.spa lets the test unmount.
window.addEventListener('load', function () {
  setTimeout(function () {
    var el = document.createElement('div');
    el.id = 'later';
    document.getElementById('app').appendChild(el);
    window.CareFit.mount(el, { centerName: 'SPA Clinic', levels: 'outpatient', lang: 'en' });
    window.spa = { unmount: function () { window.CareFit.unmount(el); } };
  }, 300);
});
