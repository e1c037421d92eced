import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { e2eStaffIdleSeconds } from './support.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
// A fresh data directory per run, so the local cloud starts clean (only used when this run starts the server).
const dataDir = process.env.YUEXIU_DATA_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'yuexiu-e2e-'));
process.env.YUEXIU_DATA_DIR = dataDir;

export default defineConfig({
  testDir: here,
  testMatch: '*.spec.ts',
  // The round trip is one story across users; two cores do not gain from parallel browsers.
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  outputDir: path.join(repoRoot, 'test-results/e2e'),
  reporter: process.env.CI
    ? [['list'], ['html', { open: 'never', outputFolder: path.join(repoRoot, 'playwright-report') }]]
    : 'list',
  use: {
    baseURL: 'http://localhost:3000',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: 'npm start',
    cwd: repoRoot,
    url: 'http://localhost:3000/api/health',
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
    // The local cloud generates the session secret and passes the upload origin itself. A short staff
    // idle limit lets the lock be tested in seconds; every test keeps talking to the server more often.
    // Every browser here signs in from 127.0.0.1, dozens of times in a run: the per-address sign-in
    // limit (20 per 5 minutes) would refuse the suite itself, so the WAF-equivalent limits are off;
    // tests/integration/rate-limits.test.ts proves them. The suite makes its own cases: no demo cases, letters
    // or notices (YUEXIU_DEMO_CASES=on in the environment asks for them).
    env: {
      YUEXIU_DATA_DIR: dataDir,
      STAFF_IDLE_SECONDS: String(e2eStaffIdleSeconds),
      YUEXIU_RATE_LIMITS: 'off',
      YUEXIU_DEMO_CASES: process.env.YUEXIU_DEMO_CASES ?? 'off',
      // The archive spec makes archiving fail once (S3 faults while a document is signed); one worker, so no
      // other test meets them.
      YUEXIU_FAULT_CONTROL: 'on',
    },
  },
});
