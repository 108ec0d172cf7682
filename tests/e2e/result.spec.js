// The result as a person reads it on a phone (375 × 812): what the first
// screen holds for each of the seven levels, standalone and inside a host's
// frame; how tall the whole result is with its sections closed; reasons
// that never open the same way; and print with every section open.
const { test, expect } = require('@playwright/test');
const { PATHS, PATH_CASES, expectResult, answerAll, answerInFrame, axe, screenshot } = require('./helpers');

const PHONE = { width: 375, height: 812 };
const MAX_RESULT_HEIGHT = 2000;
const LEVELS = Object.keys(PATHS);

test.use({ viewport: PHONE });

/** Document-space boxes of the first-screen parts, in a page or frame. */
async function firstScreen(root) {
  return root.locator('[data-level]').evaluate((result) => {
    const box = (el) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { top: Math.round(r.top + window.scrollY), bottom: Math.round(r.bottom + window.scrollY) };
    };
    const crisis = result.dataset.level === 'crisis';
    const action = crisis
      ? result.querySelector('.cf-lines a[href="tel:988"]')
      : result.querySelector('.cf-center a.cf-button, .cf-find a.cf-button');
    return {
      level: box(result.querySelector('h1')),
      lead: box(result.querySelector('.cf-lead')),
      reason: box(result.querySelector('.cf-why li')),
      reasons: box(result.querySelector('.cf-why ul')),
      action: box(action),
      actionHref: action && action.getAttribute('href'),
      tel988: box(result.querySelector('a[href="tel:988"]')),
      // The whole result: from the top of the page to the result's end
      // (the crisis footer on every screen follows it).
      height: Math.round(result.getBoundingClientRect().bottom + window.scrollY),
      page: document.documentElement.scrollHeight,
      viewport: window.innerHeight,
    };
  });
}

/** Every reason bullet's text, deciding and "Also". */
async function reasonTexts(root) {
  return root.locator('.cf-why li, .cf-also li').evaluateAll((els) => els.map((e) => e.textContent));
}

const opening = (t) => t.split(/\s+/).slice(0, 5).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase()).join(' ');

function checkReasons(level, texts) {
  expect(texts.length, `${level}: at least one reason`).toBeGreaterThan(0);
  const openings = texts.map(opening);
  expect(new Set(openings).size, `${level}: two reasons open the same way:\n${texts.join('\n')}`).toBe(texts.length);
}

for (const level of LEVELS) {
  test(`standalone ${level}: the first screen holds the level, a reason and the main action; closed, the result fits ${MAX_RESULT_HEIGHT} px`, async ({ page }) => {
    await page.goto('./');
    await answerAll(page, PATHS[level]);
    await expectResult(page, PATH_CASES[level]);
    const m = await firstScreen(page);
    console.log(`standalone ${level}: ${JSON.stringify(m)}`);
    expect(m.level.bottom, 'the level').toBeLessThanOrEqual(PHONE.height);
    expect(m.lead.bottom, 'its one-line meaning').toBeLessThanOrEqual(PHONE.height);
    expect(m.reason.bottom, 'the first reason').toBeLessThanOrEqual(PHONE.height);
    expect(m.action, 'a main action').not.toBeNull();
    expect(m.action.bottom, 'the main action').toBeLessThanOrEqual(PHONE.height);
    if (level !== 'crisis') {
      // Standalone, with no center: the helpline that finds treatment.
      expect(m.actionHref).toBe('tel:+18006624357');
      await expect(page.locator('.cf-find')).toContainText('not a crisis line');
    }
    if (PATHS[level].safety === 'thoughts' || level === 'crisis') {
      expect(m.tel988, 'tel:988').not.toBeNull();
      expect(m.tel988.bottom, 'tel:988 on the first screen').toBeLessThanOrEqual(PHONE.height);
    }
    // The reason list on the first screen: at most three deciding points.
    expect(await page.locator('.cf-why li').count()).toBeLessThanOrEqual(3);
    checkReasons(level, await reasonTexts(page));
    // Closed sections: the top bar and the whole result.
    await expect(page.locator('.cf-expect details[open]')).toHaveCount(0);
    await screenshot(page, `result-375-${level}`);
    expect(m.height, `${level}: result height with sections closed`).toBeLessThanOrEqual(MAX_RESULT_HEIGHT);
  });
}

test('after thoughts of harm, 988 comes first, above the level', async ({ page }) => {
  await page.goto('./');
  await answerAll(page, PATHS.php);
  expect(PATHS.php.safety).toBe('thoughts');
  const box = page.locator('.cf-988');
  await expect(box.locator('a[href="tel:988"]')).toBeVisible();
  await expect(box.locator('a[href="sms:988"]')).toBeVisible();
  const [b988, bLevel] = await Promise.all([box.boundingBox(), page.locator('[data-level] h1').boundingBox()]);
  expect(b988.y).toBeLessThan(bLevel.y);
  // No 988 box when safety was "no".
  await page.getByRole('button', { name: 'Start over' }).click();
  await answerAll(page, PATHS.iop);
  await expect(page.locator('.cf-988')).toHaveCount(0);
});

test('what to expect opens section by section, by keyboard too, and axe finds nothing closed or open', async ({ page }) => {
  await page.goto('./');
  await answerAll(page, PATHS.iop);
  const sections = page.locator('.cf-expect details');
  expect(await sections.count()).toBe(4);
  await expect(sections.first().locator('p').first()).toBeHidden();
  expect(await axe(page)).toEqual([]);
  await sections.first().locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(sections.first()).toHaveAttribute('open', '');
  await expect(sections.first().locator('p').first()).toBeVisible();
  for (const s of await sections.all()) await s.evaluate((d) => { d.open = true; });
  expect(await axe(page)).toEqual([]);
});

test('print opens every section and still makes one page for every level', async ({ page }) => {
  test.setTimeout(120_000);
  for (const level of LEVELS.filter((l) => l !== 'crisis')) {
    await page.emulateMedia({ media: 'screen' });
    await page.goto('./');
    await answerAll(page, PATHS[level]);
    await expect(page.locator('.cf-expect details[open]')).toHaveCount(0);
    // The browser's own Print: the print style shows every section's text
    // (the continuum, other levels and questions to ask stay off paper).
    await page.emulateMedia({ media: 'print' });
    for (const p of await page.locator('.cf-expect details p, .cf-also li, .cf-notes li').all()) await expect(p).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    // The Print button opens them all before printing.
    await page.evaluate(() => { window.print = () => { document.body.dataset.printed = 'yes'; }; });
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
    await expect(page.locator('.cf-result details:not([open])')).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    // The page size and margins the print style sets (0.4 in), as a browser prints.
    const pdf = await page.pdf({ format: 'Letter', preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    console.log(`print ${level}: ${pages} page(s)`);
    expect(pages, `${level} prints on one page`).toBe(1);
  }
});

/** The frame on the plain host page (the center set a phone and a contact page). */
function frameOf(page) {
  return page.frameLocator('[data-carefit] iframe');
}

for (const level of LEVELS) {
  test(`embedded ${level}: in the host's frame the first screen holds the level, a reason and the center's action`, async ({ page }) => {
    await page.goto('hosts/plain.html');
    const frame = frameOf(page);
    await answerInFrame(frame, PATHS[level]);
    await expectResult(frame, PATH_CASES[level]);
    const m = await firstScreen(frame);
    console.log(`embedded ${level}: ${JSON.stringify(m)}`);
    // The frame's own first screen is its height, set by the host.
    expect(m.level.bottom).toBeLessThanOrEqual(m.viewport);
    expect(m.reason.bottom).toBeLessThanOrEqual(m.viewport);
    expect(m.action.bottom).toBeLessThanOrEqual(m.viewport);
    if (level !== 'crisis') {
      expect(m.actionHref, 'the center\'s phone').toMatch(/^tel:\+1555/);
      // The center says whether it offers this care.
      await expect(frame.locator('.cf-center')).toHaveAttribute('data-offer', /^(yes|no)$/);
    }
    if (PATHS[level].safety === 'thoughts' || level === 'crisis') {
      expect(m.tel988.bottom).toBeLessThanOrEqual(m.viewport);
    }
    checkReasons(level, await reasonTexts(frame));
  });
}
