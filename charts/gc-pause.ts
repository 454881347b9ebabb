import type { ChartSpec } from './chart-spec.ts'
import { metricById } from '../data/metrics.ts'
import { referenceFactById } from '../data/reference-facts.ts'
import { chartColour, fixedLogAxis } from './chart-spec.ts'

/** "10 µs", "100 µs", "1 ms", "16.7 ms": a duration in microseconds, as a slide says it. */
export function formatMicroseconds(us: number): string {
  if (us >= 1000)
    return `${Number((us / 1000).toFixed(1)).toLocaleString('en-GB')} ms`
  return `${Number(us.toPrecision(3)).toLocaleString('en-GB')} µs`
}

interface Bar {
  /** The category label, one string per line. */
  label: string[]
  /** Its row in the table. */
  name: string
  us: number
  /** As the table says it, where that differs from the number: "under 1 ms". */
  display: string
  kind: 'pause' | 'budget'
}

/** Go's GC pauses against the latency budgets the essay names, in microseconds on a log axis. */
export function gcPauseChart(): ChartSpec<'bar'> {
  const trading = referenceFactById('trading-latency-budget')
  const typicalPause = referenceFactById('go-gc-typical-pause-since-1-8')
  const pauseTarget = metricById('gc-pause-target')
  const frameRate = metricById('game-frame-rate')
  const frameUs = 1_000_000 / frameRate.value
  const bars: Bar[] = [
    {
      label: ['Trading budget', '(illustrative)'],
      name: 'A microsecond-class trading budget (illustrative)',
      us: trading.value,
      display: formatMicroseconds(trading.value),
      kind: 'budget',
    },
    {
      label: ['Go GC pause since', '1.8 (usually under)'],
      name: 'Go GC pause since Go 1.8, usually under',
      us: typicalPause.value,
      display: formatMicroseconds(typicalPause.value),
      kind: 'pause',
    },
    {
      label: ['Go GC pause', 'target (upper end)'],
      name: `Go GC pause target (${pauseTarget.display})`,
      us: pauseTarget.value * 1000,
      display: `under ${formatMicroseconds(pauseTarget.value * 1000)}`,
      kind: 'pause',
    },
    {
      label: [`One frame at ${frameRate.display}`],
      name: `One frame at ${frameRate.display}`,
      us: frameUs,
      display: formatMicroseconds(frameUs),
      kind: 'budget',
    },
  ]
  // Two datasets drawn on the same rows (not grouped), so the legend can tell pauses from budgets.
  const dataset = (kind: Bar['kind'], label: string, colour: string) => ({
    label,
    data: bars.map(bar => bar.kind === kind
      ? bar.us
      : null),
    backgroundColor: colour,
    grouped: false,
  })
  return {
    id: 'gc-pause',
    type: 'bar',
    data: {
      labels: bars.map(bar => bar.label),
      datasets: [
        dataset('pause', 'Go GC pause', chartColour.go),
        dataset('budget', 'Latency budget', chartColour.highlight),
      ],
    },
    options: {
      indexAxis: 'y',
      scales: {
        x: {
          ...fixedLogAxis([1, 10, 100, 1000, 10_000, 100_000], formatMicroseconds),
          title: { display: true, text: 'Time, log scale' },
        },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            label: item => `${bars[item.dataIndex]!.name}: ${bars[item.dataIndex]!.display}`,
          },
        },
      },
    },
    ariaLabel: `On a log scale, Go's GC pauses (usually under ${typicalPause.value} µs since Go 1.8, ${pauseTarget.display} by target) fit many times inside a ${formatMicroseconds(frameUs)} frame at ${frameRate.display}, but not reliably inside a ${formatMicroseconds(trading.value)} trading budget (illustrative).`,
    table: [
      ['What', 'Time'],
      ...bars.map(bar => [bar.name, bar.display]),
    ],
  }
}
