// The scenario corpus (tests/scenarios/*.toml) drives the UI too: every
// case is answered in the built standalone page through the automation
// contract, and the page must show the level, `then`, `setting`, `medicine`,
// its deciding reasons and as many notes as the case expects. The engine checks the
// same cases on the host; this checks that the view is wired to it.
const { test, expect } = require('@playwright/test');
const { CORPUS, answerAll, expectResult } = require('./helpers');

test('the corpus is there', () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(60);
});

for (const c of CORPUS) {
  test(`scenario ${c.file}: ${c.name}`, async ({ page }) => {
    await page.goto('./?lang=en');
    await answerAll(page, c.answers);
    await expectResult(page, c);
    // Reasons that rest on the same fact share one bullet (content::points,
    // checked on the host), so the page shows at least one and at most three
    // deciding bullets; every note shows.
    const deciding = await page.locator('.cf-why li').count();
    expect(deciding).toBeGreaterThanOrEqual(1);
    expect(deciding).toBeLessThanOrEqual(3);
    await expect(page.locator('.cf-notes li')).toHaveCount(c.notes.length);
  });
}
