// What specs that repeat one kind of work per slide set up once per worker instead of once per test.
// Playwright hands out the tests of one set of worker fixtures together, sets in the order their first
// file comes: accessibility.spec.ts comes first, so the specs using these, the long exports among them,
// start before the rest and the two workers end together.
import type { BrowserContext, Page } from '@playwright/test'
import { test as base } from '@playwright/test'
import { gotoSlide, readDeckOutline } from './deck.ts'

export const test = base.extend<{ slidePage: Page }, { slideContexts: Map<string, BrowserContext>, clickSteps: number[] }>({
  slideContexts: [
    // Playwright reads a fixture's dependencies from its first parameter, which must be a pattern.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const contexts = new Map<string, BrowserContext>()
      await use(contexts)
      await Promise.all([
        ...contexts.values(),
      ].map(context => context.close()))
    },
    { scope: 'worker' },
  ],
  /**
   * One page per set of context options (viewport, colour scheme) for the whole worker, for checks that
   * load their slide afresh and leave nothing a later test would see. A new context per slide cost more
   * than most such checks: an empty cache, and the offline worker precaching the whole deck again.
   */
  slidePage: async ({ slideContexts, browser, baseURL, viewport, deviceScaleFactor, reducedMotion, colorScheme }, use) => {
    const options = {
      baseURL,
      viewport,
      deviceScaleFactor,
      reducedMotion,
      colorScheme,
    }
    const key = JSON.stringify(options)
    let context = slideContexts.get(key)
    if (!context) {
      context = await browser.newContext(options)
      await context.newPage()
      slideContexts.set(key, context)
    }
    await use(context.pages()[0]!)
  },
  /** How many click steps each slide has, read once per worker: Slidev clamps `?clicks=` to a slide's last step. */
  clickSteps: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, viewport, reducedMotion } = workerInfo.project.use
      const context = await browser.newContext({
        baseURL,
        viewport,
        reducedMotion,
      })
      const page = await context.newPage()
      const steps: number[] = []
      for (const { no } of await readDeckOutline()) {
        await gotoSlide(page, no, '?clicks=99')
        steps.push(Number(new URL(page.url()).searchParams.get('clicks') ?? 0))
      }
      await context.close()
      await use(steps)
    },
    { scope: 'worker', timeout: 120_000 },
  ],
})
