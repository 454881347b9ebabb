import type { BrowserContext, Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { test as base, expect } from '@playwright/test'
import { gotoSlide, readDeckOutline } from './support/deck.ts'

const deck = await readDeckOutline()

// A new context per slide cost more than the check: an empty cache, and the offline worker installing
// and precaching the whole deck again in the background. Each slide still gets its own page load, in one
// page per colour scheme that the worker keeps.
const test = base.extend<{ schemePage: Page }, { schemeContexts: Map<string, BrowserContext> }>({
  schemeContexts: [
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
  schemePage: async ({ schemeContexts, browser, baseURL, viewport, deviceScaleFactor, reducedMotion, colorScheme }, use) => {
    const scheme = String(colorScheme)
    let context = schemeContexts.get(scheme)
    if (!context) {
      context = await browser.newContext({
        baseURL,
        viewport,
        deviceScaleFactor,
        reducedMotion,
        colorScheme,
      })
      await context.newPage()
      schemeContexts.set(scheme, context)
    }
    await use(context.pages()[0]!)
  },
})

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`no serious or critical accessibility violation on any slide, ${colorScheme} mode`, () => {
    test.use({ colorScheme })

    for (const { no, title } of deck) {
      test(`slide ${no}: ${title}`, async ({ schemePage: page }) => {
        await gotoSlide(page, no, '?clicks=99')
        // Slidev's own nav bar nests a button in a button (its menu buttons): upstream, not the deck's, so left out.
        // Legacy mode runs axe in the page instead of finishing each run in a new blank page; all it leaves out
        // is cross-origin frames, which the deck's Content-Security-Policy (default-src 'self') never loads.
        const { violations } = await new AxeBuilder({ page }).exclude('nav:has(button[title="More Options"])').setLegacyMode().analyze()
        const serious = violations
          .filter(violation => violation.impact === 'serious' || violation.impact === 'critical')
          .map(violation => `${violation.id}: ${violation.help} (${violation.nodes.map(node => node.target.join(' ')).join(', ')})`)
        expect(serious).toEqual([])
      })
    }
  })
}

test('a slide and the presenter view each have exactly one main landmark', async ({ page }) => {
  await gotoSlide(page, 1)
  await expect(page.getByRole('main')).toHaveCount(1)
  await page.goto('presenter/1')
  await expect(page.locator('.slidev-note')).toBeVisible()
  await expect(page.getByRole('main')).toHaveCount(1)
})
