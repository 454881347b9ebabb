import { expect, test } from '@playwright/test'
import { languages } from '../data/comparison.ts'
import { talkData } from '../data/validate.ts'
import { gotoSlide, readDeckOutline } from './support/deck.ts'
import { normaliseText } from './support/text.ts'

const deck = await readDeckOutline()

test('every figure, fact check and table cell is on a rendered slide, as the data says', async ({ page }) => {
  const figures = new Map<string, string>()
  const factChecks = new Set<string>()
  const tableRows = new Map<string, string[]>()
  const codeWithRegionMarkers: number[] = []
  for (const { no } of deck) {
    // Past the last click, every v-click step is shown.
    const slide = await gotoSlide(page, no, '?clicks=99')
    for (const figure of await slide.locator('[data-figure]').all())
      figures.set((await figure.getAttribute('data-figure'))!, normaliseText(await figure.textContent() ?? ''))
    for (const check of await slide.locator('[data-fact-check]').all())
      factChecks.add((await check.getAttribute('data-fact-check'))!)
    for (const row of await slide.locator('tr[data-dimension]').all())
      tableRows.set((await row.getAttribute('data-dimension'))!, (await row.locator('td').allInnerTexts()).map(normaliseText))
    if (await slide.locator('pre code', { hasText: /#(?:end)?region/ }).count() > 0)
      codeWithRegionMarkers.push(no)
  }
  for (const metric of talkData.metrics)
    expect.soft(figures.get(metric.id), `figure ${metric.id} shown as "${metric.display}"`).toBe(metric.display)
  for (const check of talkData.factChecks)
    expect.soft(factChecks.has(check.id), `fact check ${check.id} on a slide`).toBe(true)
  for (const row of talkData.comparisonRows)
    expect.soft(tableRows.get(row.dimension), `table row ${row.dimension}`).toEqual(languages.map(language => row.ratings[language]))
  expect(codeWithRegionMarkers, 'code snippets shown by region (a missing region shows the whole file)').toEqual([])
})

test('the presenter view shows the slide, the next slide, its notes and the talk\'s timer', async ({ page }) => {
  const slide = deck[2]!
  await page.goto(`presenter/${slide.no}`)
  await expect(page.locator(`[data-slidev-no="${slide.no}"]`).first()).toBeVisible()
  await expect(page.locator(`[data-slidev-no="${slide.no + 1}"]`).first()).toBeAttached()
  await expect(page.locator('.slidev-note')).toContainText(slide.notes.split(/\s+/).slice(0, 8).join(' '))
  await expect(page.getByText(/^\d{2}:\d{2}$/).first()).toHaveText('30:00')
})
