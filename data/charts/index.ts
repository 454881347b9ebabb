import type { ChartSpec } from './chart-spec.ts'
import { amdahlCurveChart, amdahlExplorerChart, amdahlExplorerStart } from './amdahl.ts'
import { compileTimeChart, patchToProductionChart } from './build-and-patch.ts'
import { comparisonRadarChart } from './comparison-radar.ts'
import { concurrencyCostChart } from './concurrency-cost.ts'
import { dependencySurfaceChart } from './dependency-surface.ts'
import { gcPauseChart } from './gc-pause.ts'
import { incidentTimelineChart } from './incident-timeline.ts'
import { ioWaitChart } from './io-wait.ts'

/** Every chart the slides draw, as its slide draws it: the reader view redraws each one by its id. */
const builders: (() => ChartSpec)[] = [
  amdahlCurveChart,
  () => {
    const start = amdahlExplorerStart()
    return amdahlExplorerChart(start.computeSharePercent / 100, start.runtimeSpeedup)
  },
  compileTimeChart,
  patchToProductionChart,
  () => comparisonRadarChart(),
  concurrencyCostChart,
  () => dependencySurfaceChart(),
  gcPauseChart,
  () => incidentTimelineChart(),
  ioWaitChart,
]

/** The chart with this id, built from data/; throws for an id no builder gives, naming the known ones. */
export function chartById(id: string): ChartSpec {
  const builder = builders.find(build => build().id === id)
  if (!builder)
    throw new Error(`No chart has the id "${id}"; the charts are ${builders.map(build => build().id).join(', ')}.`)
  return builder()
}

export function chartIds(): string[] {
  return builders.map(build => build().id)
}
