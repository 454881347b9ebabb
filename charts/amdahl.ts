import type { ChartDataset, ChartOptions } from 'chart.js'
import type { ChartSpec } from './chart-spec.ts'
import { endToEndSpeedup, formatSpeedup } from '../data/amdahl.ts'
import { metricById } from '../data/metrics.ts'
import { chartColour } from './chart-spec.ts'

/** One marked point on the curve: a service (or the explorer's choice) at its compute share. */
export interface AmdahlMark {
  label: string
  /** Fraction of request time spent computing, 0 to 1. */
  computeShare: number
  colour: string
  pointStyle: 'circle' | 'rectRot' | 'triangle'
}

/** The curve is drawn with a point every 1% of compute share, from 0% to 100%. */
const curveSteps = 100

const percent = (share: number) => `${Math.round(share * 100)}%`
/** A runtime speedup as the talk says it: "4.8x", one decimal. */
export const formatRuntimeSpeedup = (speedup: number) => `${Number(speedup.toFixed(1))}x`

/** The end-to-end speedup for every whole percent of compute share, at one runtime speedup. */
export function amdahlCurve(runtimeSpeedup: number): { x: number, y: number }[] {
  return Array.from({ length: curveSteps + 1 }, (_, step) => ({
    x: step,
    y: endToEndSpeedup(step / curveSteps, runtimeSpeedup),
  }))
}

function amdahlSpec(id: string, runtimeSpeedup: number, marks: AmdahlMark[], ariaLabel: string, animate: boolean): ChartSpec<'scatter'> {
  const runtime = formatRuntimeSpeedup(runtimeSpeedup)
  const markDatasets: ChartDataset<'scatter'>[] = marks.map(mark => ({
    label: `${mark.label}: ${percent(mark.computeShare)} compute → ${formatSpeedup(endToEndSpeedup(mark.computeShare, runtimeSpeedup))}`,
    data: [
      {
        x: mark.computeShare * 100,
        y: endToEndSpeedup(mark.computeShare, runtimeSpeedup),
      },
    ],
    backgroundColor: mark.colour,
    borderColor: chartColour.text,
    borderWidth: 1.5,
    pointStyle: mark.pointStyle,
    pointRadius: 8,
    pointHoverRadius: 9,
    // A mark near 1x sits on the axis: draw it whole, not cut by the chart area.
    clip: false,
  }))
  const options: ChartOptions<'scatter'> = {
    animation: animate ? undefined : false,
    scales: {
      x: {
        type: 'linear',
        min: 0,
        max: 100,
        ticks: {
          stepSize: 20,
          maxRotation: 0,
          callback: value => `${value}%`,
        },
        title: { display: true, text: 'Compute share of request time' },
      },
      y: {
        type: 'linear',
        min: 1,
        ticks: {
          callback: value => `${value}x`,
        },
        title: { display: true, text: 'Latency speedup' },
      },
    },
    plugins: {
      legend: {
        position: 'bottom',
        labels: { usePointStyle: true },
      },
      tooltip: {
        callbacks: {
          label: item => `${item.parsed.x}% compute → ${formatSpeedup(item.parsed.y ?? 1)} lower latency end to end`,
        },
      },
    },
  }
  return {
    id,
    type: 'scatter',
    data: {
      datasets: [
        // Marks first, so they are drawn on top of the curve.
        ...markDatasets,
        {
          label: `Runtime ${runtime} faster`,
          data: amdahlCurve(runtimeSpeedup),
          showLine: true,
          borderColor: chartColour.go,
          backgroundColor: chartColour.go,
          borderWidth: 3,
          pointRadius: 0,
          pointStyle: 'line',
          pointHitRadius: 4,
        },
      ],
    },
    options,
    ariaLabel,
    table: [
      ['Compute share', `End-to-end latency speedup, runtime ${runtime} faster`],
      ...marks.map(mark => [
        `${percent(mark.computeShare)} (${mark.label.toLowerCase()})`,
        formatSpeedup(endToEndSpeedup(mark.computeShare, runtimeSpeedup)),
      ]),
      // The curve every 10%: enough to read its shape without a hundred rows.
      ...amdahlCurve(runtimeSpeedup).filter(point => point.x % 10 === 0).map(point => [
        `${point.x}%`,
        formatSpeedup(point.y),
      ]),
    ],
  }
}

/** Amdahl's law for the benchmark's 4.8x, as latency: the whole curve, with the essay's two example services marked. */
export function amdahlCurveChart(): ChartSpec<'scatter'> {
  const runtimeSpeedup = metricById('zig-requests-per-vcpu').value
  const services: AmdahlMark[] = [
    {
      label: 'Example service',
      computeShare: metricById('typical-compute-share').value / 100,
      colour: chartColour.highlight,
      pointStyle: 'circle',
    },
    {
      label: 'LLM proxy',
      computeShare: metricById('llm-proxy-compute-share').value / 100,
      colour: chartColour.zig,
      pointStyle: 'rectRot',
    },
  ]
  const results = services.map(service => `${service.label.toLowerCase()} (${percent(service.computeShare)} compute) ${formatSpeedup(endToEndSpeedup(service.computeShare, runtimeSpeedup))}`)
  return amdahlSpec(
    'amdahl-curve',
    runtimeSpeedup,
    services,
    `A runtime ${formatRuntimeSpeedup(runtimeSpeedup)} faster makes a request's latency only slightly lower end to end when it mostly waits (the essay's example shares): ${results.join('; ')}.`,
    true,
  )
}

/**
 * Where the explorer starts, as AmdahlExplorer.vue does (it names the figures itself, so the data check
 * sees them on its slide): what the reader view, which has no sliders, draws.
 */
export function amdahlExplorerStart(): { computeSharePercent: number, runtimeSpeedup: number } {
  return {
    computeSharePercent: metricById('typical-compute-share').value,
    runtimeSpeedup: metricById('zig-requests-per-vcpu').value,
  }
}

/**
 * The explorer's chart: the curve for the chosen runtime speedup, marked at the chosen compute share.
 * computeShare is a fraction (0 to 1), runtimeSpeedup a factor above 0, as in endToEndSpeedup.
 */
export function amdahlExplorerChart(computeShare: number, runtimeSpeedup: number): ChartSpec<'scatter'> {
  const result = formatSpeedup(endToEndSpeedup(computeShare, runtimeSpeedup))
  return amdahlSpec(
    'amdahl-explorer',
    runtimeSpeedup,
    [
      {
        label: 'Your service',
        computeShare,
        colour: chartColour.highlight,
        pointStyle: 'circle',
      },
    ],
    `With a runtime ${formatRuntimeSpeedup(runtimeSpeedup)} faster and ${percent(computeShare)} of request time spent computing, a request's latency improves ${result} end to end.`,
    // Redrawn on every slider step: animating each redraw would only flicker.
    false,
  )
}
