// Issue #10: the host page learns nothing from the answers, and only
// CareFit's own, verified code runs in the frame. Host pages live in
// tests/e2e/hosts/; the servers (tests/e2e/server.py) send the headers of
// scripts/serve.py, and serve tampered copies under /tamper/KIND/.
const path = require('path');
const { spawn } = require('child_process');
const { test, expect } = require('@playwright/test');
const { PATHS } = require('./helpers');

const ROOT = path.join(__dirname, '..', '..');
const widget = (page) => page.frameLocator('[data-carefit] iframe');

/**
 * Answers whatever question the frame shows from `answers` (question id →
 * option id or ids; a question not in the map gets its first option), only
 * through the automation contract and only with clicks inside the frame's
 * own document, so the test driver never scrolls the host page. Returns the
 * level reached.
 */
async function answerQuietly(frame, answers) {
  const click = (loc) => loc.evaluate((el) => el.click());
  for (let step = 0; step < 40; step++) {
    const level = frame.locator('[data-level]');
    if (await level.count()) return level.getAttribute('data-level');
    const input = frame.locator('form input[name]').first();
    let q = null;
    if (await input.count()) {
      q = await input.getAttribute('name');
      const want = q in answers ? [].concat(answers[q]) : [await input.getAttribute('value')];
      for (const v of want) await click(frame.locator(`input[name="${q}"][value="${v}"]`));
    }
    await click(frame.locator('form button[type=submit]'));
    // The next screen: another question, the check page or the result.
    await expect.poll(async () => {
      if (await frame.locator('[data-level]').count()) return 'result';
      const next = frame.locator('form input[name]').first();
      return (await next.count()) ? next.getAttribute('name') : 'other';
    }).not.toBe(q === null ? '__never__' : q);
  }
  throw new Error('no result');
}

test('a session-replay recorder on the host sees the same thing on every path', async ({ page }) => {
  test.setTimeout(180_000);
  const runs = [];
  const paths = [
    ['crisis', { safety: 'plan' }],
    ['thoughts', PATHS.php],
    ['detox', PATHS.detox],
    ['iop', PATHS.iop],
    ['support', PATHS.support],
    ['outpatient', PATHS.outpatient],
  ];
  for (const [name, answers] of paths) {
    await page.goto('hosts/recorder.html');
    const frame = widget(page);
    // One real click starts it (as a visitor would), then the host page is
    // scrolled so the frame's top is above the viewport: moving focus to
    // each heading would scroll the host back if it could.
    await frame.locator('form button[type=submit]').click();
    await expect(frame.locator('input[name=safety]').first()).toBeAttached();
    await page.evaluate(() => window.scrollTo(0, 200));
    if (name === 'thoughts') {
      await frame.locator('input[name=safety][value=thoughts]').evaluate((el) => el.click());
      await frame.locator('form button[type=submit]').evaluate((el) => el.click());
      await expect(frame.locator('.cf-panel')).toBeVisible();
      await expect.poll(() => frame.locator('.cf-panel .cf-focus').evaluate((el) => el === document.activeElement)).toBe(true);
    }
    const level = await answerQuietly(frame, answers);
    await expect.poll(() => frame.locator('.cf-title').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.waitForTimeout(300);
    const log = await page.evaluate(() => window.__log.slice());
    runs.push({ name, level, log });
  }
  for (const r of runs) console.log(`recorder: ${r.name} → ${r.level}: ${r.log.length} states`);
  console.log('recorder states:\n  ' + runs[0].log.join('\n  '));
  const levels = new Set(runs.map((r) => r.level));
  expect(levels.has('crisis')).toBe(true);
  expect(levels.size).toBeGreaterThanOrEqual(4);
  for (const r of runs.slice(1)) expect(r.log, `${r.name} against ${runs[0].name}`).toEqual(runs[0].log);
  // What it saw from the frame: two fixed messages, and a frame whose box
  // never changed.
  const messages = runs[0].log.filter((l) => l.startsWith('message '));
  expect(messages).toEqual(['message {"carefit":"loaded"}', 'message {"carefit":"started"}']);
  const sizes = new Set(runs[0].log.filter((l) => l.startsWith('state ') && !l.includes('no frame')).map((l) => l.split(' | ')[0].split(',').slice(2).join('x')));
  expect([...sizes]).toEqual(['1264x720']);
  expect(runs[0].log.filter((l) => l.includes('scroll 0,200')).length).toBeGreaterThan(0);
});

for (const kind of ['wasm', 'app', 'boot', 'harden', 'css', 'frame']) {
  test(`a tampered ${kind} file on the CDN never runs: the crisis lines show`, async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`hosts/tamper.html?kind=${kind}`);
    const fallback = page.locator('[data-carefit-fallback]');
    await expect(fallback).toBeVisible({ timeout: 15000 });
    await expect(fallback.locator('a[href="tel:988"]')).toBeVisible();
    await expect(fallback.locator('a[href="tel:+15550100777"]')).toHaveText('+15550100777');
    expect(await page.evaluate(() => window.__pwned)).toBe(false);
    expect(await page.title()).not.toBe('pwned');
    await expect(page.locator('iframe')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test('the untouched copy through the same tamper route works (the control)', async ({ page }) => {
  await page.goto('hosts/tamper.html?kind=none');
  await expect(widget(page).locator('.cf-start')).toBeVisible({ timeout: 15000 });
  await expect(page.locator('[data-carefit-fallback]')).toHaveCount(0);
});

test('a host tag that strips the sandbox reads nothing: the frame refuses to start', async ({ page }) => {
  await page.goto('hosts/strip.html');
  await expect(page.locator('[data-carefit-fallback]')).toBeVisible({ timeout: 15000 });
  const read = await page.evaluate(() => window.__read);
  // The attack took: the frame came without its sandbox (whether the tag
  // managed to read it before the loader removed it is a race)…
  expect(read).toContain('unsandboxed');
  expect(read).not.toContain('sandboxed');
  for (const r of read) expect(r).not.toMatch(/care|Continue|Start|988/i); // …and there was nothing in it
});

test('a host tag racing the loader with its own module and junk messages changes nothing', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('hosts/race.html');
  const frame = widget(page);
  await expect(frame.locator('.cf-start')).toBeVisible({ timeout: 15000 });
  expect(await page.evaluate(() => window.__sent)).toBeGreaterThan(0);
  await answerQuietly(frame, PATHS.outpatient);
  await expect(frame.locator('.cf-center')).toContainText('Race Clinic');
  await expect(frame.locator('.cf-center')).not.toContainText('Evil');
  await expect(page.locator('[data-carefit-fallback]')).toHaveCount(0);
  expect(page.url()).toContain('/hosts/race.html');
  expect(errors).toEqual([]);
});

const GONE = () => {
  const names = ['RTCPeerConnection', 'webkitRTCPeerConnection', 'RTCDataChannel', 'RTCRtpSender', 'RTCRtpReceiver',
    'RTCSessionDescription', 'RTCIceCandidate', 'WebTransport', 'open'];
  const out = {};
  for (const n of names) {
    try { window[n] = function () {}; } catch (e) { /* non-writable */ }
    const d = Object.getOwnPropertyDescriptor(window, n);
    out[n] = typeof window[n] + (d && d.configurable ? ' configurable' : '');
  }
  out.sendBeacon = typeof navigator.sendBeacon;
  out.mediaDevices = typeof navigator.mediaDevices;
  const f = document.createElement('iframe');
  document.body.appendChild(f);
  out.nested = typeof f.contentWindow;
  f.remove();
  return out;
};
const ALL_GONE = {
  RTCPeerConnection: 'undefined', webkitRTCPeerConnection: 'undefined', RTCDataChannel: 'undefined', RTCRtpSender: 'undefined',
  RTCRtpReceiver: 'undefined', RTCSessionDescription: 'undefined', RTCIceCandidate: 'undefined', WebTransport: 'undefined',
  open: 'undefined', sendBeacon: 'undefined', mediaDevices: 'undefined', nested: 'undefined',
};

test('inside the frame, WebRTC, WebTransport, beacons and window.open are gone for good', async ({ page }) => {
  await page.goto('hosts/plain.html');
  await expect(widget(page).locator('.cf-start')).toBeVisible();
  const inner = page.frames().find((f) => f !== page.mainFrame());
  expect(await inner.evaluate(GONE)).toEqual(ALL_GONE);
});

test('on the standalone page too', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.cf-start')).toBeVisible();
  expect(await page.evaluate(GONE)).toEqual(ALL_GONE);
});

test('tel: and sms: links open the dialer without leaving or unloading the host page', async ({ page }) => {
  const consoleLines = [];
  page.on('console', (m) => consoleLines.push(m.text()));
  await page.goto('hosts/plain.html');
  await page.evaluate(() => { window.__unloads = 0; addEventListener('beforeunload', () => { window.__unloads++; }); addEventListener('pagehide', () => { window.__unloads++; }); });
  const frame = widget(page);
  for (const href of ['tel:988', 'sms:988', 'tel:911']) {
    const link = frame.locator(`footer a[href="${href}"]`);
    expect(await link.getAttribute('target')).toBeNull();
    await link.click();
  }
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.__unloads)).toBe(0);
  expect(page.url()).toContain('/hosts/plain.html');
  await expect(frame.locator('.cf-start')).toBeVisible();
  console.log('external protocol console lines:', JSON.stringify(consoleLines.filter((l) => /tel:|sms:|external/i.test(l))));
});

test('the launcher opens a full-screen dialog, Escape closes it and clears the answers, focus returns', async ({ page }) => {
  await page.goto('hosts/launcher.html');
  const button = page.locator('[data-carefit] > button');
  await expect(button).toHaveText('Take the private check');
  await expect(page.locator('iframe')).toHaveCount(0);
  await button.click();
  const dialog = page.locator('dialog[open]');
  await expect(dialog).toBeVisible();
  const box = await dialog.locator('iframe').boundingBox();
  const vp = page.viewportSize();
  expect(Math.round(box.width)).toBe(vp.width);
  expect(Math.round(box.y + box.height)).toBe(vp.height);
  const frame = page.frameLocator('dialog iframe');
  await frame.locator('form button[type=submit]').click();
  await frame.locator('input[name=safety][value=no]').check();
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog')).toHaveCount(0);
  await expect(page.locator('[data-carefit] > button')).toBeFocused();
  // Reopened: a new frame, back at the start.
  await page.locator('[data-carefit] > button').click();
  await expect(page.frameLocator('dialog iframe').locator('.cf-start')).toBeVisible();
  await page.locator('dialog button', { hasText: 'Close' }).click();
  await expect(page.locator('dialog')).toHaveCount(0);
  await expect(page.locator('[data-carefit] > button')).toBeFocused();
});

test('the frame keeps its size from the first paint: nothing moves when it loads', async ({ page }) => {
  await page.goto('hosts/plain.html');
  const el = page.locator('[data-carefit]');
  const before = await el.evaluate((e) => e.getBoundingClientRect().height);
  await expect(widget(page).locator('.cf-start')).toBeVisible();
  const after = await el.evaluate((e) => e.getBoundingClientRect().height);
  const frame = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
  expect(before).toBe(720);
  expect(after).toBe(720);
  expect(frame).toBe(720);
  // On a phone the frame is as tall as the screen.
  await page.setViewportSize({ width: 375, height: 600 });
  expect(await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBe(600);
});

test('the standalone page refuses to be framed: by the headers, and by itself without them', async ({ page }) => {
  const response = await page.request.get('/index.html');
  expect(response.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
  expect(response.headers()['cross-origin-opener-policy']).toBe('same-origin');
  await page.goto('hosts/frames-standalone.html');
  await page.waitForTimeout(1500);
  const child = page.frames().find((f) => f !== page.mainFrame());
  expect(await child.locator('.cf-start').count()).toBe(0);
  // A server without the headers: the page still does not start in a frame.
  await page.route('**/index.html', async (route) => {
    const r = await route.fetch();
    const headers = { ...r.headers() };
    delete headers['content-security-policy'];
    delete headers['x-frame-options'];
    await route.fulfill({ response: r, headers });
  });
  await page.goto('hosts/frames-standalone.html');
  const framed = page.frameLocator('iframe');
  await expect(framed.locator('#carefit')).toContainText('CareFit only runs as its own page');
  await expect(framed.locator('.cf-start')).toHaveCount(0);
});

test('scripts/serve sends the recommended headers, and its standalone page cannot be framed', async ({ page }) => {
  const port = Number(process.env.CAREFIT_E2E_PORT || 8123) + 7;
  const server = spawn('python3', [path.join(ROOT, 'scripts', 'serve.py'), String(port), path.join(ROOT, 'dist')], { stdio: 'pipe' });
  try {
    await expect.poll(async () => (await page.request.get(`http://127.0.0.1:${port}/`).catch(() => null))?.status()).toBe(200);
    const index = (await page.request.get(`http://127.0.0.1:${port}/`)).headers();
    expect(index['content-security-policy']).toBe("frame-ancestors 'none'");
    expect(index['cross-origin-opener-policy']).toBe('same-origin');
    expect(index['x-frame-options']).toBe('DENY');
    for (const p of ['privacy.html', 'embed.html']) {
      expect((await page.request.get(`http://127.0.0.1:${port}/${p}`)).headers()['content-security-policy']).toBe("frame-ancestors 'none'");
    }
    const manifest = await (await page.request.get(`http://127.0.0.1:${port}/manifest.json`)).json();
    const frameDoc = Object.keys(manifest.files).find((f) => /^frame-[0-9a-f]+\.html$/.test(f));
    const fh = (await page.request.get(`http://127.0.0.1:${port}/${frameDoc}`)).headers();
    expect(fh['content-security-policy']).toContain('sandbox allow-scripts allow-forms');
    expect(fh['access-control-allow-origin']).toBe('*');
    await page.goto(`hosts/frames-standalone.html?src=${encodeURIComponent(`http://127.0.0.1:${port}/index.html`)}`);
    await page.waitForTimeout(1500);
    const child = page.frames().find((f) => f !== page.mainFrame());
    expect(await child.locator('.cf-start').count()).toBe(0);
  } finally {
    server.kill();
  }
});
