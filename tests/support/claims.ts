// Counting the figures' kinds straight from their data files, apart from the ledger's own counting, and
// reading a tally sentence back: shared by the ledger's unit specs and the rendered deck's.
import type { ClaimKind } from '../../data/claims.ts'
import { expect } from '@playwright/test'
import { claimKinds } from '../../data/claims.ts'
import { incidents } from '../../data/incidents.ts'
import { metrics } from '../../data/metrics.ts'
import { referenceFacts } from '../../data/reference-facts.ts'
import { normaliseText } from './text.ts'

/** The figures' kinds counted straight from their data files, apart from the ledger's own counting. */
export function recount(): Record<ClaimKind, number> {
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
export function countsIn(text: string): Record<string, number> {
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

export function expectedCounts(): Record<string, number> {
  const counts = recount()
  return Object.fromEntries(claimKinds.filter(kind => counts[kind] > 0).map(kind => [phrasesOfKinds[kind], counts[kind]]))
}
