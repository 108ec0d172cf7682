// Adds a 10 KB name with a direction trick before the loader mounts.
document.getElementById('w').setAttribute('data-center-name',
  '\u202eEvil' + 'x'.repeat(10240) + '<script>alert(1)</script>');
