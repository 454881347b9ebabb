/** Where the reader view's chart module lands in the hosted build (scripts/reader-script.ts emits it there). */
export const readerChartsFile = 'read/charts.js'
