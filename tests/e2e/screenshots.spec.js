// Makes the README's pictures from the built standalone page (dist/):
// start, a question and a result, at a phone's width (375 px) and a
// desktop's (1280 px), into docs/screenshots/. Not a check: it runs only
// with CAREFIT_SCREENSHOTS=1 (then `pngquant`, if present, reduces each to
// 32 colours, a few tens of KB; `apt-get install pngquant`). At 1280 px only
// the widget's column is kept.
//   CAREFIT_SCREENSHOTS=1 CAREFIT_E2E_PORT=8300 npx playwright test tests/e2e/screenshots.spec.js
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { test, expect } = require('@playwright/test');
const { PATHS, answerAll, submit } = require('./helpers');

const OUT = path.join(__dirname, '..', '..', 'docs', 'screenshots');

test.skip(!process.env.CAREFIT_SCREENSHOTS, 'set CAREFIT_SCREENSHOTS=1 to remake the README pictures');

for (const [name, width, height] of [['phone', 375, 720], ['desktop', 1280, 800]]) {
  test(`screenshots at ${width} px`, async ({ page }) => {
    fs.mkdirSync(OUT, { recursive: true });
    await page.setViewportSize({ width, height });
    await page.goto('index.html?lang=en');
    const shot = async (screen) => {
      const file = path.join(OUT, `${screen}-${name}.png`);
      const box = await page.locator('.cf').first().boundingBox();
      const x = Math.max(0, Math.floor(box.x) - 16);
      await page.screenshot({ path: file, clip: { x, y: 0, width: Math.min(width - x, Math.ceil(box.width) + 32), height } });
      try { execFileSync('pngquant', ['--force', '--skip-if-larger', '--strip', '--output', file, '32', file]); } catch (e) { /* keep the full-colour file */ }
    };
    await expect(page.locator('.cf-start')).toBeVisible();
    await shot('start');
    await submit(page);
    await page.locator('input[name=safety][value=no]').check();
    await submit(page);
    await expect(page.locator('form input[name]').first()).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('question');
    await answerAll(page, PATHS.iop);
    await expect(page.locator('[data-level]')).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('result');
  });
}
