// One place that finds a Chromium for the tests and the exporter alike.
import { existsSync } from 'node:fs'
import process from 'node:process'
import { chromium } from 'playwright-chromium'

const systemChromiumPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

export const chromiumInstallHint
  = 'No Chromium found. Install one with `apt-get install chromium` (Debian/Ubuntu) or `npx playwright install chromium`, '
    + 'or point CHROMIUM_PATH at a Chromium or Chrome executable.'

/** Flags for a root user on a closed network: without them Chromium keeps dialling Google's hosts. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** CHROMIUM_PATH if set, else Playwright's own browser if installed, else the system's Chromium. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there. ${chromiumInstallHint}`)
    return fromEnv
  }
  const candidates = [
    chromium.executablePath(),
    ...systemChromiumPaths,
  ]
  const found = candidates.find(path => existsSync(path))
  if (!found)
    throw new Error(chromiumInstallHint)
  return found
}

/** For entry points: a missing browser is one clear line and exit code 1, not a stack trace. */
export function findChromiumOrExit(): string {
  try {
    return findChromium()
  }
  catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
}
