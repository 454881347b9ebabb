// The kit's Vite plugins, which Slidev merges with the talk's own vite.config.ts: the talk's config first,
// then the remote guard, the deck check, slide 1's first paint, hosting, the reader view and the offline worker.
import type { TalkState } from './config/plugin.ts'
import { defineConfig } from 'vite'
import { deckCheck } from './check/plugin.ts'
import { talkConfig } from './config/plugin.ts'
import { firstSlide } from './first-paint/first-slide-plugin.ts'
import { leanClient } from './first-paint/lean-client.ts'
import { hosting } from './hosting/plugin.ts'
import { offlineWorker } from './offline/service-worker.ts'
import { readerScript } from './reader/script-plugin.ts'
import { remoteGuard } from './speaker/remote-guard.ts'

const state: Partial<TalkState> = {
  entriesApart: new Set(),
}

export default defineConfig({
  // Declared up front so a cold dev server (and so `slidev export`) optimises it in its first pass
  // instead of finding it late, re-optimising and reloading the page mid-export.
  optimizeDeps: {
    include: ['uqr'],
  },
  plugins: [
    talkConfig(state),
    remoteGuard(),
    deckCheck(),
    leanClient(),
    firstSlide(state),
    hosting(state),
    readerScript(state),
    offlineWorker(),
  ],
})
