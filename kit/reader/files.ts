/** Where the reader view's chart module lands in the hosted build (kit/reader/script-plugin.ts emits it there). */
export const readerChartsFile = 'read/charts.js'

/**
 * A talk's chart on a slide, as the reader view finds it: a `<figure class="chart-canvas" data-chart="id">`
 * holding the canvas and the chart's numbers table. The reader view gives the talk's chart module
 * (`readerCharts` in talk.config.ts) a box to redraw it in at the phone's width, with the table under it.
 */
export const chartFigureSelector = 'figure.chart-canvas'
