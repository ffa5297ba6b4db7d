// End-to-end tests: the real interface and the real library, served by the browser host, in Chromium
// (which one: tests/e2e/fixtures/chromium.ts).

import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/fixtures/chromium.ts';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Traces and failure screenshots go outside the checkout (nothing new at the top level), in a folder of
  // this checkout's own, so two checkouts testing at once do not delete each other's traces.
  outputDir: join(tmpdir(), `copydesk-playwright-${createHash('sha256').update(import.meta.dirname).digest('hex').slice(0, 8)}`),
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [{ name: 'chromium' }],
});
