// The scenario corpus (tests/scenarios/*.toml) drives the UI too: every
// case is answered in the built standalone page through the automation
// contract, and the page must show the level, `then`, and as many reasons
// and notes as the case expects. The engine checks the same cases on the
// host; this checks that the view is wired to it.
const { execFileSync } = require('child_process');
const path = require('path');
const { test, expect } = require('@playwright/test');
const { answerAll } = require('./helpers');

const dir = path.join(__dirname, '..', 'scenarios');
const cases = JSON.parse(execFileSync('python3', ['-c', `
import json, pathlib, sys, tomllib
out = []
for p in sorted(pathlib.Path(sys.argv[1]).glob('*.toml')):
    for c in tomllib.loads(p.read_text())['case']:
        out.append(dict(c, file=p.stem))
print(json.dumps(out))
`, dir], { encoding: 'utf8' }));

test('the corpus is there', () => {
  expect(cases.length).toBeGreaterThanOrEqual(60);
});

for (const c of cases) {
  test(`scenario ${c.file}: ${c.name}`, async ({ page }) => {
    await page.goto('./?lang=en');
    await answerAll(page, c.answers);
    const result = page.locator('[data-level]');
    await expect(result).toHaveAttribute('data-level', c.level);
    if (c.then) await expect(result).toHaveAttribute('data-then', c.then);
    else await expect(result).not.toHaveAttribute('data-then', /./);
    await expect(page.locator('.cf-reasons li')).toHaveCount(c.reasons.length);
    await expect(page.locator('.cf-notes li')).toHaveCount(c.notes.length);
  });
}
