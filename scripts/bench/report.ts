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

/** The target column and whether it is met: a ceiling on the ratio, a floor on the deck's own value, or none. */
function judge({ deck, target, atLeast }: Comparison, ratio: number | undefined): { target: string, met: string } {
  const verdict = (passed: boolean | undefined) => passed === undefined
    ? 'n/a'
    : passed
      ? 'yes'
      : 'no'
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

export function toRow(comparison: Comparison): Row {
  const { deck, starter } = comparison
  const ratio = deck !== undefined && starter !== undefined && starter > 0
    ? deck / starter
    : undefined
  return {
    metric: comparison.metric,
    deck: cell(deck, comparison.format, comparison.deckNote),
    starter: cell(starter, comparison.format, comparison.starterNote),
    ratio: ratio === undefined
      ? 'n/a'
      : formatRatio(ratio),
    ...judge(comparison, ratio),
  }
}

/** The headings default to deck against starter; a table comparing two other things names its own. */
export function markdownTable(rows: Row[], headings: Partial<Row> = {}): string {
  const header: Row = {
    metric: 'metric',
    deck: 'deck',
    starter: 'starter',
    ratio: 'ratio (deck/starter)',
    target: 'target',
    met: 'met?',
    ...headings,
  }
  const columns = Object.keys(header) as (keyof Row)[]
  const widths = columns.map(column => Math.max(...[header, ...rows].map(row => row[column].length)))
  const line = (row: Row) => `| ${columns.map((column, i) => row[column].padEnd(widths[i]!)).join(' | ')} |`
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
