import type { ChartData, ChartOptions, ChartType, Scale } from 'chart.js'

/**
 * What a chart builder in charts/ returns, and all a chart component needs: chart.js config,
 * the chart's point in words (its aria-label) and the same numbers as a table for screen readers.
 *
 * Colours are theme tokens, not colour values: any string in `data` or `options` that starts with
 * `--` names a CSS custom property, and ChartCanvas.vue resolves it from the slide's theme, light or dark.
 */
export interface ChartSpec<TType extends ChartType = ChartType> {
  /** A stable name, on the drawn chart as data-chart: the reader view redraws it from charts/index.ts. */
  id: string
  type: TType
  data: ChartData<TType>
  options: ChartOptions<TType>
  /** One sentence that states the chart's point, for role="img". */
  ariaLabel: string
  /** The numbers behind the chart as rows of text, header row first. */
  table: string[][]
}

/**
 * Chart text size in slide pixels (the slide is 980 wide): 18.8px on a 1024-wide projector, the smallest
 * text the back row reads. ChartCanvas.vue draws every chart's text at this size; tests/projector.spec.ts
 * measures what each chart really draws.
 */
export const roomFontPx = 18

/** Theme tokens for charts, defined in styles/theme.css for light and dark. */
export const chartColour = {
  go: '--talk-chart-go',
  rust: '--talk-chart-rust',
  zig: '--talk-chart-zig',
  wait: '--talk-chart-wait',
  compute: '--talk-chart-compute',
  highlight: '--talk-chart-highlight',
  text: '--talk-fg',
  muted: '--talk-muted',
  grid: '--talk-rule',
} as const

/** Why a spec cannot be drawn, or null when it can: empty data gets a visible message, not a blank box. */
export function chartDataProblem(spec: ChartSpec): string | null {
  const { datasets } = spec.data
  if (datasets.length === 0)
    return 'This chart has no datasets.'
  const points = datasets.flatMap(dataset => dataset.data as unknown[])
  if (points.length === 0)
    return 'This chart has no data points.'
  const isNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value)
  const isPoint = (value: unknown) => typeof value === 'object' && value !== null && isNumber((value as { y?: unknown }).y)
  if (!points.every(value => isNumber(value) || isPoint(value) || value === null))
    return 'This chart has a value that is not a finite number.'
  return null
}

/**
 * A logarithmic axis that shows exactly these ticks (chart.js would add its own in between), from the
 * first to the last, each labelled by format.
 */
export function fixedLogAxis(ticks: number[], format: (value: number) => string) {
  return {
    type: 'logarithmic' as const,
    min: ticks[0],
    max: ticks.at(-1),
    afterBuildTicks: (axis: Scale) => {
      axis.ticks = ticks.map(value => ({ value }))
    },
    ticks: {
      callback: (value: number | string) => format(Number(value)),
      // Level labels or none: slanted labels at the room's text size are hard to read from the back.
      maxRotation: 0,
    },
  }
}
