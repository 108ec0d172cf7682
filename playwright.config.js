// End-to-end tests against the built standalone page (dist/), in Debian's
// Chromium: Playwright never downloads a browser here.
const { defineConfig } = require('@playwright/test');

const port = Number(process.env.CAREFIT_E2E_PORT || 8123);

module.exports = defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  fullyParallel: true,
  workers: 2,
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
  webServer: {
    command: `python3 -m http.server --bind 127.0.0.1 --directory dist ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'ignore',
  },
});
