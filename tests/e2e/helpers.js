// Drives the widget only through the automation contract:
// input[name=<question id>][value=<option id>], the form's submit button,
// and data-level on the result.
const fs = require('fs');
const path = require('path');
const { expect } = require('@playwright/test');

/** Full answers that lead to each level (worked out from the spec). */
const PATHS = {
  crisis: { safety: 'plan' },
  detox: {
    safety: 'no', age: 'adult', focus: 'alcohol', substances: ['alcohol'], frequency: 'daily',
    withdrawal: 'strong', impact: ['cravings', 'tolerance'], medical: ['none'], mental_health: 'somewhat',
    home: 'supportive', support: 'some', history: 'none', obligations: 'yes', schedule: 'evenings', readiness: 'thinking',
  },
  inpatient: {
    safety: 'no', age: 'adult', focus: 'both', substances: ['opioids', 'stimulants'], frequency: 'weekly',
    withdrawal: 'mild', impact: ['more_than_meant', 'cant_cut_down'], medical: ['recent_overdose'], mental_health: 'somewhat',
    home: 'supportive', support: 'some', history: 'none', obligations: 'no', schedule: 'yes', readiness: 'ready',
  },
  php: {
    safety: 'thoughts', age: 'adult', focus: 'mental_health', substances: ['none'], medical: ['none'],
    mental_health: 'a_lot', home: 'supportive', support: 'strong', history: 'none', obligations: 'no',
    schedule: 'yes', readiness: 'ready',
  },
  iop: {
    safety: 'no', age: 'adult', focus: 'drugs', substances: ['cannabis'], frequency: 'most_days',
    withdrawal: 'none', impact: ['more_than_meant', 'cant_cut_down', 'time_spent', 'cravings'], medical: ['none'],
    mental_health: 'not_at_all', home: 'supportive', support: 'strong', history: 'none', obligations: 'yes',
    schedule: 'yes', readiness: 'ready',
  },
  outpatient: {
    safety: 'no', age: 'teen', focus: 'mental_health', substances: ['none'], medical: ['managed'],
    mental_health: 'somewhat', home: 'supportive', support: 'strong', history: 'none', obligations: 'yes',
    schedule: 'yes', readiness: 'unsure',
  },
  support: {
    safety: 'no', age: 'adult', focus: 'unsure', substances: ['none'], medical: ['none'],
    mental_health: 'not_at_all', home: 'supportive', support: 'strong', history: 'none', obligations: 'no',
    schedule: 'yes', readiness: 'ready',
  },
};

/** Clicks the submit button of the one form on screen. */
async function submit(page) {
  await page.locator('form button[type=submit]').click();
}

/** The question id on screen, or null. */
async function currentQuestion(page) {
  const input = page.locator('form input[name]').first();
  if ((await input.count()) === 0) return null;
  return input.getAttribute('name');
}

/**
 * Answers every question with `answers` from wherever the widget is, until
 * a result shows (or until the check page if `stopAtCheck`). Returns the
 * question ids in the order they were asked.
 */
async function answerAll(page, answers, { stopAtCheck = false } = {}) {
  const asked = [];
  for (let step = 0; step < 40; step++) {
    if (await page.locator('[data-level]').count()) return asked;
    const q = await currentQuestion(page);
    if (q === null) {
      if (stopAtCheck && (await page.locator('.cf-check').count())) return asked;
      await submit(page);
      continue;
    }
    if (!(q in answers)) throw new Error(`no answer for ${q}`);
    asked.push(q);
    const values = [].concat(answers[q]);
    for (const v of values) await page.locator(`input[name="${q}"][value="${v}"]`).check();
    await submit(page);
    await expect(page.locator('.cf-error-summary')).toHaveCount(0);
  }
  throw new Error('no result after 40 steps');
}

/** Runs axe-core in the page and returns its violations. */
// Evaluated through the DevTools protocol, which the page's CSP does not
// govern: the page itself never runs inline script.
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

async function axe(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** Saves a screenshot as a test artifact under test-results/screenshots/. */
async function screenshot(page, name) {
  const dir = path.join(__dirname, '..', '..', 'test-results', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** Whether the page scrolls sideways. */
async function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

module.exports = { PATHS, submit, currentQuestion, answerAll, axe, screenshot, scrollsSideways };
