// The widget embedded on host pages: isolation, untrusted config, failure
// containment, and zero data out. Host pages live in tests/e2e/hosts/.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { test, expect } = require('@playwright/test');
const { PATHS, PATH_CASES, expectResult, answerInFrame, axe } = require('./helpers');

const DIST = path.join(__dirname, '..', '..', 'dist');

/** The frame's locator and a driver for it, through the automation contract. */
function widget(page, which = 0) {
  return page.frameLocator('[data-carefit] iframe, #later iframe').nth(which);
}


/** Every distinctive string an answer or result could leak. */
function secrets() {
  const ids = new Set();
  for (const answers of Object.values(PATHS)) {
    for (const [q, v] of Object.entries(answers)) {
      if (q.includes('_')) ids.add(q);
      for (const o of [].concat(v)) if (o.length > 3 && o !== 'none') ids.add(o);
    }
  }
  for (const l of ['inpatient', 'outpatient', 'detox', 'data-level', 'data-then', 'Intensive outpatient', 'Why we suggest']) ids.add(l);
  return [...ids];
}

test('a plain host: a full path inside the frame, with the center\'s details', async ({ page }) => {
  const messages = [];
  page.on('console', (m) => messages.push(m.text()));
  await page.goto('hosts/plain.html');
  const frame = widget(page);
  await answerInFrame(frame, PATHS.iop);
  await expectResult(frame, PATH_CASES.iop);
  const center = frame.locator('.cf-center');
  await expect(center).toHaveAttribute('data-offer', 'yes');
  await expect(center).toContainText('Example Clinic offers this kind of care.');
  await expect(center.locator('a[href="tel:+15550100000"]')).toBeVisible();
  await expect(center.locator('a[href="https://example.org/contact"]')).toHaveAttribute('target', '_blank');
  expect(messages.filter((m) => m.startsWith('carefit:'))).toEqual([]);
  // The frame's size comes from the page's layout, not from the screen
  // shown: it scrolls inside itself.
  const h = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
  expect(h).toBe(720);
  const inner = page.frames().find((f) => f !== page.mainFrame());
  expect(await inner.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(1000);
});

test('the frame is sandboxed with an opaque origin and only the permissions it needs', async ({ page }) => {
  await page.goto('hosts/plain.html');
  const f = page.locator('iframe');
  await expect(f).toHaveAttribute('sandbox', 'allow-scripts allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox');
  await expect(f).toHaveAttribute('title', /CareFit/);
  const origin = await widget(page).locator('body').evaluate(() => window.origin);
  expect(origin).toBe('null');
  const storage = await widget(page).locator('body').evaluate(() => { try { return localStorage.length; } catch (e) { return e.name; } });
  expect(storage).toBe('SecurityError');
  const fetched = await widget(page).locator('body').evaluate(() => fetch('manifest.json').then(() => 'sent', () => 'blocked'));
  expect(fetched).toBe('blocked');
});

test('the request log of a full path: own files only, none after the first question', async ({ page, context }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('hosts/plain.html');
  const frame = widget(page);
  await frame.locator('form button[type=submit]').click();
  await expect(frame.locator('input[name=safety]').first()).toBeVisible();
  const before = requests.length;
  await answerInFrame(frame, PATHS.detox);
  await expectResult(frame, PATH_CASES.detox);
  expect(requests.slice(before)).toEqual([]);
  const own = requests.map((u) => new URL(u).pathname);
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'manifest.json'), 'utf8'));
  for (const p of own) {
    const file = p.replace(/^\//, '');
    expect(p === '/hosts/plain.html' || file in manifest.files, `${p} is CareFit's own`).toBe(true);
  }
  for (const s of secrets()) for (const u of requests) expect(u).not.toContain(s);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(await page.evaluate(async () => (indexedDB.databases ? (await indexedDB.databases()).length : 0))).toBe(0);
  console.log('request log:', own.join(' '));
});

test('exit this page inside the frame replaces the whole host page', async ({ page }) => {
  await page.route('https://www.bbc.com/**', (route) => route.fulfill({ body: 'neutral', contentType: 'text/html' }));
  await page.goto('hosts/plain.html');
  const frame = widget(page);
  await frame.locator('form button[type=submit]').click();
  await frame.locator('input[name=safety][value=thoughts]').check();
  await frame.getByRole('button', { name: 'Exit this page' }).click();
  await page.waitForURL('https://www.bbc.com/weather');
  await expect(page.locator('body')).toHaveText('neutral');
});

test('far below the first screen, the widget loads nothing until it is scrolled near', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/hosts/below.html');
  await page.waitForLoadState('load');
  await page.waitForTimeout(500);
  expect(requests.filter((p) => /frame-|\.wasm$|app-/.test(p))).toEqual([]);
  await page.locator('[data-carefit]').scrollIntoViewIfNeeded();
  await expect(widget(page).locator('form button[type=submit]')).toBeVisible();
  expect(requests.filter((p) => p.endsWith('.wasm'))).toHaveLength(1);
});

test('two instances with different configs and languages answer independently', async ({ page }) => {
  await page.goto('hosts/two.html');
  const a = page.frameLocator('#a iframe');
  const b = page.frameLocator('#b iframe');
  await expect(b.locator('html')).toHaveAttribute('lang', 'es');
  await expect(b.locator('button[type=submit]')).toHaveText('Empezar');
  await answerInFrame(a, PATHS.iop);
  await expectResult(a, PATH_CASES.iop);
  await expect(b.locator('[data-level]')).toHaveCount(0);
  await expect(b.locator('.cf-start')).toBeVisible();
  await answerInFrame(b, PATHS.support);
  await expectResult(b, PATH_CASES.support);
  await expect(b.locator('.cf-center')).toContainText('Clínica Sur');
  await expect(b.locator('.cf-center a[href="tel:5550100199"]')).toBeVisible();
  await expect(a.locator('.cf-center')).toHaveAttribute('data-offer', 'yes');
});

test('files from a CDN on another origin, pinned with Subresource Integrity', async ({ page }) => {
  await page.goto('hosts/cdn.html');
  const frame = widget(page);
  await answerInFrame(frame, PATHS.outpatient);
  await expectResult(frame, PATH_CASES.outpatient);
  // The frame document came from the CDN, checked; its scripts too.
  const srcdoc = await page.locator('iframe').getAttribute('srcdoc');
  const cdn = `http://127.0.0.1:${Number(new URL(page.url()).port) + 1}/`;
  expect(srcdoc).toContain(`src="${cdn}app-`);
  expect(srcdoc).toMatch(/integrity="sha384-/);
});

test('a spying host learns nothing of the answers or the result', async ({ page }) => {
  await page.goto('hosts/spy.html');
  const frame = widget(page);
  await answerInFrame(frame, PATHS.detox);
  await expectResult(frame, PATH_CASES.detox);
  await page.evaluate(() => window.__sweep());
  const { learned, attempts } = await page.evaluate(() => ({ learned: window.__learned, attempts: window.__attempts }));
  expect(attempts.frames).toBeGreaterThan(0);
  expect(attempts.contentDocument.every((r) => r === 'null' || r === 'threw')).toBe(true);
  const text = learned.join('\n');
  const leaks = secrets().filter((s) => text.includes(s));
  expect(leaks).toEqual([]);
  // What it did hear from the frame: that it loaded and started, nothing more.
  const fromFrame = learned.filter((l) => l.startsWith('message:'));
  expect(fromFrame).toEqual(['message:{"carefit":"loaded"}', 'message:{"carefit":"started"}']);
});

test('hostile host CSS leaves the widget usable', async ({ page }) => {
  await page.goto('hosts/hostile.html');
  const f = page.locator('iframe');
  await expect(f).toHaveCSS('border-top-width', '0px');
  const box = await f.boundingBox();
  expect(box.width).toBeGreaterThan(300);
  const frame = widget(page);
  await expect(frame.locator('h1')).toHaveCSS('color', 'rgb(27, 31, 36)');
  await answerInFrame(frame, PATHS.php);
  await expectResult(frame, PATH_CASES.php);
});

test('a host with a strict CSP (no inline script, frames from itself)', async ({ page }) => {
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  const response = await page.goto('hosts/strict.html');
  expect(response.headers()['content-security-policy']).toContain("frame-src 'self'");
  const frame = widget(page);
  await answerInFrame(frame, PATHS.detox);
  await expectResult(frame, PATH_CASES.detox);
  expect(violations).toEqual([]);
});

test('a single-page host mounts and unmounts with the JS API', async ({ page }) => {
  await page.goto('hosts/spa.html');
  const frame = page.frameLocator('#later iframe');
  await answerInFrame(frame, PATHS.outpatient);
  await expect(frame.locator('.cf-center')).toHaveAttribute('data-offer', 'yes');
  await page.evaluate(() => window.spa.unmount());
  await expect(page.locator('#later iframe')).toHaveCount(0);
});

test('bad config: markup stays text, unsafe links and colours are dropped, one warning each', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => { if (m.text().startsWith('carefit:')) warnings.push(m.text()); });
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  await page.goto('hosts/bad.html');
  const frame = widget(page);
  await answerInFrame(frame, PATHS.iop);
  const center = frame.locator('.cf-center');
  const name = await center.locator('strong').first().textContent();
  expect(name).toMatch(/^Evilx+…$/);
  expect([...name].length).toBe(80);
  await expect(center.locator('a')).toHaveCount(0);
  await expect(center).toHaveAttribute('data-offer', 'yes');
  await expect(frame.locator('img')).toHaveCount(0);
  await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
  expect(dialogs).toBe(0);
  expect(warnings.map((w) => w.split(' ')[1]).sort()).toEqual(['data-accent', 'data-contact-url', 'data-lang', 'data-levels', 'data-phone']);
});

test('a frame blocked by the host falls back to crisis lines and the center\'s phone', async ({ page }) => {
  await page.goto('hosts/blocked.html');
  const fallback = page.locator('[data-carefit-fallback]');
  await expect(fallback).toBeVisible({ timeout: 10000 });
  await expect(fallback.locator('a[href="tel:988"]')).toBeVisible();
  await expect(fallback.locator('a[href="tel:911"]')).toBeVisible();
  await expect(fallback.locator('a[href="tel:+15550100123"]')).toHaveText('+15550100123');
  // Fixed words only: nothing the host wrote, not even the center's name.
  await expect(fallback).not.toContainText('Blocked Clinic');
  await expect(fallback).toContainText('This center:');
});

test('a missing WebAssembly file falls back too', async ({ page }) => {
  await page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('hosts/plain.html');
  await expect(page.locator('[data-carefit-fallback]')).toBeVisible({ timeout: 10000 });
  await expect(page.locator('[data-carefit-fallback] a[href="tel:988"]')).toBeVisible();
});

test('a widget that fails inside the frame falls back too', async ({ page }) => {
  // The host's policy forgot 'wasm-unsafe-eval', which the frame inherits:
  // starting the module fails inside the frame, which says so. (A tampered
  // script is in isolation.spec.js: Playwright's routes race with the
  // sandboxed frame's own process, and a fulfilled page counts as public
  // to Chromium's local-network checks.)
  await page.goto('hosts/nowasm.html');
  await expect(page.locator('[data-carefit-fallback]')).toBeVisible({ timeout: 10000 });
  await expect(page.locator('[data-carefit-fallback] a[href="tel:+15550100000"]')).toBeVisible();
});

test('axe finds nothing on the host page or inside the frame, and Tab reaches the frame', async ({ page }) => {
  await page.goto('hosts/plain.html');
  const frame = widget(page);
  await expect(frame.locator('.cf-start')).toBeVisible();
  expect(await axe(page)).toEqual([]);
  const handle = await page.locator('iframe').elementHandle();
  const inner = await handle.contentFrame();
  await inner.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const v = await inner.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((x) => x.id));
  expect(v).toEqual([]);
  await page.keyboard.press('Tab');
  const focusedInFrame = await inner.evaluate(() => document.activeElement && document.activeElement.textContent);
  expect(focusedInFrame).toBe('Español');
});

test('the embed builder explains invalid values and makes the snippet', async ({ page }) => {
  await page.goto('embed.html');
  await page.fill('#b-phone', 'call us');
  await expect(page.locator('#b-phone-error')).toBeVisible();
  await expect(page.locator('#b-phone')).toHaveAttribute('aria-invalid', 'true');
  await page.fill('#b-phone', '+1 555 010 0000');
  await expect(page.locator('#b-phone-error')).toBeHidden();
  await page.fill('#b-name', 'Riverside "Recovery" <b>');
  await page.fill('#b-url', 'javascript:alert(1)');
  await expect(page.locator('#b-url-error')).toContainText('https');
  await page.fill('#b-url', 'https://example.org/contact');
  await page.fill('#b-accent', '#ffff00');
  await expect(page.locator('#b-accent-error')).toContainText('4.5:1');
  await page.fill('#b-accent', '#0b5cad');
  await page.check('#b-l-iop');
  await page.selectOption('#b-lang', 'es');
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'manifest.json'), 'utf8'));
  const snippet = await page.locator('#snippet').textContent();
  expect(snippet).toContain(`integrity="${manifest.files['carefit.js'].integrity}"`);
  expect(snippet).toContain('data-center-name="Riverside &quot;Recovery&quot; &lt;b&gt;"');
  expect(snippet).toContain('data-levels="iop"');
  expect(snippet).toContain('data-lang="es"');
  await page.locator('#preview').scrollIntoViewIfNeeded();
  const preview = page.frameLocator('#preview iframe');
  await expect(preview.locator('button[type=submit]')).toHaveText('Empezar');
  expect(await axe(page)).toEqual([]);
});

test('the embed builder validates with the widget\'s own validator (shared cases)', async ({ page }) => {
  const { cases } = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'embed_config_cases.json'), 'utf8'));
  await page.goto('embed.html');
  await page.evaluate(() => window.CareFitBuilder.ready);
  const results = await page.evaluate((cs) => cs.map((c) => window.CareFitBuilder.check[c.field](c.input)), cases);
  cases.forEach((c, i) => {
    const r = results[i];
    const value = c.field === 'levels' ? r.value : r.error ? null : r.value;
    expect(value, `${c.field} ${JSON.stringify(c.input)}`).toBe(c.value);
    expect(Boolean(r.error), `${c.field} ${JSON.stringify(c.input)} warning`).toBe(c.value === null || Boolean(c.warning));
  });
  // The builder carries no rules of its own.
  const source = fs.readFileSync(path.join(__dirname, '..', '..', 'web', 'embed-builder.js'), 'utf8');
  expect(source).not.toMatch(/0\.04045|\[0-9/);
});

test('the privacy page explains how to check, in both languages', async ({ page }) => {
  await page.goto('privacy.html');
  await expect(page.locator('h1').first()).toHaveText('How we protect your privacy');
  await expect(page.locator('section[lang=es] h1')).toHaveText('Cómo protegemos su privacidad');
  await expect(page.locator('body')).toContainText("connect-src 'none'");
  expect(await axe(page)).toEqual([]);
});

test('the release folder is an npm package with exactly the release files', async () => {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: DIST, encoding: 'utf8' });
  const packed = JSON.parse(out)[0].files.map((f) => f.path).sort();
  const files = fs.readdirSync(DIST).sort();
  expect(packed).toEqual(files);
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'manifest.json'), 'utf8'));
  const crypto = require('crypto');
  for (const [name, info] of Object.entries(manifest.files)) {
    const sri = 'sha384-' + crypto.createHash('sha384').update(fs.readFileSync(path.join(DIST, name))).digest('base64');
    expect(info.integrity, name).toBe(sri);
    if (!['carefit.js', 'index.html', 'privacy.html', 'embed.html'].includes(name)) expect(name).toMatch(/-[0-9a-f]{12}\./);
  }
});
