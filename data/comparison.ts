import type { Source } from './sources.ts'
import { essay } from './sources.ts'

export const languages = ['Go', 'Rust', 'Zig'] as const
export type Language = typeof languages[number]

/** One row of the essay's comparison table: the essay's words, cell for cell. */
export interface ComparisonRow {
  dimension: string
  ratings: Record<Language, string>
}

export const comparisonSource: Source = essay('An Honest Comparison', 'The table below attempts the kind of honest comparison that LinkedIn posts rarely provide.')

function row(dimension: string, go: string, rust: string, zig: string): ComparisonRow {
  return {
    dimension,
    ratings: { Go: go, Rust: rust, Zig: zig },
  }
}

export const comparisonRows: readonly ComparisonRow[] = [
  row('Raw CPU throughput', 'Good', 'Excellent', 'Excellent'),
  row('Concurrent I/O throughput', 'Excellent', 'Excellent (complex)', 'Immature'),
  row('Stdlib completeness', 'Excellent', 'Minimal by design', 'Early stage'),
  row('Supply chain surface', 'Minimal', 'Large ecosystem dependency', 'Small (ecosystem thin)'),
  row('Memory safety', 'GC-safe', 'Compile-time proven', 'Manual + optional safety'),
  row('Compile speed', 'Excellent', 'Poor', 'Good'),
  row('Code readability', 'Excellent', 'Expert-dependent', 'Early norms'),
  row('Deployment simplicity', 'Single binary', 'Single binary', 'Single binary'),
  row('Ecosystem maturity', 'Excellent', 'Good', 'Early'),
  row('Production track record', '15 years, hyperscale', 'Growing', 'Minimal'),
  row('Genuine use case', 'Networked services, infrastructure, CLIs', 'Systems, crypto, OS-level, embedded', 'Embedded, systems, experiments'),
]

/** The table in two halves, one slide each, so its words are large enough for the back row. */
export const comparisonParts = [
  comparisonRows.slice(0, Math.ceil(comparisonRows.length / 2)),
  comparisonRows.slice(Math.ceil(comparisonRows.length / 2)),
] as const

export type ComparisonPart = 1 | 2
