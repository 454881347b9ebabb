// This talk's own Vite config; the kit's plugins come from kit/vite.config.ts, which Slidev merges with it.
import type { Plugin } from 'vite'
import type { PackageLock } from './data/deck-supply-chain.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { countLockfile } from './data/deck-supply-chain.ts'

const root = fileURLToPath(new URL('.', import.meta.url))
const lockfile = join(root, 'package-lock.json')
const supplyChainModule = 'virtual:deck-supply-chain'

/** The deck's own supply chain, counted from the lockfile at build time, for the slide that shows it. */
function deckSupplyChain(): Plugin {
  const resolved = `\0${supplyChainModule}`
  return {
    name: 'deck-supply-chain',
    resolveId: id => id === supplyChainModule
      ? resolved
      : undefined,
    load(id) {
      if (id !== resolved)
        return undefined
      this.addWatchFile(lockfile)
      return `export default ${JSON.stringify(countLockfile(JSON.parse(readFileSync(lockfile, 'utf8')) as PackageLock))}`
    },
  }
}

export default defineConfig({
  // Declared up front so a cold dev server (and so `slidev export`) optimises them in its first pass
  // instead of finding them late, re-optimising and reloading the page mid-export.
  optimizeDeps: {
    include: ['chart.js', 'chart.js/helpers'],
  },
  plugins: [
    deckSupplyChain(),
  ],
})
