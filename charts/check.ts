// The deck check's part for charts (talk.config.ts runs it): every chart a slide can name builds, with
// data chart.js can draw, or its id in charts/index.ts is named with what is wrong.
import type { DeckProblem } from 'slidev-addon-talk-kit'
import { chartDataProblem } from './chart-spec.ts'
import { chartById, chartIds } from './index.ts'

const chartsFile = 'charts/index.ts'

/** Every chart a slide can name must build, with data chart.js can draw. */
export function chartProblems(files: ReadonlyMap<string, readonly string[]>): DeckProblem[] {
  const lines = files.get(chartsFile) ?? []
  return chartIds().flatMap((id) => {
    const line = lines.findIndex(text => text.includes(`'${id}':`)) + 1
    try {
      const problem = chartDataProblem(chartById(id))
      return problem
        ? [
            { file: chartsFile, line, message: `chart "${id}": ${problem}` },
          ]
        : []
    }
    catch (error) {
      return [
        { file: chartsFile, line, message: `chart "${id}" throws: ${(error as Error).message}` },
      ]
    }
  })
}
