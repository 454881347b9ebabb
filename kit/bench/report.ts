// Turning samples into the printed comparison: medians, ratios against targets, a Markdown table.
import type { ExportSample } from './measure.ts'

export function median(values: number[]): number | undefined {
  if (values.length === 0)
    return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? sorted[middle]
    : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024)
    return `${(bytes / 1024 / 1024).toFixed(2)} MiB`
  return `${(bytes / 1024).toFixed(1)} KiB`
}

export const formatMs = (ms: number) => `${Math.round(ms)} ms`
export const formatSeconds = (seconds: number) => `${seconds.toFixed(2)} s`
export const formatCount = (count: number) => String(Math.round(count))

export interface Row {
  metric: string
  deck: string
  starter: string
  ratio: string
  target: string
  met: string
}

export interface Comparison {
  metric: string
  deck: number | undefined
  starter: number | undefined
  format: (value: number) => string
  /** Highest acceptable deck/starter ratio; none for metrics shown for context only. */
  target?: number
  /** Lowest acceptable value for the deck itself (a score), where a ratio is not the point. */
  atLeast?: number
  /** Why a value is missing, or how many runs it lacks, shown next to it. */
  deckNote?: string
  starterNote?: string
}

function cell(value: number | undefined, format: (value: number) => string, note?: string): string {
  const shown = value === undefined
    ? 'failed'
    : format(value)
  return note
    ? `${shown} (${note})`
    : shown
}

function formatRatio(ratio: number): string {
  // Small ratios are the interesting ones here: keep two significant digits.
  return ratio < 0.1
    ? ratio.toPrecision(2)
    : ratio.toFixed(2)
}

function verdict(passed: boolean | undefined): string {
  return passed === undefined
    ? 'n/a'
    : passed
      ? 'yes'
      : 'no'
}

/** The target column and whether it is met: a ceiling on the ratio, a floor on the deck's own value, or none. */
function judge({ deck, target, atLeast }: Comparison, ratio: number | undefined): { target: string, met: string } {
  if (atLeast !== undefined) {
    return {
      target: `deck ≥ ${atLeast}`,
      met: verdict(deck === undefined
        ? undefined
        : deck >= atLeast),
    }
  }
  if (target !== undefined) {
    return {
      target: `≤ ${target}`,
      met: verdict(ratio === undefined
        ? undefined
        : ratio <= target),
    }
  }
  return { target: '–', met: '–' }
}

function ratioOf(value: number | undefined, reference: number | undefined): number | undefined {
  return value !== undefined && reference !== undefined && reference > 0
    ? value / reference
    : undefined
}

function ratioCell(ratio: number | undefined): string {
  return ratio === undefined
    ? 'n/a'
    : formatRatio(ratio)
}

export function toRow(comparison: Comparison): Row {
  const { deck, starter } = comparison
  const ratio = ratioOf(deck, starter)
  return {
    metric: comparison.metric,
    deck: cell(deck, comparison.format, comparison.deckNote),
    starter: cell(starter, comparison.format, comparison.starterNote),
    ratio: ratioCell(ratio),
    ...judge(comparison, ratio),
  }
}

/** Slide 1 of this deck against both references, the Slidev starter and the same talk in Marp. */
export interface ReferenceComparison {
  metric: string
  deck: number | undefined
  starter: number | undefined
  marp: number | undefined
  format: (value: number) => string
  /** Highest acceptable deck/Marp ratio. */
  marpRatioTarget?: number
  /** Highest acceptable value for the deck itself, in the metric's unit. */
  deckAtMost?: number
}

export interface ReferenceRow {
  metric: string
  deck: string
  starter: string
  marp: string
  ratioToStarter: string
  ratioToMarp: string
  target: string
  met: string
}

export function toReferenceRow(comparison: ReferenceComparison): ReferenceRow {
  const { deck, starter, marp, format, marpRatioTarget, deckAtMost } = comparison
  const ratioToMarp = ratioOf(deck, marp)
  const judged = marpRatioTarget !== undefined
    ? {
        target: `deck/Marp ≤ ${marpRatioTarget.toFixed(1)}`,
        met: verdict(ratioToMarp === undefined
          ? undefined
          : ratioToMarp <= marpRatioTarget),
      }
    : deckAtMost !== undefined
      ? {
          target: `deck ≤ ${format(deckAtMost)}`,
          met: verdict(deck === undefined
            ? undefined
            : deck <= deckAtMost),
        }
      : { target: '–', met: '–' }
  return {
    metric: comparison.metric,
    deck: cell(deck, format),
    starter: cell(starter, format),
    marp: cell(marp, format),
    ratioToStarter: ratioCell(ratioOf(deck, starter)),
    ratioToMarp: ratioCell(ratioToMarp),
    ...judged,
  }
}

/** Headings for deck against starter; a table comparing two other things names its own over these. */
export const comparisonHeadings: Row = {
  metric: 'metric',
  deck: 'deck',
  starter: 'starter',
  ratio: 'ratio (deck/starter)',
  target: 'target',
  met: 'met?',
}

export const referenceHeadings: ReferenceRow = {
  metric: 'metric',
  deck: 'deck',
  starter: 'starter',
  marp: 'Marp',
  ratioToStarter: 'deck/starter',
  ratioToMarp: 'deck/Marp',
  target: 'target',
  met: 'met?',
}

/** Columns in the order the header names them. */
export function markdownTable<Column extends string>(rows: Record<Column, string>[], header: Record<Column, string>): string {
  const columns = Object.keys(header) as Column[]
  const widths = columns.map(column => Math.max(...[header, ...rows].map(row => row[column].length)))
  const line = (row: Record<Column, string>) => `| ${columns.map((column, i) => row[column].padEnd(widths[i]!)).join(' | ')} |`
  const rule = `| ${widths.map(width => '-'.repeat(width)).join(' | ')} |`
  return [
    line(header),
    rule,
    ...rows.map(line),
  ].join('\n')
}

/** Median seconds per page over the exports that worked, and a note when some or all failed. */
export function summarizeExports(samples: ExportSample[]): { value: number | undefined, note?: string, reasons: string[] } {
  const worked = samples.filter(sample => sample.ok)
  const reasons = [
    ...new Set(samples.flatMap(sample => sample.ok
      ? []
      : [sample.reason])),
  ]
  const pages = median(worked.map(sample => sample.pages))
  const failed = samples.length - worked.length
  const notes = [
    ...(pages === undefined
      ? []
      : [`${pages} pages`]),
    ...(failed > 0
      ? [`${failed}/${samples.length} runs failed`]
      : []),
  ]
  return {
    value: median(worked.map(sample => sample.secondsPerPage)),
    note: notes.length > 0
      ? notes.join(', ')
      : undefined,
    reasons,
  }
}
