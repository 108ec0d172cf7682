// Measures the release widget against the bare Yew baseline in the same
// run and prints one Markdown table. Usage:
//   node bench/measure.mjs DIST_DIR BASELINE_DIR RUNS
// Timings are medians or percentiles of real runs in headless Chromium on
// this machine; sizes are exact. Budgets are checked and reported, not
// enforced here (the size ceiling is enforced by tests/e2e/size.spec.js).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright');
const { PATHS } = require('../tests/e2e/helpers.js');

const [dist, base, runsArg] = process.argv.slice(2);
const RUNS = Math.max(10, Number(runsArg) || 12);

// ---------- sizes ----------
const { measure: sizes, widgetGroups } = require('./sizes.js');
const groups = widgetGroups(dist);
const sized = Object.fromEntries(Object.entries(groups).map(([k, f]) => [k, sizes(dist, f)]));
const total = sizes(dist, Object.values(groups).flat());
const baseTotal = sizes(base, ['index.html', 'boot.js', 'app.js', 'app_bg.wasm']);
const baseWasm = sizes(base, ['app_bg.wasm']);
const baseJs = sizes(base, ['app.js', 'boot.js']);

// ---------- servers ----------
function serve(dir, port) {
  const p = spawn('python3', ['-m', 'http.server', '--bind', '127.0.0.1', '--directory', dir, String(port)], { stdio: 'ignore' });
  return p;
}
const port = 8700 + Math.floor(Math.random() * 200);
const servers = [serve(dist, port), serve(base, port + 1)];
const site = `http://127.0.0.1:${port}/`;
const baseline = `http://127.0.0.1:${port + 1}/`;
await new Promise((r) => setTimeout(r, 600));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--no-first-run', '--enable-precise-memory-info'],
});

// Records when the first form becomes interactive, and the first paint,
// relative to navigation start; and captures the wasm instance's memory.
const INIT = `
  window.__t = {};
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') window.__t.fcp = e.startTime; })
    .observe({ type: 'paint', buffered: true });
  new MutationObserver((_, mo) => {
    if (document.querySelector('form button[type=submit]')) { window.__t.interactive = performance.now(); mo.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const orig = WebAssembly[name];
    WebAssembly[name] = async function (...args) {
      const r = await orig.apply(this, args);
      window.__wasmMemory = (r.instance || r).exports.memory;
      window.__wasmTables = Object.values((r.instance || r).exports).filter((v) => v instanceof WebAssembly.Table);
      return r;
    };
  }`;

async function coldLoad(url, until) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(INIT);
  await page.goto(url);
  await page.waitForFunction(until, null, { timeout: 20000 });
  const t = await page.evaluate(() => window.__t);
  await context.close();
  return t;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };

const firstScreen = [], firstQuestion = [], baseFcp = [], siteFcp = [];
for (let i = 0; i < RUNS; i++) {
  const t = await coldLoad(site, () => window.__t.fcp !== undefined);
  siteFcp.push(t.fcp);
  const b = await coldLoad(baseline, () => window.__t.fcp !== undefined);
  baseFcp.push(b.fcp);
}

// First question interactive: a cold load in which the page itself presses
// Start the moment the start form appears (in the next task, as the
// quickest person could), until the first question's form is there. All
// of it is timed inside the page: neither the bench's own reaction time
// nor an idle gap before the click is counted or left out.
const PRESS_START = `
  new MutationObserver((_, mo) => {
    const button = document.querySelector('form button[type=submit]');
    if (!button) return;
    mo.disconnect();
    setTimeout(() => {
      window.__t.pressed = performance.now();
      new MutationObserver((_, mo2) => {
        if (document.querySelector('input[name=safety]')) { window.__t.question = performance.now(); mo2.disconnect(); }
      }).observe(document.body, { childList: true, subtree: true });
      button.click();
    }, 0);
  }).observe(document, { childList: true, subtree: true });`;
const startToQuestion = [];
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(INIT + PRESS_START);
  await page.goto(site);
  await page.waitForFunction(() => window.__t.question !== undefined, null, { timeout: 20000 });
  const t = await page.evaluate(() => window.__t);
  firstScreen.push(t.interactive);
  firstQuestion.push(t.question);
  startToQuestion.push(t.question - t.pressed);
  await context.close();
}

// ---------- steps, memory, requests ----------
const context = await browser.newContext();
const page = await context.newPage();
await page.addInitScript(INIT);
const cdp = await context.newCDPSession(page);
const requests = [];
let bytes = 0;
page.on('request', (r) => requests.push({ url: r.url(), at: Date.now() }));
page.on('requestfinished', async (r) => { const s = await r.sizes().catch(() => null); if (s) bytes += s.responseBodySize + s.responseHeadersSize; });
await page.goto(site);
await page.waitForFunction(() => window.__t.interactive !== undefined);

/** Clicks the submit button and resolves with the time until the DOM changed. */
const timedSubmit = () => page.evaluate(() => new Promise((resolve) => {
  const t0 = performance.now();
  const mo = new MutationObserver(() => { mo.disconnect(); resolve(performance.now() - t0); });
  mo.observe(document.querySelector('.cf') || document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  document.querySelector('form button[type=submit]').click();
}));

const steps = [];
let firstQuestionShownAt = null;
async function fullPath(given) {
  // The start screen asks who the answers are about.
  const answers = { who: 'self', ...given };
  for (let n = 0; n < 40; n++) {
    if (await page.locator('[data-level]').count()) return;
    const input = page.locator('form input[name]').first();
    if (await input.count()) {
      const q = await input.getAttribute('name');
      if (q !== 'who') firstQuestionShownAt ??= requests.length;
      for (const v of [].concat(answers[q])) await page.locator(`input[name="${q}"][value="${v}"]`).check();
    }
    steps.push(await timedSubmit());
  }
  throw new Error('no result');
}
async function memory() {
  await cdp.send('HeapProfiler.collectGarbage');
  // The tables' live slots count the JS objects the WebAssembly holds, so a
  // leaked handle shows there (not their length: wasm-bindgen grows a table
  // in chunks and nulls a slot when it lets go of the object).
  return page.evaluate(() => ({
    heap: performance.memory.usedJSHeapSize,
    wasm: window.__wasmMemory ? window.__wasmMemory.buffer.byteLength : 0,
    handles: (window.__wasmTables || []).reduce((n, t) => {
      for (let i = 0; i < t.length; i++) if (t.get(i) != null) n++;
      return n;
    }, 0),
  }));
}
const startOver = async () => { await page.getByRole('button', { name: 'Start over' }).click(); };

for (const answers of Object.values(PATHS)) { await fullPath(answers); await startOver(); }
const afterPath = await memory();
for (let i = 0; i < 20; i++) { await fullPath(PATHS[Object.keys(PATHS)[i % 7]]); await startOver(); }
const after20 = await memory();
const requestsAfterFirstQuestion = requests.length - firstQuestionShownAt;
await browser.close();
servers.forEach((s) => s.kill());

// ---------- table ----------
const kb = (n) => (n / 1024).toFixed(1);
const row = (name, s) => `| ${name} | ${s.raw.toLocaleString('en')} | ${s.gzip.toLocaleString('en')} | ${s.brotli.toLocaleString('en')} |`;
const ms = (x) => `${x.toFixed(0)} ms`;
const mb = (x) => `${(x / 1048576).toFixed(2)} MB`;
const ratioSize = total.brotli / baseTotal.brotli;
const fq = median(firstQuestion), bf = median(baseFcp);
const p95 = pct(steps, 95);
const memTotal = after20.heap + after20.wasm;
const ok = (b) => (b ? 'holds' : '**over**');
const lines = [
  `CareFit bench, ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0].model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Chromium headless, ${RUNS} cold loads each`,
  '',
  '| file (embedded widget) | raw B | gzip -9 B | brotli -q 11 B |',
  '|---|---:|---:|---:|',
  ...Object.entries(sized).map(([k, s]) => row(k, s)),
  row('**total**', total),
  row('baseline WASM', baseWasm),
  row('baseline JS', baseJs),
  row('**baseline total** (html + js + wasm)', baseTotal),
  '',
  '| figure | CareFit | baseline | budget |',
  '|---|---:|---:|---|',
  `| total, brotli | ${kb(total.brotli)} KB | ${kb(baseTotal.brotli)} KB | ≤ 80 KB: ${ok(total.brotli <= 80 * 1024)} |`,
  `| total ÷ baseline (brotli) | ${ratioSize.toFixed(2)} × | 1 × | ≤ 1.4 ×: ${ok(ratioSize <= 1.4)} |`,
  `| loader, gzip | ${sized.loader.gzip} B | | ≤ 2048 B: ${ok(sized.loader.gzip <= 2048)} |`,
  `| first paint (FCP), median | ${ms(median(siteFcp))} | ${ms(bf)} | |`,
  `| first screen interactive (start form), median | ${ms(median(firstScreen))} | | |`,
  `| Start pressed → first question rendered, median | ${median(startToQuestion).toFixed(1)} ms | | |`,
  `| first question interactive (start form + Start), median | ${ms(fq)} | first paint ${ms(bf)} | ≤ 1.2 × baseline: ${(fq / bf).toFixed(2)} ×, ${ok(fq <= 1.2 * bf)} |`,
  `| answer → next step rendered, p50 / p95 (${steps.length} steps, 27 full paths) | ${steps.length ? `${pct(steps, 50).toFixed(1)} / ${p95.toFixed(1)} ms` : '-'} | | p95 ≤ 16 ms: ${ok(p95 <= 16)} |`,
  `| JS heap + WASM memory after 7 full paths | ${mb(afterPath.heap)} + ${mb(afterPath.wasm)} | | |`,
  `| JS objects held by the WASM (live table slots), after 7 paths → after 27 | ${afterPath.handles} → ${after20.handles} | | no growth: ${ok(after20.handles <= afterPath.handles)} |`,
  `| JS heap + WASM memory after 20 more paths and start-overs | ${mb(after20.heap)} + ${mb(after20.wasm)} = ${mb(memTotal)} | | ≤ 3 MB and flat: ${ok(memTotal <= 3 * 1048576 && after20.wasm <= afterPath.wasm && after20.heap <= afterPath.heap * 1.1)} |`,
  `| requests (standalone page, one session) / bytes transferred | ${requests.length} / ${bytes.toLocaleString('en')} B | | |`,
  `| requests after the first question shows | ${requestsAfterFirstQuestion} | | 0: ${ok(requestsAfterFirstQuestion === 0)} |`,
];
console.log(lines.join('\n'));
