import type { ComparisonRow, Language } from './comparison.ts'
import { comparisonRows, languages } from './comparison.ts'

/**
 * Our ordinal reading of the essay's comparison table: each cell's words placed on a five-step scale of
 * goodness for that row. It is a reading, not a measurement: the essay gives words, and we rank them.
 */
export type Level = 1 | 2 | 3 | 4 | 5

export const levels: readonly Level[] = [1, 2, 3, 4, 5]

const levelNames: Record<Level, string> = {
  1: 'Poor',
  2: 'Limited',
  3: 'Moderate',
  4: 'Good',
  5: 'Excellent',
}

/** The legend's words for a level: what a tint or a radar ring means. */
export function describeLevel(level: Level): string {
  return levelNames[level]
}

/** How one row of the table reads: its words ranked by goodness, or why the row has no order. */
export type RowReading
  = | {
    ordinal: true
    /** True where the essay's words name a size and smaller is better, so words are ranked by goodness, not size. */
    lowerIsBetter: boolean
    /** Each distinct cell of the row, word for word, to its level. */
    levels: Readonly<Record<string, Level>>
  }
  | {
    ordinal: false
    /** Why the row's words are not ranked. */
    reason: string
  }

/** Keyed by the row's dimension, exactly as in data/comparison.ts. */
export const comparisonReadings: Readonly<Record<string, RowReading>> = {
  'Raw CPU throughput': {
    ordinal: true,
    lowerIsBetter: false,
    levels: { Good: 4, Excellent: 5 },
  },
  'Concurrent I/O throughput': {
    ordinal: true,
    lowerIsBetter: false,
    // "(complex)" qualifies the praise, so it reads one step below a plain "Excellent".
    levels: { 'Excellent': 5, 'Excellent (complex)': 4, 'Immature': 2 },
  },
  'Stdlib completeness': {
    ordinal: true,
    lowerIsBetter: false,
    levels: { 'Excellent': 5, 'Minimal by design': 2, 'Early stage': 2 },
  },
  'Supply chain surface': {
    ordinal: true,
    // A smaller surface is better: "Minimal" is the best reading, "Large" the worst.
    lowerIsBetter: true,
    levels: { 'Minimal': 5, 'Small (ecosystem thin)': 4, 'Large ecosystem dependency': 2 },
  },
  'Memory safety': {
    ordinal: true,
    lowerIsBetter: false,
    levels: { 'Compile-time proven': 5, 'GC-safe': 4, 'Manual + optional safety': 2 },
  },
  'Compile speed': {
    ordinal: true,
    lowerIsBetter: false,
    levels: { Excellent: 5, Good: 4, Poor: 1 },
  },
  'Code readability': {
    ordinal: true,
    lowerIsBetter: false,
    levels: { 'Excellent': 5, 'Expert-dependent': 3, 'Early norms': 2 },
  },
  'Deployment simplicity': {
    ordinal: false,
    reason: 'All three cells say the same words, so there is nothing to rank.',
  },
  'Ecosystem maturity': {
    ordinal: true,
    lowerIsBetter: false,
    levels: { Excellent: 5, Good: 4, Early: 2 },
  },
  'Production track record': {
    ordinal: true,
    lowerIsBetter: false,
    levels: { '15 years, hyperscale': 5, 'Growing': 3, 'Minimal': 1 },
  },
  'Genuine use case': {
    ordinal: false,
    reason: 'Each cell names where the language belongs: different homes, not better or worse.',
  },
}

/** Our level for one cell of the table, or null where the row is not ordinal or the words have no reading. */
export function levelOf(row: ComparisonRow, language: Language): Level | null {
  const reading = comparisonReadings[row.dimension]
  if (!reading?.ordinal)
    return null
  return reading.levels[row.ratings[language]] ?? null
}

/** A row of the table that we read as ordinal, with a level for every language. */
export interface OrdinalRow {
  dimension: string
  lowerIsBetter: boolean
  levels: Record<Language, Level>
}

/** The rows whose words we rank, in the table's order, each with all three levels. */
export function ordinalRows(rows: readonly ComparisonRow[] = comparisonRows): OrdinalRow[] {
  return rows.flatMap((row) => {
    const reading = comparisonReadings[row.dimension]
    if (!reading?.ordinal)
      return []
    const entries = languages.map(language => [
      language,
      levelOf(row, language),
    ] as const)
    if (entries.some(([, level]) => level === null))
      return []
    return [
      {
        dimension: row.dimension,
        lowerIsBetter: reading.lowerIsBetter,
        levels: Object.fromEntries(entries) as Record<Language, Level>,
      },
    ]
  })
}

/**
 * Cells the reading does not cover: a row with no entry, or a cell whose words an ordinal row does not rank.
 * Empty when every cell of the table is either ranked or in a row declared not ordinal.
 */
export function unreadCells(rows: readonly ComparisonRow[] = comparisonRows): string[] {
  return rows.flatMap((row) => {
    const reading = comparisonReadings[row.dimension]
    if (!reading)
      return [`Row "${row.dimension}" has no reading in data/comparison-scale.ts.`]
    if (!reading.ordinal)
      return []
    return languages
      .filter(language => reading.levels[row.ratings[language]] === undefined)
      .map(language => `Row "${row.dimension}": the ${language} words "${row.ratings[language]}" have no level in data/comparison-scale.ts.`)
  })
}
