// Trims what Slidev's client makes every visitor download before slide 1, in the hosted build only
// (the dev server and the exporter keep Slidev's own modules). Each swap below either keeps its
// feature working or applies only while the deck does not use the feature.
import type { Plugin } from 'vite'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadDeck, readDeckText } from './deck-source.ts'

/** Slidev's directive modules that can be left out, by the directive's name in a slide. */
const optionalDirectives = new Map([
  ['../modules/v-mark', 'v-mark'],
  ['../modules/v-motion', 'v-motion'],
])

function readLayouts(root: string): string {
  return readdirSync(join(root, 'layouts'))
    .map(file => readFileSync(join(root, 'layouts', file), 'utf8'))
    .join('\n')
}

/** What the swaps look for; a build that meets none of one says so, as Slidev may have moved it. */
const swappedImports = [
  'vue.esm-bundler.js',
  '@slidev/parser/core',
  'floating-vue',
  '@shikijs/vitepress-twoslash/client',
  ...optionalDirectives.keys(),
]

/** Where a module is imported from Slidev's client or the Twoslash plugin it installs. */
function fromSlidevClient(importer: string | undefined): boolean {
  return !!importer && /\/@slidev\/client\/|\/@shikijs\/vitepress-twoslash\//.test(importer)
}

export function leanClient(root: string): Plugin {
  let twoslash = true
  let deckText = ''
  const seen = new Set<string>()
  return {
    name: 'lean-client',
    apply: 'build',
    enforce: 'pre',
    async buildStart() {
      const deck = await loadDeck(root)
      twoslash = deck.headmatter.twoslash !== false
      deckText = `${readDeckText(root)}\n${readLayouts(root)}`
    },
    buildEnd(error) {
      // A failed build may stop before Slidev's client is read: its own error is the one to read.
      if (error)
        return
      const missing = swappedImports.filter(id => !seen.has(id))
      if (missing.length > 0)
        this.warn(`Slidev's client no longer imports ${missing.join(', ')}: the swap in scripts/lean-client.ts does nothing; update or remove it.`)
    },
    async resolveId(id, importer, options) {
      // - Vue without its template compiler: every template is compiled at build time.
      if (id.endsWith('/vue/dist/vue.esm-bundler.js')) {
        seen.add('vue.esm-bundler.js')
        return id.replace(/vue\.esm-bundler\.js$/, 'vue.runtime.esm-bundler.js')
      }
      if (!fromSlidevClient(importer))
        return undefined
      if (swappedImports.includes(id))
        seen.add(id)
      // - The client needs one function of @slidev/parser/core, which also brings the YAML parser; /utils has it alone.
      if (id === '@slidev/parser/core')
        return this.resolve('@slidev/parser/utils', importer, { ...options, skipSelf: true })
      // - Tooltips and dropdowns load their library on first use.
      if (id === 'floating-vue')
        return join(root, 'setup', 'shims', 'floating-vue.ts')
      // - No Twoslash popups to install when the deck turns Twoslash off.
      if (id === '@shikijs/vitepress-twoslash/client' && !twoslash)
        return join(root, 'setup', 'shims', 'twoslash-off.ts')
      // - Directives no slide, component or layout uses.
      const directive = optionalDirectives.get(id)
      if (directive && !deckText.includes(directive))
        return join(root, 'setup', 'shims', 'unused-directives.ts')
      return undefined
    },
  }
}
