// The claims ledger: every claim the deck makes, its kind and the audit's verdict. Figures and fact checks
// come from their own data files; the rest, claims made in slide text, notes, code and source titles, are
// listed in data/prose-claims.ts.
import type { Claim, ClaimKind, Evidence } from './claims.ts'
import type { FactCheck } from './fact-checks.ts'
import type { Metric } from './metrics.ts'
import type { Source } from './sources.ts'
import { factChecks } from './fact-checks.ts'
import { incidents } from './incidents.ts'
import { metrics } from './metrics.ts'
import { proseClaims } from './prose-claims.ts'
import { referenceFacts } from './reference-facts.ts'
import { incidentKind } from './tally.ts'

function evidenceSources(metric: Metric): readonly Source[] {
  const evidence: Evidence = metric.evidence
  if (evidence.kind === 'sourced')
    return evidence.sources
  if (evidence.kind === 'corrected')
    return factChecks.find(check => check.id === evidence.factCheck)?.sources ?? []
  return [metric.source]
}

function evidenceVerdict(evidence: Evidence): string {
  switch (evidence.kind) {
    case 'sourced': return 'holds: an outside source says it'
    case 'measured': return `holds: ${evidence.how} (${evidence.by})`
    case 'essay': return evidence.illustrative
      ? 'the essay\'s illustration: marked as such, not a measurement'
      : 'unsourced in the essay: marked as its word'
    case 'opinion': return 'the speaker\'s judgement, said as such'
    case 'corrected': return `corrected on its slide (fact check ${evidence.factCheck})`
  }
}

/** A figure is a number the slides show from data/: the essay's metrics, chart reference values, incident years. */
export function figureClaims(): Claim[] {
  return [
    // A figure with no evidence has no row: validateTalkData names it.
    ...metrics.filter(metric => (metric.evidence as Metric['evidence'] | undefined) !== undefined).map((metric): Claim => ({
      id: `figure:${metric.id}`,
      file: 'data/metrics.ts',
      says: `${metric.display} ${metric.measures}`,
      kind: metric.evidence.kind,
      verdict: evidenceVerdict(metric.evidence),
      sources: evidenceSources(metric),
      ...(metric.evidence.kind === 'corrected'
        ? { factCheck: metric.evidence.factCheck }
        : {}),
    })),
    ...referenceFacts.map((fact): Claim => ({
      id: `figure:${fact.id}`,
      file: 'data/reference-facts.ts',
      says: `${fact.value} ${fact.unit}: ${fact.label}`,
      kind: fact.kind,
      verdict: fact.kind === 'sourced'
        ? 'holds: an outside source says it'
        : 'the essay\'s illustration, marked on the chart',
      sources: [fact.source],
    })),
    ...incidents.map((incident): Claim => ({
      id: `figure:incident-${incident.name}`,
      file: 'data/incidents.ts',
      says: `${incident.name}, ${incident.year}: ${incident.whatHappened}`,
      kind: incidentKind(incident),
      verdict: 'holds: the year and summary are from the reference',
      sources: [incident.source],
    })),
  ]
}

/** A fact check corrects the essay, except where it only says the essay gives no source. */
function factCheckKind(check: FactCheck): ClaimKind {
  return check.verdict === 'unsourced'
    ? 'essay'
    : 'corrected'
}

export function factCheckClaims(): Claim[] {
  return factChecks.map(check => ({
    id: `fact-check:${check.id}`,
    file: 'data/fact-checks.ts',
    says: check.essayClaim,
    kind: factCheckKind(check),
    verdict: `${check.verdict}: ${check.correction}`,
    sources: check.sources,
    factCheck: check.id,
  }))
}

/** Every row of the ledger. */
export function claimsLedger(): Claim[] {
  return [
    ...figureClaims(),
    ...factCheckClaims(),
    ...proseClaims,
  ]
}

/** One entry of "What we corrected": what was said, and what the deck says instead, at room size. */
export interface Correction {
  id: string
  said: string
  /** Whose claim it was: the essay's, or an earlier version of this deck's. */
  saidBy: 'essay' | 'deck'
  /** The correction at room size. */
  short: string
  sources: readonly Source[]
}

/** Every correction, once: the fact checks against the essay, then the deck's corrections of itself. */
export function corrections(): Correction[] {
  const fromChecks = factChecks
    .filter(check => factCheckKind(check) === 'corrected')
    .map(check => ({
      id: check.id,
      said: check.essayClaim,
      saidBy: 'essay' as const,
      short: check.short,
      sources: check.sources,
    }))
  const ownCorrections = proseClaims
    .filter(claim => claim.kind === 'corrected' && !claim.factCheck)
    .map(claim => ({
      id: claim.id,
      said: claim.says,
      saidBy: 'deck' as const,
      short: claim.verdict,
      sources: claim.sources,
    }))
  return [
    ...fromChecks,
    ...ownCorrections,
  ]
}

/** How many corrections one slide holds at a size a reader in the room can still make out. */
export const correctionsPerPage = 8

/** "What we corrected" split into slides, in order. */
export function correctionPages(list: readonly Correction[] = corrections()): Correction[][] {
  return Array.from({
    length: Math.ceil(list.length / correctionsPerPage),
  }, (_, page) =>
    list.slice(page * correctionsPerPage, (page + 1) * correctionsPerPage))
}
