import type { Plugin } from 'vite'
import { fileURLToPath } from 'node:url'

/** Where the reader view's script lands in the build, beside the page scripts/reader-page.ts writes. */
export const readerScriptFile = 'read/reader.js'

/** Its source: an entry of the build, but not of the app. */
export const readerScriptModule = fileURLToPath(new URL('../setup/reader-page.ts', import.meta.url))

/**
 * Builds setup/reader-page.ts into the hosted build as an entry of its own: the reader view draws its
 * charts with the slides' code and data, sharing their chunks, without loading the Slidev app.
 */
export function readerScript(): Plugin {
  return {
    name: 'reader-script',
    apply: 'build',
    buildStart() {
      this.emitFile({
        type: 'chunk',
        id: readerScriptModule,
        fileName: readerScriptFile,
      })
    },
  }
}
