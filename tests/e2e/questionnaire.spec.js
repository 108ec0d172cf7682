// The questionnaire end to end, through the automation contract only.
const { test, expect } = require('@playwright/test');
const { PATHS, PATH_CASES, expectResult, submit, answerAll, axe, screenshot, scrollsSideways } = require('./helpers');

for (const [level, c] of Object.entries(PATH_CASES)) {
  test(`a full path reaches ${level}`, async ({ page }) => {
    await page.goto('./');
    await answerAll(page, c.answers);
    await expectResult(page, c);
    // Every result: reasons, the not-a-diagnosis line, crisis lines.
    await expect(page.locator('.cf-reasons li').first()).toBeVisible();
    await expect(page.locator('.cf-not-diagnosis')).toBeVisible();
    await expect(page.locator('a[href="tel:988"]').first()).toBeVisible();
    await expect(page.locator('h1')).toBeFocused();
    expect(await axe(page)).toEqual([]);
    // And with every folded section open.
    for (const d of await page.locator('details').all()) await d.evaluate((el) => { el.open = true; });
    expect(await axe(page)).toEqual([]);
  });
}

test('a plan goes straight to the crisis result, crisis lines first', async ({ page }) => {
  await page.goto('./');
  await submit(page);
  await page.locator('input[name=safety][value=plan]').check();
  await submit(page);
  const result = page.locator('[data-level]');
  await expect(result).toHaveAttribute('data-level', 'crisis');
  // The large crisis lines come right after the heading and summary.
  const firstList = result.locator('ul').first();
  await expect(firstList).toHaveClass(/cf-lines/);
  await expect(firstList.locator('a').first()).toHaveCSS('color', 'rgb(255, 255, 255)');
  await expect(result.locator('.cf-continuum')).toHaveCount(0);
});

test('changing an answer that hides questions drops them', async ({ page }) => {
  await page.goto('./');
  await answerAll(page, PATHS.detox, { stopAtCheck: true });
  const rows = page.locator('.cf-summary-row');
  // 16 questions and who they are about.
  await expect(rows).toHaveCount(17);
  await rows.filter({ has: page.locator('dt', { hasText: /what you used/i }) }).locator('button').click();
  await expect(page.locator('input[name=substances][value=alcohol]')).toBeChecked();
  await page.locator('input[name=substances][value=none]').check();
  await expect(page.locator('input[name=substances][value=alcohol]')).not.toBeChecked();
  await submit(page);
  await expect(page.locator('.cf-check')).toBeVisible();
  await expect(rows).toHaveCount(13);
  await submit(page);
  await expect(page.locator('[data-level]')).toHaveAttribute('data-level', 'outpatient');
});

test('a change that reveals questions asks them, then returns to the check page', async ({ page }) => {
  await page.goto('./');
  await answerAll(page, PATHS.support, { stopAtCheck: true });
  await page.locator('.cf-summary-row').nth(4).locator('button').click();
  await page.locator('input[name=substances][value=sedatives]').check();
  await page.locator('input[name=substances][value=none]').uncheck();
  await submit(page);
  const asked = await answerAll(page, { ...PATHS.support, substances: ['sedatives'], frequency: 'daily', withdrawal: 'not_sure', impact: ['none'] }, { stopAtCheck: true });
  expect(asked).toEqual(['frequency', 'withdrawal', 'impact']);
  await submit(page);
  await expect(page.locator('[data-level]')).toHaveAttribute('data-level', 'detox');
});

test('continue with nothing chosen shows an error summary linked to the field', async ({ page }) => {
  await page.goto('./');
  await submit(page);
  await submit(page);
  const summary = page.locator('.cf-error-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page.locator('.cf-error-message')).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await summary.locator('a').click();
  await expect(page.locator('input[name=safety][value=no]')).toBeFocused();
  await page.locator('input[name=safety][value=no]').check();
  await submit(page);
  await expect(page.locator('input[name=age]').first()).toBeVisible();
});

test('the safety panels appear at the moment of risk', async ({ page }) => {
  await page.goto('./');
  await submit(page);
  await page.locator('input[name=safety][value=thoughts]').check();
  await submit(page);
  const panel = page.locator('.cf-panel');
  await expect(panel).toContainText('988');
  await expect(panel.locator('h2')).toBeFocused();
  await expect(page.locator('input[name=age]').first()).toBeVisible();
  await answerAll(page, { ...PATHS.detox, safety: 'thoughts' }, { stopAtCheck: true }).catch(() => {});
});

test('the withdrawal warning follows daily drinking', async ({ page }) => {
  await page.goto('./');
  await submit(page);
  for (const [q, v] of [['safety', 'no'], ['age', 'adult'], ['focus', 'alcohol'], ['substances', 'alcohol'], ['frequency', 'daily']]) {
    await page.locator(`input[name=${q}][value=${v}]`).check();
    await submit(page);
  }
  await expect(page.locator('.cf-panel-warning')).toBeVisible();
  await expect(page.locator('input[name=amount]').first()).toBeVisible();
  // It shows once: 10 or more drinks does not show it again.
  await page.locator('input[name=amount][value=d10_plus]').check();
  await submit(page);
  await expect(page.locator('input[name=withdrawal]').first()).toBeVisible();
  await expect(page.locator('.cf-panel-warning')).toHaveCount(0);
});

test('back goes to the previous question with the answer kept', async ({ page }) => {
  await page.goto('./');
  await submit(page);
  await page.locator('input[name=safety][value=no]').check();
  await submit(page);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator('input[name=safety][value=no]')).toBeChecked();
  await expect(page.locator('h1')).toBeFocused();
});

test('keyboard alone completes a full path', async ({ page }) => {
  await page.goto('./');
  const answers = PATHS.iop;
  await expect(page.locator('.cf-start')).toBeVisible();
  await page.keyboard.press('Tab'); // language switch
  await page.keyboard.press('Tab'); // exit
  await page.keyboard.press('Tab'); // who: myself, already chosen
  await expect(page.locator('input[name=who][value=self]')).toBeFocused();
  await page.keyboard.press('Tab'); // start
  await expect(page.locator('button[type=submit]')).toBeFocused();
  await page.keyboard.press('Enter');
  for (let step = 0; step < 30; step++) {
    if (await page.locator('[data-level]').count()) break;
    const first = page.locator('form input[name]').first();
    if ((await first.count()) === 0) {
      // The check page: tab to its submit button.
      for (let i = 0; i < 60 && !(await page.evaluate(() => document.activeElement.type === 'submit')); i++) {
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      continue;
    }
    const q = await first.getAttribute('name');
    const want = [].concat(answers[q]);
    const type = await first.getAttribute('type');
    await page.keyboard.press('Tab'); // into the options
    if (type === 'radio') {
      // Arrow keys move and choose within a radio group.
      for (let i = 0; i < 12; i++) {
        const v = await page.evaluate(() => document.activeElement.value);
        if (v === want[0]) break;
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Space');
    } else {
      const count = await page.locator(`input[name=${q}]`).count();
      for (let i = 0; i < count; i++) {
        const v = await page.evaluate(() => document.activeElement.value);
        if (want.includes(v)) await page.keyboard.press('Space');
        if (i < count - 1) await page.keyboard.press('Tab');
      }
    }
    await page.keyboard.press('Enter'); // implicit submission from an input
  }
  await expectResult(page, PATH_CASES.iop);
});

test('Spanish from ?lang=es, then a full path', async ({ page }) => {
  await page.goto('./?lang=es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('.cf')).toHaveAttribute('lang', 'es');
  await expect(page.locator('button[type=submit]')).toHaveText('Empezar');
  await answerAll(page, PATHS.php);
  await expectResult(page, PATH_CASES.php);
  await expect(page.locator('.cf-not-diagnosis')).toContainText('diagnóstico');
  expect(await axe(page)).toEqual([]);
});

test('switching language keeps the answers', async ({ page }) => {
  await page.goto('./');
  await submit(page);
  await page.locator('input[name=safety][value=no]').check();
  await submit(page);
  await page.locator('input[name=age][value=teen]').check();
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('.cf')).toHaveAttribute('lang', 'es');
  await expect(page.locator('input[name=age][value=teen]')).toBeChecked();
  await page.getByRole('button', { name: 'Atrás' }).click();
  await expect(page.locator('input[name=safety][value=no]')).toBeChecked();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('.cf')).toHaveAttribute('lang', 'en');
});

test('start over clears every answer', async ({ page }) => {
  await page.goto('./');
  await answerAll(page, PATHS.outpatient);
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.locator('.cf-start')).toBeVisible();
  await submit(page);
  await expect(page.locator('input[name=safety]:checked')).toHaveCount(0);
});

test('exit this page clears the answers and goes to a neutral page', async ({ page }) => {
  await page.route('https://www.bbc.com/**', (route) => route.fulfill({ body: '<title>Weather</title>neutral', contentType: 'text/html' }));
  await page.goto('./');
  await submit(page);
  await page.locator('input[name=safety][value=thoughts]').check();
  await page.getByRole('button', { name: 'Exit this page' }).click();
  await page.waitForURL('https://www.bbc.com/weather');
  await expect(page.locator('body')).toHaveText('neutral');
});

test('pressing Shift three times exits', async ({ page }) => {
  await page.route('https://www.bbc.com/**', (route) => route.fulfill({ body: 'neutral', contentType: 'text/html' }));
  await page.goto('./');
  await submit(page);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL('https://www.bbc.com/weather');
});

test('the print stylesheet makes a one-page summary', async ({ page }) => {
  await page.goto('./');
  await answerAll(page, PATHS.detox);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.cf-print-only')).toBeVisible();
  await expect(page.locator('.cf-crisis')).toBeHidden();
  await expect(page.locator('.cf-expect').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'Letter', preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  expect(pages).toBe(1);
});

test('copy as text puts the summary on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await answerAll(page, PATHS.iop);
  await page.getByRole('button', { name: 'Copy as text' }).click();
  await expect(page.locator('[role=status]')).toContainText('Copied');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('Intensive outpatient program (IOP)');
  expect(text).toContain('What you used');
  // The message belongs to that visit of the result: leaving clears it.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator('.cf-check')).toBeVisible();
  await submit(page);
  await expect(page.locator('[data-level]')).toBeVisible();
  await expect(page.locator('[role=status]')).toHaveText('');
});

test('axe finds nothing on the start screen and the check page', async ({ page }) => {
  await page.goto('./');
  expect(await axe(page)).toEqual([]);
  await answerAll(page, PATHS.inpatient, { stopAtCheck: true });
  await expect(page.locator('.cf-check')).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('nothing is requested after the first question shows', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('./');
  await submit(page);
  await expect(page.locator('input[name=safety]').first()).toBeVisible();
  const before = requests.length;
  await answerAll(page, PATHS.detox);
  expect(requests.slice(before)).toEqual([]);
  // The page's own policy now forbids connections.
  const blocked = await page.evaluate(() => fetch('carefit.css').then(() => false, () => true));
  expect(blocked).toBe(true);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});

for (const width of [1280, 320]) {
  test(`screens at ${width}px: screenshots and no sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./');
    await screenshot(page, `${width}-1-start`);
    expect(await scrollsSideways(page)).toBe(false);
    await submit(page);
    await page.locator('input[name=safety][value=thoughts]').check();
    await submit(page);
    await screenshot(page, `${width}-2-question-with-panel`);
    expect(await scrollsSideways(page)).toBe(false);
    await submit(page);
    await screenshot(page, `${width}-3-question-error`);
    await answerAll(page, { ...PATHS.detox, safety: 'thoughts' }, { stopAtCheck: true });
    await screenshot(page, `${width}-4-check`);
    expect(await scrollsSideways(page)).toBe(false);
    await submit(page);
    await expect(page.locator('[data-level]')).toHaveAttribute('data-level', 'detox');
    await screenshot(page, `${width}-5-result-detox`);
    expect(await scrollsSideways(page)).toBe(false);
    await page.getByRole('button', { name: 'Start over' }).click();
    await answerAll(page, PATHS.crisis);
    await screenshot(page, `${width}-6-result-crisis`);
    expect(await scrollsSideways(page)).toBe(false);
  });
}

test('200% zoom: no sideways scrolling on a question and a result', async ({ page }) => {
  // 200% zoom of a 1280px window is a 640px layout viewport at scale 2.
  await page.setViewportSize({ width: 640, height: 450 });
  await page.goto('./');
  await submit(page);
  expect(await scrollsSideways(page)).toBe(false);
  await answerAll(page, PATHS.iop);
  expect(await scrollsSideways(page)).toBe(false);
});

test('reduced motion is respected', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  const hasRule = await page.evaluate(() => [...document.styleSheets].some((s) =>
    [...s.cssRules].some((r) => r.media && r.media.mediaText.includes('prefers-reduced-motion'))));
  expect(hasRule).toBe(true);
});

test('the "or" stands between the exclusive option and the others, on either side', async ({ page }) => {
  await page.goto('./');
  await answerAll(page, { ...PATHS.support }, { until: 'medical' });
  // Health: "None of these" comes first, so the divider follows it.
  const order = () => page.locator('form .cf-options > *').evaluateAll((els) =>
    els.map((e) => (e.classList.contains('cf-or') ? 'or' : e.querySelector('input').value)));
  expect(await order()).toEqual(['none', 'or', 'managed', 'unstable', 'recent_overdose', 'pregnant']);
});

test('the substances divider comes before "None of these", at the end', async ({ page }) => {
  await page.goto('./');
  await answerAll(page, { ...PATHS.support }, { until: 'substances' });
  const order = await page.locator('form .cf-options > *').evaluateAll((els) =>
    els.map((e) => (e.classList.contains('cf-or') ? 'or' : e.querySelector('input').value)));
  expect(order.slice(-3)).toEqual(['moud', 'or', 'none']);
});

test('the Shift key hint shows with a mouse and never on a touch screen', async ({ page, browser }) => {
  await page.goto('./');
  await expect(page.locator('.cf-exit-hint')).toBeVisible();
  const phone = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 812 } });
  const p = await phone.newPage();
  await p.goto(page.url());
  await expect(p.locator('.cf-start')).toBeVisible();
  await expect(p.locator('.cf-exit-hint')).toBeHidden();
  await phone.close();
});

test('after a long question the next one opens with the progress line, Exit and the heading in view', async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const page = await phone.newPage();
  await page.goto('./');
  const answers = { ...PATH_CASES.detox.answers, impact: ['more_than_meant', 'cant_cut_down', 'time_spent', 'cravings', 'tolerance'] };
  await answerAll(page, answers, { until: 'impact' });
  for (const v of answers.impact) await page.locator(`input[name=impact][value=${v}]`).check();
  await page.locator('form button[type=submit]').scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await submit(page);
  await expect(page.locator('input[name=medical]').first()).toBeAttached();
  for (const sel of ['.cf-exit', '.cf-progress', 'legend']) await expect(page.locator(sel).first()).toBeInViewport();
  await phone.close();
});

test('a detox result offers the other setting and the level that follows', async ({ page }) => {
  await page.goto('./?lang=en');
  await answerAll(page, PATH_CASES.detox.answers);
  await expectResult(page, PATH_CASES.detox);
  const other = page.locator('.cf-other li');
  await expect(other).toHaveCount(2);
  await expect(other.nth(0)).toContainText('in a facility');
  await expect(other.nth(1)).toContainText('Outpatient counseling');
});
