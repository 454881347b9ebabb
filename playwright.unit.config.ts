// The unit tier: specs of data, chart builders, snippets, fonts and the lint rules that need no build and
// no browser, so a mistake in data/ is named in seconds, before the build starts.
import process from 'node:process'
import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: 'tests/unit',
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  timeout: 60_000,
  reporter: [
    ['list'],
  ],
})
