// The size guard: the embedded widget may not grow past the ceilings in
// perf/size-ceiling.json. Sizes are deterministic for a given build; the
// bench (scripts/bench) prints them with timings.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('@playwright/test');
const { measure, widgetGroups } = require('../../bench/sizes.js');

const ROOT = path.join(__dirname, '..', '..');

test('the widget stays under its recorded size ceilings', () => {
  const dist = path.join(ROOT, 'dist');
  const ceiling = JSON.parse(fs.readFileSync(path.join(ROOT, 'perf', 'size-ceiling.json'), 'utf8'));
  const groups = widgetGroups(dist);
  for (const [name, files] of Object.entries(groups)) expect(files.length, name).toBeGreaterThan(0);
  const total = measure(dist, Object.values(groups).flat());
  const loader = measure(dist, groups.loader);
  console.log(`size: total ${total.brotli} B brotli (ceiling ${ceiling.total_brotli_bytes}), loader ${loader.gzip} B gzip (ceiling ${ceiling.loader_gzip_bytes})`);
  expect(total.brotli).toBeLessThanOrEqual(ceiling.total_brotli_bytes);
  expect(loader.gzip).toBeLessThanOrEqual(ceiling.loader_gzip_bytes);
});
