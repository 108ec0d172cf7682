// End-to-end tests against the built standalone page (dist/), in Debian's
// Chromium: Playwright never downloads a browser here.
const { defineConfig } = require('@playwright/test');

// The site (and the example host pages) as a center's own server would
// serve it, and the same files from a "CDN" on another origin with CORS.
const port = Number(process.env.CAREFIT_E2E_PORT || 8123);
const cdnPort = port + 1;

module.exports = defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  // One retry, so a timing hiccup on a loaded 2-core CI machine cannot
  // block a landing; Playwright still lists a test that needed it as flaky.
  retries: 1,
  reporter: [['list']],
  outputDir: 'test-results/playwright',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu',
        '--disable-background-networking', '--disable-component-update', '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `python3 tests/e2e/server.py ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
    },
    {
      command: `python3 tests/e2e/server.py ${cdnPort}`,
      url: `http://127.0.0.1:${cdnPort}/`,
      reuseExistingServer: false,
    },
  ],
});
