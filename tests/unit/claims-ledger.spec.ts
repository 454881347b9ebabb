// The claims ledger on its own: every figure's kind and evidence, every row's verdict, and the rule that no
// slide claims more sourcing than the ledger counts. No build, no browser.
import type { Metric } from '../../data/metrics.ts'
import type { TalkData } from '../../data/validate.ts'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { claimKinds } from '../../data/claims.ts'
import { factChecks } from '../../data/fact-checks.ts'
import { incidents } from '../../data/incidents.ts'
import { claimsLedger } from '../../data/ledger.ts'
import { metrics } from '../../data/metrics.ts'
import { proseClaims } from '../../data/prose-claims.ts'
import { referenceFacts } from '../../data/reference-facts.ts'
import { talkData, tallyProblems, validateTalkData } from '../../data/validate.ts'
import { readDeckText } from '../../kit/check/deck-source.ts'
import { recount } from '../support/claims.ts'
import { readDeckOutline } from '../support/deck.ts'

const deck = await readDeckOutline()
const deckText = readDeckText(process.cwd())

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
