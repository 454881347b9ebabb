// The claims ledger against what the deck says of its own sourcing: the title slide's tally, the PDF's subject,
// the "What we corrected" slide and every figure's kind.
import type { ClaimKind } from '../data/claims.ts'
import type { Metric } from '../data/metrics.ts'
import type { TalkData } from '../data/validate.ts'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { claimKinds } from '../data/claims.ts'
import { factChecks } from '../data/fact-checks.ts'
import { incidents } from '../data/incidents.ts'
import { claimsLedger, corrections, tallySentence } from '../data/ledger.ts'
import { metrics } from '../data/metrics.ts'
import { proseClaims } from '../data/prose-claims.ts'
import { referenceFacts } from '../data/reference-facts.ts'
import { talkData, tallyProblems, validateTalkData } from '../data/validate.ts'
import { loadDeck, readDeckText } from '../scripts/deck-source.ts'
import { gotoSlide, readDeckOutline } from './support/deck.ts'
import { pdfInfo } from './support/pdf.ts'
import { normaliseText } from './support/text.ts'

const deck = await readDeckOutline()
const deckText = readDeckText(process.cwd())
const { headmatter } = await loadDeck(process.cwd())

/** The figures' kinds counted straight from their data files, apart from the ledger's own counting. */
function recount(): Record<ClaimKind, number> {
  const counts = Object.fromEntries(claimKinds.map(kind => [kind, 0])) as Record<ClaimKind, number>
  for (const metric of metrics)
    counts[metric.evidence.kind]++
  for (const fact of referenceFacts)
    counts[fact.kind]++
  for (const incident of incidents) {
    counts[incident.source.kind === 'external'
      ? 'sourced'
      : 'essay']++
  }
  return counts
}

/** The counts a tally sentence states, read back out of its words. */
function countsIn(text: string): Record<string, number> {
  const tally = /Every figure traced: ([^.]+)\./.exec(normaliseText(text))?.[1]
  expect(tally, `a tally in "${text}"`).toBeTruthy()
  return Object.fromEntries(tally!.replace(/, each marked$/, '').split(', ').map((part) => {
    const [, count, phrase] = /^(\d+) (.+)$/.exec(part)!
    return [
      phrase!,
      Number(count),
    ]
  }))
}

const phrasesOfKinds: Record<ClaimKind, string> = {
  sourced: 'to outside sources',
  measured: 'measured here',
  essay: 'on the essay\'s word',
  opinion: 'the speaker\'s opinion',
  corrected: 'corrected',
}

function expectedCounts(): Record<string, number> {
  const counts = recount()
  return Object.fromEntries(claimKinds.filter(kind => counts[kind] > 0).map(kind => [phrasesOfKinds[kind], counts[kind]]))
}

test('every figure has a kind, and the check names one without', () => {
  expect(validateTalkData(deckText)).toEqual([])
  const kindless = { ...metrics[0]!, evidence: undefined } as unknown as Metric
  const broken: TalkData = {
    ...talkData,
    metrics: [
      kindless,
      ...talkData.metrics.slice(1),
    ],
  }
  expect(validateTalkData(deckText, broken)).toContainEqual(expect.stringMatching(new RegExp(`^Figure "${metrics[0]!.id}" has no kind`)))
})

test('a figure marked measured names a test or script that exists; one marked sourced names an outside source', () => {
  for (const metric of metrics) {
    if (metric.evidence.kind === 'measured')
      expect(existsSync(join(process.cwd(), metric.evidence.by)), `${metric.id} measured by ${metric.evidence.by}`).toBe(true)
    if (metric.evidence.kind === 'sourced')
      expect(metric.evidence.sources.some(source => source.kind === 'external'), metric.id).toBe(true)
  }
})

test('every row of the ledger has a kind, a verdict and, where sourced or corrected, an outside source', () => {
  const ledger = claimsLedger()
  expect(ledger.length).toBeGreaterThanOrEqual(metrics.length + referenceFacts.length + incidents.length + factChecks.length + proseClaims.length)
  for (const claim of ledger) {
    expect(claimKinds, claim.id).toContain(claim.kind)
    expect(claim.verdict.trim(), claim.id).not.toBe('')
    if (claim.kind === 'sourced' || claim.kind === 'corrected')
      expect(claim.sources.some(source => source.kind === 'external'), `${claim.id} names an outside source`).toBe(true)
  }
})

test('the headmatter, PDF subject and page description state the tally the figures give', () => {
  expect(countsIn(String(headmatter.info))).toEqual(expectedCounts())
  expect(countsIn(String((headmatter.seoMeta as { ogDescription: string }).ogDescription))).toEqual(expectedCounts())
  expect(countsIn(pdfInfo(join('dist', `${String(headmatter.exportFilename)}.pdf`)).Subject!)).toEqual(expectedCounts())
})

test('no slide or note says every figure is sourced unless every figure is', () => {
  const everySourced = claimKinds.every(kind => kind === 'sourced' || recount()[kind] === 0)
  expect(tallyProblems([
    { where: 'a line', text: 'A talk with every figure sourced.' },
  ])).toHaveLength(everySourced ? 0 : 1)
  expect(tallyProblems([
    { where: 'a line', text: 'Every figure traced: 1 measured here, each marked.' },
  ])).toHaveLength(1)
  for (const slide of deck) {
    expect(tallyProblems([
      { where: `slide ${slide.no}`, text: `${slide.content}\n${slide.notes}` },
    ]), `slide ${slide.no}`).toEqual([])
  }
})

test('the title slide shows the tally, and "What we corrected" lists every correction with its source', async ({ page }) => {
  const title = await gotoSlide(page, 1)
  expect(countsIn(await title.locator('[data-claims-tally]').textContent() ?? '')).toEqual(expectedCounts())
  expect(tallySentence()).toBe(normaliseText(await title.locator('[data-claims-tally]').textContent() ?? ''))

  const correctionSlides = deck.filter(slide => slide.content.includes('<CorrectionsList'))
  expect(correctionSlides.length, 'slides show <CorrectionsList :page="N" />').toBeGreaterThan(0)
  const shown: (string | null)[] = []
  for (const { no } of correctionSlides) {
    const slide = await gotoSlide(page, no)
    shown.push(...await slide.locator('[data-correction]').evaluateAll(items => items.map(item => item.getAttribute('data-correction'))))
    for (const item of await slide.locator('[data-correction]').all())
      await expect(item.locator('a[href^="https://"]')).toHaveCount(1)
  }
  const checksThatCorrect = factChecks.filter(check => check.verdict !== 'unsourced').map(check => check.id)
  const ownCorrections = proseClaims.filter(claim => claim.kind === 'corrected' && !claim.factCheck).map(claim => claim.id)
  expect(shown).toEqual([
    ...checksThatCorrect,
    ...ownCorrections,
  ])
  expect(corrections().map(correction => correction.id)).toEqual(shown)
})
