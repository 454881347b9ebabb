import type { ChartSpec } from './chart-spec.ts'
import { metricById } from '../data/metrics.ts'
import { referenceFactById } from '../data/reference-facts.ts'
import { chartColour, fixedLogAxis } from './chart-spec.ts'

// Sizes are in KB with decimal steps (1 MB = 1000 KB): on a log axis spanning nine powers of ten,
// the 2.4% between 1000 and 1024 is invisible, and 100,000 × 2 KB reads as 200 MB, as a room does the sum.
const unitSteps = [
  { unit: 'TB', kb: 1e9 },
  { unit: 'GB', kb: 1e6 },
  { unit: 'MB', kb: 1e3 },
  { unit: 'KB', kb: 1 },
] as const

/** "2 KB", "800 MB", "800 GB": a size in KB, in the largest unit that keeps it at 1 or above. */
export function formatKilobytes(kb: number): string {
  const step = unitSteps.find(candidate => kb >= candidate.kb) ?? unitSteps.at(-1)!
  return `${Number((kb / step.kb).toPrecision(3)).toLocaleString('en-GB')} ${step.unit}`
}

/** Stack per connection and for the essay's connection count: a goroutine's 2–8 KB against a thread's 8 MB reservation. */
export function concurrencyCostChart(): ChartSpec<'bar'> {
  const goroutineStack = metricById('goroutine-initial-stack')
  const goroutineMin = referenceFactById('goroutine-minimum-stack')
  const threadStack = referenceFactById('linux-thread-stack-reservation')
  const connections = metricById('goroutine-connections').value
  const counts = [1, connections]
  const series = [
    { name: `Goroutine, ${formatKilobytes(goroutineMin.value)} (Go 1.4 on)`, kb: goroutineMin.value, colour: chartColour.wait },
    { name: `Goroutine, ${formatKilobytes(goroutineStack.value)} (essay's upper end)`, kb: goroutineStack.value, colour: chartColour.go },
    { name: `OS thread, ${formatKilobytes(threadStack.value * 1000)} reserved (Linux default)`, kb: threadStack.value * 1000, colour: chartColour.highlight },
  ]
  const countLabel = (count: number) => count === 1
    ? 'One connection'
    : `${count.toLocaleString('en-GB')} connections`
  return {
    id: 'concurrency-cost',
    type: 'bar',
    data: {
      // Two lines per label, so the log axis keeps the width.
      labels: counts.map(count => countLabel(count).split(' ')),
      datasets: series.map(item => ({
        label: item.name,
        data: counts.map(count => count * item.kb),
        backgroundColor: item.colour,
      })),
    },
    options: {
      indexAxis: 'y',
      scales: {
        // Both groups keep their label: chart.js would drop the second where the two lines look crowded.
        y: {
          ticks: { autoSkip: false },
        },
        x: {
          ...fixedLogAxis([1, 1e3, 1e6, 1e9], formatKilobytes),
          title: {
            display: true,
            text: ['Reserved stack (virtual),', 'not resident memory · log scale'],
          },
        },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            label: item => `${item.dataset.label}: ${formatKilobytes(item.parsed.x ?? 0)}`,
          },
        },
      },
    },
    ariaLabel: `Reserved stack (virtual), not resident memory, on a log scale: one connection costs ${goroutineStack.display} as a goroutine against ${formatKilobytes(threadStack.value * 1000)} as a Linux thread; ${countLabel(connections)} cost ${formatKilobytes(connections * goroutineMin.value)} to ${formatKilobytes(connections * goroutineStack.value)} as goroutines against ${formatKilobytes(connections * threadStack.value * 1000)} as threads.`,
    table: [
      [
        'Stack',
        ...counts.map(countLabel),
      ],
      ...series.map(item => [
        item.name,
        ...counts.map(count => formatKilobytes(count * item.kb)),
      ]),
    ],
  }
}
