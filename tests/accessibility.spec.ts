import AxeBuilder from '@axe-core/playwright'
import { expect } from '@playwright/test'
import { gotoSlide, readDeckOutline } from './support/deck.ts'
import { test } from './support/fixtures.ts'

const deck = await readDeckOutline()

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`no serious or critical accessibility violation on any slide, ${colorScheme} mode`, () => {
    test.use({ colorScheme })

    for (const { no, title } of deck) {
      test(`slide ${no}: ${title}`, async ({ slidePage: page }) => {
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
