import type { ChartId } from './index.ts'
import { chartIds } from './index.ts'

/**
 * Tables on one appendix slide: one to a column. The largest (the Amdahl curve's 13 rows, the radar's
 * 9 rows of wrapping ratings) fill a column; a third table would run into a column off the slide.
 */
const tablesPerSlide = 2

/**
 * The charts' numbers as tables, laid out over the "Chart data" slides in the order of charts/index.ts:
 * the PDF cannot open a chart's "Show the numbers", so its tables are printed here.
 */
export function chartDataPages(): ChartId[][] {
  const ids = chartIds()
  return Array.from({
    length: Math.ceil(ids.length / tablesPerSlide),
  }, (_, page) => ids.slice(page * tablesPerSlide, (page + 1) * tablesPerSlide))
}
