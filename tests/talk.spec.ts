import type { Metric } from '../data/metrics.ts'
import type { TalkData } from '../data/validate.ts'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { parseTimeString } from '@slidev/parser/utils'
import { languages } from '../data/comparison.ts'
import { sections } from '../data/sections.ts'
import { checkAgainstEssay, checkSectionBudgets, talkData, validateTalkData } from '../data/validate.ts'
import { loadDeck, readDeckText } from '../scripts/deck-source.ts'
import { gotoSlide, readDeckOutline } from './support/deck.ts'
import { readEssay } from './support/essay.ts'
import { normaliseText } from './support/text.ts'

const deck = await readDeckOutline()
const deckText = readDeckText(process.cwd())

test('the talk\'s data passes its checks: sources, table cells, every figure on a slide', () => {
  expect(validateTalkData(deckText)).toEqual([])
})

test('every quote, figure, heading and table cell in data/ is found in the essay', () => {
  expect(checkAgainstEssay(readEssay())).toEqual([])
})

test('the checks name a figure without a source, a missing table cell and a figure on no slide', () => {
  const unsourced = { ...talkData.metrics[0]!, id: 'figure-nobody-shows', source: undefined } as unknown as Metric
  const [firstRow, ...otherRows] = talkData.comparisonRows
  const broken: TalkData = {
    ...talkData,
    metrics: [...talkData.metrics, unsourced],
    comparisonRows: [
      {
        ...firstRow!,
        ratings: { ...firstRow!.ratings, Rust: '' },
      },
      ...otherRows,
    ],
  }
  const problems = validateTalkData(deckText, broken)
  expect(problems).toEqual([
    expect.stringMatching(/^Figure "figure-nobody-shows" has no source/),
    expect.stringMatching(/^Figure "figure-nobody-shows" \(4\.8x\) is on no slide/),
    `Comparison row "${firstRow!.dimension}" has no Rust cell: copy it from the essay's table.`,
  ])
  expect(checkAgainstEssay(readEssay(), {
    ...talkData,
    comparisonRows: [
      {
        ...firstRow!,
        ratings: { ...firstRow!.ratings, Go: 'Great' },
      },
    ],
  }))
    .toEqual([`Comparison row "${firstRow!.dimension}" does not match a line of the essay's table word for word.`])
})

test('the section budgets fill the talk\'s duration exactly, and the check names budgets that do not', async () => {
  const duration = parseTimeString(String((await loadDeck(process.cwd())).headmatter.duration)).seconds
  expect(checkSectionBudgets(duration)).toEqual([])
  const [first, ...others] = sections
  expect(checkSectionBudgets(duration, [
    { ...first!, budgetMinutes: 0 },
    ...others,
  ])).toEqual([
    `Section "${first!.title}" has a budget of 0 min: give it a positive number of minutes.`,
    expect.stringMatching(new RegExp(`add up to ${duration / 60 - first!.budgetMinutes} min, but the talk's duration .* is ${duration / 60} min`)),
  ])
})

test('every slide\'s notes are enough to give the talk from: 40 to 120 words', () => {
  for (const slide of deck) {
    const words = slide.notes.split(/\s+/).filter(Boolean).length
    expect.soft(words, `slide ${slide.no} (${slide.title}) notes word count`).toBeGreaterThanOrEqual(40)
    expect.soft(words, `slide ${slide.no} (${slide.title}) notes word count`).toBeLessThanOrEqual(120)
  }
})

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
