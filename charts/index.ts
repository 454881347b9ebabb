import type { ChartSpec } from './chart-spec.ts'
import { amdahlCurveChart, amdahlExplorerChart, amdahlExplorerStart } from './amdahl.ts'
import { compileTimeChart, patchToProductionChart } from './build-and-patch.ts'
import { comparisonRadarChart } from './comparison-radar.ts'
import { concurrencyCostChart } from './concurrency-cost.ts'
import { dependencySurfaceChart } from './dependency-surface.ts'
import { gcPauseChart } from './gc-pause.ts'
import { incidentTimelineChart } from './incident-timeline.ts'
import { ioWaitChart } from './io-wait.ts'

/**
 * Every chart the talk draws, by its id: `<Chart id="…" />` on a slide, and the reader view redrawing a
 * slide's canvas. Each builder's spec carries the same id (a unit test holds them together).
 */
const builders = {
  'amdahl-curve': amdahlCurveChart,
  'amdahl-explorer': () => {
    const start = amdahlExplorerStart()
    return amdahlExplorerChart(start.computeSharePercent / 100, start.runtimeSpeedup)
  },
  'compile-time': compileTimeChart,
  'patch-to-production': patchToProductionChart,
  'comparison-radar': () => comparisonRadarChart(),
  'concurrency-cost': concurrencyCostChart,
  'dependency-surface': () => dependencySurfaceChart(),
  'gc-pause': gcPauseChart,
  'incident-timeline': () => incidentTimelineChart(),
  'io-wait': ioWaitChart,
} as const satisfies Record<string, () => ChartSpec>

export type ChartId = keyof typeof builders

export function chartIds(): ChartId[] {
  return Object.keys(builders) as ChartId[]
}

function isChartId(id: string): id is ChartId {
  return Object.hasOwn(builders, id)
}

/** The chart with this id, built from data/; throws for an id no builder gives, naming the known ones. */
export function chartById(id: string): ChartSpec {
  if (!isChartId(id))
    throw new Error(`No chart has the id "${id}"; the charts are ${chartIds().join(', ')}.`)
  return builders[id]()
}
