import type { Plugin } from 'vite'
import type { PackageLock } from './data/deck-supply-chain.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { countLockfile } from './data/deck-supply-chain.ts'
import { validateTalkData } from './data/validate.ts'
import { readDeckText } from './scripts/deck-text.ts'

const supplyChainModule = 'virtual:deck-supply-chain'

/** Fails the build on bad talk data, and hands the slides the lockfile's counts (not the lockfile itself). */
function talkData(): Plugin {
  const root = fileURLToPath(new URL('.', import.meta.url))
  return {
    name: 'talk-data',
    buildStart() {
      const problems = validateTalkData(readDeckText(root))
      if (problems.length > 0)
        this.error(`The talk's data has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`)
      this.addWatchFile(join(root, 'package-lock.json'))
    },
    resolveId(id) {
      return id === supplyChainModule
        ? `\0${supplyChainModule}`
        : undefined
    },
    load(id) {
      if (id !== `\0${supplyChainModule}`)
        return undefined
      const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as PackageLock
      return `export default ${JSON.stringify(countLockfile(lock))}`
    },
  }
}

export default defineConfig({
  // Declared up front so a cold dev server (and so `slidev export`) optimises it in its first pass
  // instead of finding it late, re-optimising and reloading the page mid-export.
  optimizeDeps: {
    include: ['chart.js'],
  },
  plugins: [
    talkData(),
  ],
})
