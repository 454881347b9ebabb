import type { EngineName } from './tests/engines/engines.ts'
import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { chromiumArgs, findChromiumOrExit } from './kit/headless/chromium.ts'
import { engineNames } from './tests/engines/engines.ts'

const port = Number(process.env.DECK_PORT ?? 4173)
const isCI = Boolean(process.env.CI)

export default defineConfig<object, { engine: EngineName }>({
  testDir: 'tests',
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  timeout: 120_000,
  reporter: isCI
    ? [
        ['list'],
      ]
    : [
        ['list'],
        [
          'html',
          { open: 'never' },
        ],
      ],
  expect: {
    // Same browser build and fonts as the baselines: a changed page number (~50 pixels) must fail.
    toHaveScreenshot: { maxDiffPixelRatio: 0.00001, animations: 'disabled' },
  },
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 720 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    colorScheme: 'light',
    trace: 'on-first-retry',
    launchOptions: {
      executablePath: findChromiumOrExit(),
      args: chromiumArgs,
    },
  },
  projects: [
    // First, so it builds on one worker while the other starts on the Chromium tests.
    { name: 'engines-build', testMatch: 'engines/site.setup.ts' },
    {
      name: 'chromium',
      testIgnore: ['engines/**', 'unit/**', 'reader.spec.ts'],
    },
    // The reader view as the room opens it from the QR code: a phone held upright.
    {
      name: 'phone',
      testMatch: 'reader.spec.ts',
      use: {
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        isMobile: true,
        hasTouch: true,
      },
    },
    // WebKit and Gecko from Debian's packages, through WebDriver (tests/engines/): after the Chromium
    // project, one engine per worker.
    ...engineNames.map(engine => ({
      name: engine,
      testMatch: 'engines/engines.spec.ts',
      dependencies: ['engines-build'],
      use: { engine },
      snapshotPathTemplate: '{testDir}/__screenshots__/engines/{projectName}/{arg}{ext}',
    })),
  ],
  webServer: {
    command: `node kit/cli/serve.ts`,
    env: {
      PORT: String(port),
    },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !isCI,
  },
})
