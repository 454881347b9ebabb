// The chart builders' data, checked without a browser: every number comes from data/, every chart can be drawn.
import type { ChartSpec } from '../../charts/chart-spec.ts'
import { expect, test } from '@playwright/test'
import { amdahlCurveChart, amdahlExplorerChart } from '../../charts/amdahl.ts'
import { compileTimeChart, compileTimeRatio, patchToProductionChart } from '../../charts/build-and-patch.ts'
import { chartDataProblem } from '../../charts/chart-spec.ts'
import { concurrencyCostChart, formatKilobytes } from '../../charts/concurrency-cost.ts'
import { formatMicroseconds, gcPauseChart } from '../../charts/gc-pause.ts'
import { chartById, chartIds } from '../../charts/index.ts'
import { endToEndSpeedup, formatSpeedup } from '../../data/amdahl.ts'
import { metricById } from '../../data/metrics.ts'
import { referenceFactById } from '../../data/reference-facts.ts'

const runtimeSpeedup = metricById('zig-requests-per-vcpu').value
const typicalShare = metricById('typical-compute-share').value / 100
const proxyShare = metricById('llm-proxy-compute-share').value / 100

/** What every builder must give: a drawable chart, a point in words, and a table with a header. */
function expectWellFormed(spec: ChartSpec) {
  expect(chartDataProblem(spec)).toBeNull()
  expect(spec.ariaLabel.trim()).not.toBe('')
  expect(spec.table.length).toBeGreaterThan(1)
  for (const row of spec.table)
    expect(row).toHaveLength(spec.table[0]!.length)
}

const values = (spec: ChartSpec, datasetIndex: number) => spec.data.datasets[datasetIndex]!.data

test.describe('Amdahl\'s law', () => {
  test('a typical service gets 1.04x from a 4.8x faster runtime, an LLM proxy 1.02x', () => {
    expect(endToEndSpeedup(typicalShare, runtimeSpeedup)).toBeCloseTo(1 / (0.95 + 0.05 / 4.8), 10)
    expect(endToEndSpeedup(0.05, 4.8)).toBeCloseTo(1.0412, 4)
    expect(formatSpeedup(endToEndSpeedup(typicalShare, runtimeSpeedup))).toBe('1.04x')
    expect(formatSpeedup(endToEndSpeedup(proxyShare, runtimeSpeedup))).toBe('1.02x')
  })

  test('no compute gains nothing; all compute gains the whole runtime speedup', () => {
    expect(endToEndSpeedup(0, runtimeSpeedup)).toBe(1)
    expect(endToEndSpeedup(1, runtimeSpeedup)).toBeCloseTo(runtimeSpeedup, 12)
  })

  test('invalid inputs throw a RangeError', () => {
    for (const [share, speedup] of [
      [-0.1, 2],
      [1.1, 2],
      [Number.NaN, 2],
      [0.5, 0],
      [0.5, -1],
      [0.5, Number.NaN],
    ] as const)
      expect(() => endToEndSpeedup(share, speedup), `share ${share}, speedup ${speedup}`).toThrow(RangeError)
  })
})

test.describe('chart builders', () => {
  test('every chart id names the builder whose spec carries it', () => {
    for (const id of chartIds())
      expect(chartById(id).id).toBe(id)
    expect(() => chartById('no-such-chart')).toThrow(/no-such-chart.*the charts are/)
  })

  test('the Amdahl curve: every 1% of compute share, for the benchmark\'s speedup, with both services marked', () => {
    const spec = amdahlCurveChart()
    expectWellFormed(spec)
    expect(spec.options.scales?.x?.type).toBe('linear')
    expect(spec.options.scales?.y?.type).toBe('linear')
    const [typical, proxy, curve] = spec.data.datasets
    const { min, max } = spec.options.scales!.x as { min: number, max: number }
    const points = curve!.data as { x: number, y: number }[]
    // One point per whole percent across the axis, each Amdahl's law worked out here, not by the builder.
    expect(points.map(point => point.x)).toEqual(Array.from({ length: max - min + 1 }, (_, step) => min + step))
    for (const { x, y } of points)
      expect(y, `${x}% compute`).toBeCloseTo(1 / ((100 - x) / 100 + x / 100 / runtimeSpeedup), 12)
    expect(points[0]).toEqual({ x: 0, y: 1 })
    expect(points.at(-1)!.y).toBeCloseTo(runtimeSpeedup, 12)
    expect(curve!.label).toContain(metricById('zig-requests-per-vcpu').display)
    expect(typical!.data).toEqual([
      {
        x: metricById('typical-compute-share').value,
        y: endToEndSpeedup(typicalShare, runtimeSpeedup),
      },
    ])
    expect(proxy!.data).toEqual([
      {
        x: metricById('llm-proxy-compute-share').value,
        y: endToEndSpeedup(proxyShare, runtimeSpeedup),
      },
    ])
    for (const text of [
      '4.8x',
      '1.04x',
      '1.02x',
      metricById('typical-compute-share').display,
      metricById('llm-proxy-compute-share').display,
    ])
      expect(spec.ariaLabel).toContain(text)
    // A header, the two services, then the curve every 10%.
    expect(spec.table).toHaveLength(1 + 2 + 11)
    expect(spec.table[1]).toEqual([
      expect.stringContaining('5%'),
      '1.04x',
    ])
    expect(spec.table[2]).toEqual([
      expect.stringContaining('2%'),
      '1.02x',
    ])
  })

  test('the explorer\'s chart follows its inputs', () => {
    const spec = amdahlExplorerChart(0.5, 2)
    expectWellFormed(spec)
    // Half the time computing, twice as fast: 1 / (0.5 + 0.5 / 2) = 4/3.
    expect(values(spec, 0)).toEqual([
      {
        x: 50,
        y: 4 / 3,
      },
    ])
    const curve = values(spec, 1) as { x: number, y: number }[]
    expect(curve.find(point => point.x === 50)!.y).toBeCloseTo(4 / 3, 12)
    expect(curve.at(-1)!.y).toBeCloseTo(2, 12)
    expect(spec.ariaLabel).toContain(formatSpeedup(endToEndSpeedup(0.5, 2)))
    expect(spec.ariaLabel).toContain('50%')
    expect(spec.options.animation).toBe(false)
    expect(amdahlExplorerChart(typicalShare, runtimeSpeedup).ariaLabel).toContain('1.04x')
    expect(() => amdahlExplorerChart(2, 2)).toThrow(RangeError)
  })

  test('concurrency cost: goroutine stacks against a thread\'s reservation, on a log axis', () => {
    const spec = concurrencyCostChart()
    expectWellFormed(spec)
    expect(spec.options.indexAxis).toBe('y')
    expect(spec.options.scales?.x?.type).toBe('logarithmic')
    const connections = metricById('goroutine-connections').value
    const goroutineMin = referenceFactById('goroutine-minimum-stack').value
    const goroutineMax = metricById('goroutine-initial-stack').value
    const threadKb = referenceFactById('linux-thread-stack-reservation').value * 1000
    expect(spec.data.labels).toEqual([
      ['One', 'connection'],
      [
        connections.toLocaleString('en-GB'),
        'connections',
      ],
    ])
    expect(values(spec, 0)).toEqual([goroutineMin, goroutineMin * connections])
    expect(values(spec, 1)).toEqual([goroutineMax, goroutineMax * connections])
    expect(values(spec, 2)).toEqual([threadKb, threadKb * connections])
    const axisTitle = spec.options.scales?.x?.title
    const axisText = [
      axisTitle && 'text' in axisTitle
        ? axisTitle.text
        : '',
    ].flat().join(' ')
    expect(axisText).toContain('Reserved stack (virtual), not resident memory')
    expect(axisText).toContain('log scale')
    for (const text of [
      '2–8 KB',
      '8 MB',
      '200 MB',
      '800 MB',
      '800 GB',
      'not resident',
    ])
      expect(spec.ariaLabel).toContain(text)
    expect(spec.table).toHaveLength(1 + 3)
    expect(spec.table[3]).toEqual([
      expect.stringContaining('8 MB'),
      '8 MB',
      '800 GB',
    ])
    expect(formatKilobytes(2)).toBe('2 KB')
    expect(formatKilobytes(1e9)).toBe('1 TB')
  })

  test('GC pauses against latency budgets, in microseconds on a log axis', () => {
    const spec = gcPauseChart()
    expectWellFormed(spec)
    expect(spec.options.scales?.x?.type).toBe('logarithmic')
    const frameUs = 1_000_000 / metricById('game-frame-rate').value
    const [pauses, budgets] = spec.data.datasets
    expect(pauses!.data).toEqual([
      null,
      referenceFactById('go-gc-typical-pause-since-1-8').value,
      metricById('gc-pause-target').value * 1000,
      null,
    ])
    expect(budgets!.data).toEqual([
      referenceFactById('trading-latency-budget').value,
      null,
      null,
      frameUs,
    ])
    expect(formatMicroseconds(frameUs)).toBe('16.7 ms')
    for (const text of [
      '100 µs',
      'sub-millisecond',
      '16.7 ms',
      '60 fps',
      '10 µs',
      'illustrative',
    ])
      expect(spec.ariaLabel).toContain(text)
    expect(spec.table).toHaveLength(1 + 4)
    expect(spec.table.slice(1).map(row => row[1])).toEqual([
      '10 µs',
      '100 µs',
      'under 1 ms',
      '16.7 ms',
    ])
  })

  test('compile time on a log axis, with the ratio in words', () => {
    const spec = compileTimeChart()
    expectWellFormed(spec)
    expect(spec.options.scales?.x?.type).toBe('logarithmic')
    expect(values(spec, 0)).toEqual([metricById('go-compile-large-service').value, metricById('rust-compile-equivalent-service').value])
    expect(compileTimeRatio()).toBe(600)
    for (const text of ['600x', '~2 s', '~20 min'])
      expect(spec.ariaLabel).toContain(text)
    expect(spec.table).toHaveLength(1 + 2)
  })

  test('patch to production in minutes, on a linear axis', () => {
    const spec = patchToProductionChart()
    expectWellFormed(spec)
    expect(spec.options.scales?.x?.type).toBe('linear')
    expect(values(spec, 0)).toEqual([metricById('patch-to-production-go').value, metricById('patch-to-production-rust').value])
    for (const text of ['three minutes', 'twenty minutes'])
      expect(spec.ariaLabel).toContain(text)
    expect(spec.table).toHaveLength(1 + 2)
  })

  test('chartDataProblem names an empty dataset and a value that is not a number', () => {
    const spec = patchToProductionChart()
    expect(chartDataProblem({
      ...spec,
      data: { ...spec.data, datasets: [] },
    })).toMatch(/no datasets/)
    expect(chartDataProblem({
      ...spec,
      data: {
        ...spec.data,
        datasets: [
          { ...spec.data.datasets[0]!, data: [] },
        ],
      },
    })).toMatch(/no data points/)
    expect(chartDataProblem({
      ...spec,
      data: {
        ...spec.data,
        datasets: [
          {
            ...spec.data.datasets[0]!,
            data: [3, Number.NaN],
          },
        ],
      },
    })).toMatch(/not a finite number/)
  })
})
