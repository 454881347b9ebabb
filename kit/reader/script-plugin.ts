import type { Plugin } from 'vite'
import type { TalkState } from '../config/plugin.ts'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readerChartsFile } from './files.ts'

/** Where the reader view's script lands in the build, beside the page kit/reader/page.ts writes. */
export const readerScriptFile = 'read/reader.js'

/** The reader view's modules: its script, and the talk's chart module that script adds once a chart nears. */
export function readerModules({ root, config }: Partial<TalkState>): { fileName: string, id: string }[] {
  return [
    {
      fileName: readerScriptFile,
      id: fileURLToPath(new URL('./browser.ts', import.meta.url)),
    },
    ...(root && config?.readerCharts
      ? [
          {
            fileName: readerChartsFile,
            id: join(root, config.readerCharts),
          },
        ]
      : []),
  ]
}

/**
 * Builds the reader view's modules into the hosted build as entries of their own: the reader view draws
 * its charts with the slides' code and data, sharing their chunks, without loading the Slidev app. The
 * chart module is an entry, not a dynamic import, because Vite's loader for those lives in the app's chunk.
 */
export function readerScript(state: Partial<TalkState>): Plugin {
  return {
    name: 'reader-script',
    apply: 'build',
    buildStart() {
      for (const { id, fileName } of readerModules(state)) {
        state.entriesApart?.add(id)
        this.emitFile({
          type: 'chunk',
          id,
          fileName,
        })
      }
    },
  }
}
