// Issue #14: embedding as easy as the best widgets, with every privacy rule
// of #10 kept. The custom element, the queue stub, data-base, the static
// fallback, themes, the dialog and the builder. Host pages: tests/e2e/hosts/.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('@playwright/test');
const { PATHS, answerInFrame, axe } = require('./helpers');

const DIST = path.join(__dirname, '..', '..', 'dist');


/** axe inside a frame (a Playwright Frame), violations as ids and nodes. */
async function axeIn(page, selector) {
  const handle = await page.locator(selector).elementHandle();
  return axe(await handle.contentFrame());
}

/** The console lines starting with carefit:, from the page and its frames. */
function carefitLines(page) {
  const lines = [];
  page.on('console', (m) => { if (m.text().startsWith('carefit:')) lines.push(`${m.type()} ${m.text()}`); });
  return lines;
}

const STATIC_LINES = ['tel:988', 'sms:988', 'tel:911', 'tel:+18006624357'];

test('<carefit-widget> added, moved, changed and removed 20 times: works each time, leaves nothing behind', async ({ page }) => {
  test.setTimeout(240_000);
  const lines = carefitLines(page);
  await page.goto('hosts/element.html');
  await page.evaluate(() => window.CareFit.ready);
  const baseline = await page.evaluate(() => window.__live());
  const started = async (where, lang) => {
    const frame = page.frameLocator(`${where} carefit-widget iframe`);
    await expect(frame.locator('.cf-start')).toBeVisible();
    await expect(frame.locator('html')).toHaveAttribute('lang', lang);
  };
  for (let i = 0; i < 20; i++) {
    // Added.
    await page.evaluate((n) => {
      const el = document.createElement('carefit-widget');
      el.setAttribute('center-name', `Clinic ${n}`);
      el.setAttribute('lang', 'en');
      document.getElementById('a').appendChild(el);
    }, i);
    await started('#a', 'en');
    // Moved: disconnected and connected again, it starts afresh.
    await page.evaluate(() => document.getElementById('b').appendChild(document.querySelector('carefit-widget')));
    await started('#b', 'en');
    expect((await page.evaluate(() => window.__live())).frames).toBe(1);
    // Changed: a new setting starts it afresh with that setting.
    await page.evaluate(() => document.querySelector('carefit-widget').setAttribute('lang', 'es'));
    await started('#b', 'es');
    const live = await page.evaluate(() => window.__live());
    expect(live.listeners).toBe(baseline.listeners + 1);
    expect(live.frames).toBe(1);
    // Removed: nothing of it is left.
    await page.evaluate(() => document.querySelector('carefit-widget').remove());
    expect(await page.evaluate(() => window.__live())).toEqual(baseline);
  }
  expect(baseline).toEqual({ listeners: 0, timers: 0, observers: 0, frames: 0, dialogs: 0 });
  expect(lines).toEqual([]);
});

test('the queue stub: calls made before the loader runs take effect once it loads', async ({ page }) => {
  const lines = carefitLines(page);
  await page.goto('hosts/stub.html');
  const frame = page.frameLocator('#later iframe');
  await expect(frame.locator('.cf-start')).toBeVisible();
  await expect(frame.locator('html')).toHaveAttribute('lang', 'es');
  // The queued unmount came after its mount: that element stays empty.
  await expect(page.locator('#gone iframe')).toHaveCount(0);
  expect(await page.evaluate(() => window.__events)).toEqual(['carefit:ready', 'ready true']);
  // mount on a mounted element applies the new options (a fresh start).
  await frame.locator('form button[type=submit]').click();
  await expect(frame.locator('input[name=safety]').first()).toBeVisible();
  await page.evaluate(() => window.CareFit.mount(document.getElementById('later'), { lang: 'en' }));
  await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
  await expect(frame.locator('.cf-start')).toBeVisible();
  // unmount clears the answers: mounted again, it is back at the start.
  await frame.locator('form button[type=submit]').click();
  await frame.locator('input[name=safety][value=no]').check();
  await page.evaluate(() => window.CareFit.unmount(document.getElementById('later')));
  await expect(page.locator('#later iframe')).toHaveCount(0);
  await page.evaluate(() => window.CareFit.mount(document.getElementById('later'), { lang: 'en' }));
  await expect(frame.locator('.cf-start')).toBeVisible();
  expect(await page.locator('iframe').count()).toBe(1);
  expect(lines).toEqual([]);
});

test('data-base: the loader moved into another folder by a script combiner still finds its files', async ({ page }) => {
  const lines = carefitLines(page);
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.route('**/bundle/combined.js', (route) => route.fulfill({ path: path.join(DIST, 'carefit.js'), contentType: 'text/javascript' }));
  await page.goto('hosts/based.html');
  const frame = page.frameLocator('#with iframe');
  await expect(frame.locator('.cf-start')).toBeVisible();
  expect(requests.some((p) => /^\/carefit-[0-9a-f]+\.wasm$/.test(p))).toBe(true);
  expect(requests.filter((p) => p.startsWith('/bundle/') && p !== '/bundle/combined.js')).toEqual([]);
  expect(lines).toEqual([]);
});

test('an npm CDN\'s package@version folder is a valid place for the files (the README\'s CDN path pattern)', async ({ page }) => {
  // The host's fetches are routed to dist/; the sandboxed frame's own
  // script requests escape Playwright's routes (they go to the test
  // server, which has no such folder), so this checks what the address
  // decides: the loader accepts it, writes it into the frame's policy, and
  // the browser's policy check lets the frame ask for its scripts there.
  const lines = [];
  page.on('console', (m) => lines.push(m.text()));
  const types = { js: 'text/javascript', html: 'text/html', wasm: 'application/wasm' };
  await page.route('**/npm/carefit-widget@0.1.0/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop();
    if (!types[name.split('.').pop()] || name.startsWith('app-') || name.startsWith('harden-') || name.startsWith('frame-boot')) return route.continue();
    route.fulfill({ path: path.join(DIST, name), headers: { 'Access-Control-Allow-Origin': '*', 'Content-Type': types[name.split('.').pop()] } });
  });
  await page.goto('hosts/npm.html');
  const frame = page.locator('[data-carefit] iframe');
  await expect(frame).toHaveCount(1);
  const base = await page.evaluate(() => new URL('/npm/carefit-widget@0.1.0/', location.href).href);
  expect(await frame.getAttribute('srcdoc')).toContain(`script-src ${base} 'wasm-unsafe-eval'`);
  await expect.poll(() => lines.some((l) => l.includes(`${base}harden-`))).toBe(true);
  expect(lines.filter((l) => /Content Security Policy|not an http/.test(l))).toEqual([]);
});

test('without data-base, a missing file logs one carefit: error with its URL, and the fallback shows', async ({ page }) => {
  const lines = carefitLines(page);
  await page.route('**/bundle/combined.js', (route) => route.fulfill({ path: path.join(DIST, 'carefit.js'), contentType: 'text/javascript' }));
  await page.goto('hosts/unbased.html');
  const fallback = page.locator('#without [data-carefit-fallback]');
  await expect(fallback).toBeVisible({ timeout: 10000 });
  await expect(fallback.locator('a[href="tel:988"]')).toBeVisible();
  await expect(fallback.locator('a[href="tel:+15550100999"]')).toBeVisible();
  await page.waitForTimeout(500);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^error carefit: could not load http:\/\/127\.0\.0\.1:\d+\/bundle\/frame-[0-9a-f]+\.html \(missing, blocked, no CORS, or not this release's file\)$/);
});

test('a missing WebAssembly file: one carefit: error naming it, and the fallback', async ({ page }) => {
  const lines = carefitLines(page);
  await page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('hosts/plain.html');
  await expect(page.locator('[data-carefit-fallback]')).toBeVisible({ timeout: 10000 });
  await page.waitForTimeout(500);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^error carefit: could not load http:\/\/127\.0\.0\.1:\d+\/carefit-[0-9a-f]+\.wasm \(missing, blocked, no CORS, or not this release's file\)$/);
});

test('the loader blocked by the host\'s CSP: the static crisis lines remain', async ({ page }) => {
  await page.goto('hosts/noscript.html');
  await page.waitForTimeout(1500);
  const el = page.locator('[data-carefit]');
  for (const href of STATIC_LINES) await expect(el.locator(`a[href="${href}"]`)).toBeVisible();
  await expect(el).toContainText('finds treatment; it is not a crisis line');
  await expect(page.locator('iframe')).toHaveCount(0);
  expect(await page.evaluate(() => typeof window.CareFit)).toBe('undefined');
});

test('static crisis lines stay until the frame runs, then make way; unmount brings them back', async ({ page }) => {
  await page.goto('hosts/static.html');
  const el = page.locator('[data-carefit]');
  await expect(page.frameLocator('[data-carefit] iframe').locator('.cf-start')).toBeVisible();
  await expect(el.locator('a[href="tel:988"]')).toHaveCount(0);
  expect(await el.evaluate((e) => e.getBoundingClientRect().height)).toBe(720);
  await page.evaluate(() => window.CareFit.unmount(document.querySelector('[data-carefit]')));
  await expect(page.locator('iframe')).toHaveCount(0);
  for (const href of STATIC_LINES) await expect(el.locator(`a[href="${href}"]`)).toBeVisible();
});

for (const host of ['light', 'dark']) {
  for (const theme of ['light', 'dark', 'auto']) {
    test(`theme ${theme} on a ${host} host: matching colours, axe finds nothing at the start and on a result`, async ({ page }) => {
      test.setTimeout(90_000);
      // auto follows the visitor's setting: here, the same as the host's.
      await page.emulateMedia({ colorScheme: host });
      const lines = carefitLines(page);
      await page.goto(`hosts/theme.html?host=${host}&theme=${theme}&accent=%230b5cad`);
      const frame = page.frameLocator('carefit-widget iframe');
      await expect(frame.locator('.cf-start')).toBeVisible();
      const dark = theme === 'dark' || (theme === 'auto' && host === 'dark');
      await expect(frame.locator('html')).toHaveAttribute('data-theme', dark ? 'dark' : 'light');
      const inner = await (await page.locator('carefit-widget iframe').elementHandle()).contentFrame();
      const colours = await inner.evaluate(() => ({
        body: getComputedStyle(document.body).backgroundColor,
        scheme: getComputedStyle(document.documentElement).colorScheme,
      }));
      expect(colours.body).toBe(dark ? 'rgb(22, 25, 29)' : 'rgb(255, 255, 255)');
      expect(colours.scheme).toBe(dark ? 'dark' : 'normal');
      expect(await page.locator('carefit-widget iframe').evaluate((f) => f.style.colorScheme)).toBe({ light: 'light', dark: 'dark', auto: 'light dark' }[theme]);
      expect(await axe(page)).toEqual([]);
      expect(await axeIn(page, 'carefit-widget iframe')).toEqual([]);
      await answerInFrame(frame, PATHS.iop);
      await expect(frame.locator('.cf-center')).toBeVisible();
      expect(await axeIn(page, 'carefit-widget iframe')).toEqual([]);
      expect(lines).toEqual([]);
    });
  }
}

test('an invalid theme falls back to light with one carefit: warning', async ({ page }) => {
  const lines = carefitLines(page);
  await page.goto('hosts/theme.html?theme=purple');
  const frame = page.frameLocator('carefit-widget iframe');
  await expect(frame.locator('.cf-start')).toBeVisible();
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect.poll(() => lines).toEqual(['warning carefit: data-theme ignored: use light, dark or auto']);
});

test('dialog: <carefit-widget mode=launcher> opens, Escape closes it, reopening is a fresh start, focus returns', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('hosts/theme.html?host=dark&theme=auto&mode=launcher');
  const button = page.locator('carefit-widget > button');
  await expect(button).toHaveText('Take the private check');
  const baseline = await page.evaluate(() => window.__live && window.__live());
  await button.click();
  const frame = page.frameLocator('dialog iframe');
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await frame.locator('form button[type=submit]').click();
  await frame.locator('input[name=safety][value=no]').check();
  expect(await axe(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog')).toHaveCount(0);
  await expect(page.locator('iframe')).toHaveCount(0);
  await expect(page.locator('carefit-widget > button')).toBeFocused();
  await page.locator('carefit-widget > button').click();
  await expect(page.frameLocator('dialog iframe').locator('.cf-start')).toBeVisible();
  await expect(page.frameLocator('dialog iframe').locator('input[name=safety]')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog')).toHaveCount(0);
  await expect(page.locator('carefit-widget > button')).toBeFocused();
  // Removing the element while its dialog is open leaves nothing behind.
  await page.locator('carefit-widget > button').click();
  await expect(page.locator('dialog[open]')).toBeVisible();
  await page.evaluate(() => document.querySelector('carefit-widget').remove());
  await expect(page.locator('dialog')).toHaveCount(0);
  expect(baseline).toBeUndefined();
});

test('the builder: type, then one click in the preview lands', async ({ page }) => {
  const lines = carefitLines(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('embed.html');
  await page.evaluate(() => window.CareFitBuilder.ready);
  const preview = page.frameLocator('#preview iframe');
  await expect(preview.locator('.cf-start')).toBeVisible();
  // Beside the form on a wide screen.
  const form = await page.locator('#builder').boundingBox();
  const box = await page.locator('#preview').boundingBox();
  expect(box.x).toBeGreaterThan(form.x + form.width - 1);
  await page.locator('#b-name').pressSequentially('Riverside Recovery');
  await preview.locator('form button[type=submit]').click();
  await expect(preview.locator('input[name=safety]').first()).toBeVisible();
  await page.waitForTimeout(800);
  await expect(preview.locator('input[name=safety]').first()).toBeVisible();
  // Back in the form, the preview catches up.
  await page.locator('#b-phone').fill('+1 555 010 0000');
  await expect(preview.locator('.cf-start')).toBeVisible();
  expect(lines).toEqual([]);
});

test('the builder: an invalid accent is explained and left out with a note; the snippet has the static lines, no lang', async ({ page }) => {
  await page.goto('embed.html');
  await page.evaluate(() => window.CareFitBuilder.ready);
  await page.fill('#b-accent', '#ffff00');
  await expect(page.locator('#b-accent-error')).toContainText('4.5:1');
  await expect(page.locator('#b-accent-error')).toContainText('left out');
  await expect(page.locator('#snippet-note')).toBeVisible();
  await expect(page.locator('#snippet-note')).toContainText('Accent colour');
  let snippet = await page.locator('#snippet').textContent();
  expect(snippet).not.toContain('data-accent');
  expect(snippet).not.toContain('data-lang');
  for (const href of STATIC_LINES) expect(snippet).toContain(`href="${href}"`);
  expect(snippet).toContain('not a crisis line');
  await page.fill('#b-accent', '#0b5cad');
  await page.selectOption('#b-theme', 'auto');
  await page.selectOption('#b-mode', 'launcher');
  await expect(page.locator('#snippet-note')).toBeHidden();
  snippet = await page.locator('#snippet').textContent();
  expect(snippet).toContain('data-accent="#0b5cad"');
  expect(snippet).toContain('data-theme="auto"');
  expect(snippet).toContain('data-mode="launcher"');
  await expect(page.locator('#preview > button')).toHaveText('Take the private check');
  expect(await axe(page)).toEqual([]);
  // The snippet, pasted into a page as it is, works.
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'manifest.json'), 'utf8'));
  expect(snippet).toContain(`integrity="${manifest.files['carefit.js'].integrity}"`);
});

test('a data-base that is not an address: no error on the page, one carefit: message, the fallback', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const lines = carefitLines(page);
  await page.goto('hosts/element.html');
  await page.evaluate(() => {
    const el = document.createElement('carefit-widget');
    el.setAttribute('base', 'http://[');
    document.getElementById('a').appendChild(el);
  });
  await expect(page.locator('carefit-widget [data-carefit-fallback] a[href="tel:988"]')).toBeVisible();
  expect(errors).toEqual([]);
  expect(lines).toEqual(['error carefit: not an http(s) address without spaces or quotes: http://[']);
});
