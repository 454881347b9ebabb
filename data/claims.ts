// What stands behind each claim the deck makes, and how a slide says so: the vocabulary of the claims ledger.
import type { FactCheckId } from './fact-checks.ts'
import type { Source } from './sources.ts'

/**
 * - sourced: an outside primary source says it (release notes, docs, CVE records);
 * - measured: this project measures it, in the test or script named;
 * - essay: it rests on the essay's word alone;
 * - opinion: the speaker's judgement, said as such;
 * - corrected: the essay or an earlier version of the deck said it wrong; the correction shows on a slide.
 */
export const claimKinds = [
  'sourced',
  'measured',
  'essay',
  'opinion',
  'corrected',
] as const
export type ClaimKind = typeof claimKinds[number]

/** The evidence each kind needs, so a figure cannot claim a kind without it. */
export type Evidence
  = | { kind: 'sourced', sources: readonly Source[] }
    | { kind: 'measured', how: string, by: string }
    | { kind: 'essay', illustrative?: boolean }
    | { kind: 'opinion' }
    | { kind: 'corrected', factCheck: FactCheckId }

/** How the tally, a figure's caption for readers and its badge on the stage name each kind. */
export const claimKindPhrases: Record<ClaimKind, { tally: string, mark: string, badge: string }> = {
  sourced: { tally: 'to outside sources', mark: 'checked against an outside source', badge: 'checked' },
  measured: { tally: 'measured here', mark: 'measured by this deck\'s tests', badge: 'measured here' },
  essay: { tally: 'on the essay\'s word', mark: 'the essay\'s word, no source of its own', badge: 'essay\'s word' },
  opinion: { tally: 'the speaker\'s opinion', mark: 'the speaker\'s opinion', badge: 'opinion' },
  corrected: { tally: 'corrected', mark: 'corrected: see the fact check', badge: 'corrected' },
}

export function sourced(...sources: Source[]): Evidence {
  return { kind: 'sourced', sources }
}

export function measured(how: string, by: string): Evidence {
  return { kind: 'measured', how, by }
}

export function essayWord(options: { illustrative?: boolean } = {}): Evidence {
  return { kind: 'essay', ...options }
}

export function correctedBy(factCheck: FactCheckId): Evidence {
  return { kind: 'corrected', factCheck }
}

/** One row of the ledger: a claim as the deck states it, where, its kind, the verdict and its sources. */
export interface Claim {
  id: string
  /** The file that states it, relative to the project root. */
  file: string
  /** The claim, as the deck states it (or as it stated it, for a correction). */
  says: string
  kind: ClaimKind
  /** What the audit found, in a line; for a correction, what the deck says instead. */
  verdict: string
  sources: readonly Source[]
  /** The fact check that shows a correction on its slide, where there is one. */
  factCheck?: FactCheckId
}

/** A figure's kind in two words at most, for the room; evidenceMark says it in full. */
export function evidenceBadge(evidence: Evidence): string {
  return evidence.kind === 'essay' && evidence.illustrative
    ? 'essay\'s illustration'
    : claimKindPhrases[evidence.kind].badge
}

/** The words beside a figure that say what stands behind it. */
export function evidenceMark(evidence: Evidence): string {
  return evidence.kind === 'essay' && evidence.illustrative
    ? 'the essay\'s illustration, no measurement'
    : claimKindPhrases[evidence.kind].mark
}
