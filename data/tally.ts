// How many figures rest on each kind of evidence, and the sentence that says so: from the figures' own data
// files alone, so slide 1, which shows the sentence, loads no more of data/ than it needs.
import type { ClaimKind } from './claims.ts'
import type { SupplyChainIncident } from './incidents.ts'
import { claimKindPhrases, claimKinds } from './claims.ts'
import { incidents } from './incidents.ts'
import { metrics } from './metrics.ts'
import { referenceFacts } from './reference-facts.ts'

/** An incident's year and summary are figures too: sourced when the reference is an outside one. */
export function incidentKind(incident: SupplyChainIncident): ClaimKind {
  return incident.source.kind === 'external'
    ? 'sourced'
    : 'essay'
}

/** How many figures rest on each kind of evidence. */
export function figureTally(): Record<ClaimKind, number> {
  const tally = Object.fromEntries(claimKinds.map(kind => [kind, 0])) as Record<ClaimKind, number>
  for (const kind of [
    // A figure with no evidence is not counted: validateTalkData names it.
    ...metrics.flatMap(metric => (metric.evidence as typeof metric.evidence | undefined)?.kind ?? []),
    ...referenceFacts.map(fact => fact.kind),
    ...incidents.map(incidentKind),
  ])
    tally[kind]++
  return tally
}

/** The sentence the title slide, the PDF's subject and the page descriptions say: counts from the figures. */
export function tallySentence(tally: Record<ClaimKind, number> = figureTally()): string {
  const parts = claimKinds
    .filter(kind => tally[kind] > 0)
    .map(kind => `${tally[kind]} ${claimKindPhrases[kind].tally}`)
  return `Every figure traced: ${parts.join(', ')}, each marked.`
}
