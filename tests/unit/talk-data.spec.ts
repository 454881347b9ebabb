// The talk's data against its own checks and the essay, and the notes against their word budget: no build, no browser.
import type { Metric } from '../../data/metrics.ts'
import type { TalkData } from '../../data/validate.ts'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { parseTimeString } from '@slidev/parser/utils'
import { sections } from '../../data/sections.ts'
import { checkAgainstEssay, talkData, validateTalkData } from '../../data/validate.ts'
import { loadDeck, readDeckText } from '../../kit/check/deck-source.ts'
import { sectionBudgetProblems } from '../../kit/speaker/pacing.ts'
import { readDeckOutline } from '../support/deck.ts'
import { readEssay } from '../support/essay.ts'

const deck = await readDeckOutline()
const deckText = readDeckText(process.cwd())

test('the talk\'s data passes its checks: sources, table cells, every figure on a slide', () => {
  expect(validateTalkData(deckText)).toEqual([])
})

test('every quote, figure, heading and table cell in data/ is found in the essay', () => {
  expect(checkAgainstEssay(readEssay())).toEqual([])
})

test('the checks name a figure without a source, a missing table cell, a figure on no slide and a long verdict', () => {
  const unsourced = { ...talkData.metrics[0]!, id: 'figure-nobody-shows', source: undefined } as unknown as Metric
  const [firstRow, ...otherRows] = talkData.comparisonRows
  const [firstCheck, ...otherChecks] = talkData.factChecks
  const longVerdict = 'one two three four five six seven eight nine ten eleven twelve thirteen'
  const broken: TalkData = {
    ...talkData,
    metrics: [...talkData.metrics, unsourced],
    factChecks: [
      { ...firstCheck!, short: longVerdict },
      ...otherChecks,
    ],
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
    expect.stringMatching(new RegExp(`^Fact check "${firstCheck!.id}" has a short verdict of 13 words`)),
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
  expect(sectionBudgetProblems(duration, sections, 'data/sections.ts')).toEqual([])
  const [first, ...others] = sections
  expect(sectionBudgetProblems(duration, [
    { ...first!, budgetMinutes: 0 },
    ...others,
  ], 'data/sections.ts')).toEqual([
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
