// Drives the widget only through the automation contract:
// input[name=<question id>][value=<option id>], the form's submit button,
// and data-level on the result.
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { expect } = require('@playwright/test');

/**
 * The scenario corpus (tests/scenarios/*.toml), each case with its file's
 * name. Read with Python's tomllib, which every test machine has.
 */
function loadCorpus() {
  const dir = path.join(__dirname, '..', 'scenarios');
  return JSON.parse(execFileSync('python3', ['-c', `
import json, pathlib, sys, tomllib
out = []
for p in sorted(pathlib.Path(sys.argv[1]).glob('*.toml')):
    for c in tomllib.loads(p.read_text())['case']:
        out.append(dict(c, file=p.stem))
print(json.dumps(out))
`, dir], { encoding: 'utf8' }));
}

const CORPUS = loadCorpus();

/**
 * One full path to each level: the cases of tests/scenarios/paths.toml, by
 * level. Their expectations live in the corpus, checked on the host too.
 */
const PATH_CASES = Object.fromEntries(CORPUS.filter((c) => c.file === 'paths').map((c) => [c.level, c]));
const PATHS = Object.fromEntries(Object.entries(PATH_CASES).map(([level, c]) => [level, c.answers]));

/** Checks the result's automation hooks against a corpus case. */
async function expectResult(page, c) {
  const result = page.locator('[data-level]');
  await expect(result).toHaveAttribute('data-level', c.level);
  for (const key of ['then', 'setting', 'medicine']) {
    if (c[key]) await expect(result).toHaveAttribute(`data-${key}`, c[key]);
    else await expect(result).not.toHaveAttribute(`data-${key}`, /./);
  }
}

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
 * a result shows (or until the check page if `stopAtCheck`, or until the
 * question `until` is on screen), calling `onQuestion(id)` as each question
 * shows. Returns the question ids in the order they were asked.
 */
async function answerAll(page, given, { stopAtCheck = false, until = null, onQuestion = null } = {}) {
  // The start screen asks `who` (self unless the case says otherwise).
  const answers = { who: 'self', ...given };
  const asked = [];
  for (let step = 0; step < 40; step++) {
    if (await page.locator('[data-level]').count()) return asked;
    const q = await currentQuestion(page);
    if (until !== null && q === until) return asked;
    if (q === null) {
      if (stopAtCheck && (await page.locator('.cf-check').count())) return asked;
      await submit(page);
      continue;
    }
    if (!(q in answers)) throw new Error(`no answer for ${q}`);
    if (q !== 'who') {
      asked.push(q);
      if (onQuestion) await onQuestion(q);
    }
    const values = [].concat(answers[q]);
    for (const v of values) await page.locator(`input[name="${q}"][value="${v}"]`).check();
    await submit(page);
    await expect(page.locator('.cf-error-summary')).toHaveCount(0);
  }
  throw new Error('no result after 40 steps');
}

/**
 * Answers whatever question a frame (or page) shows, through the
 * automation contract, from the start screen on, until a result shows.
 */
async function answerInFrame(frame, given) {
  const answers = { who: 'self', ...given };
  for (let step = 0; step < 40; step++) {
    if (await frame.locator('[data-level]').count()) return;
    const input = frame.locator('form input[name]').first();
    if (await input.count()) {
      const q = await input.getAttribute('name');
      for (const v of [].concat(answers[q])) await frame.locator(`input[name="${q}"][value="${v}"]`).check();
    }
    await frame.locator('form button[type=submit]').click();
  }
  throw new Error('no result');
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

module.exports = { CORPUS, PATHS, PATH_CASES, expectResult, submit, currentQuestion, answerAll, answerInFrame, axe, screenshot, scrollsSideways };
