import type { Plugin } from 'vite'
import { fileURLToPath } from 'node:url'
import { readerChartsFile } from '../setup/reader-files.ts'

/** Where the reader view's script lands in the build, beside the page scripts/reader-page.ts writes. */
export const readerScriptFile = 'read/reader.js'

/** The reader view's modules: its script, and the chart module that script adds once a chart nears. */
export const readerModules = [
  { fileName: readerScriptFile, source: '../setup/reader-page.ts' },
  { fileName: readerChartsFile, source: '../setup/reader-charts.ts' },
].map(({ fileName, source }) => ({
  fileName,
  id: fileURLToPath(new URL(source, import.meta.url)),
}))

/**
 * Builds the reader view's modules into the hosted build as entries of their own: the reader view draws
 * its charts with the slides' code and data, sharing their chunks, without loading the Slidev app. The
 * chart module is an entry, not a dynamic import, because Vite's loader for those lives in the app's chunk.
 */
export function readerScript(): Plugin {
  return {
    name: 'reader-script',
    apply: 'build',
    buildStart() {
      for (const { id, fileName } of readerModules) {
        this.emitFile({
          type: 'chunk',
          id,
          fileName,
        })
      }
    },
  }
}
