// Trims what Slidev's client makes every visitor download before slide 1, in the hosted build only
// (the dev server and the exporter keep Slidev's own modules). Each swap below either keeps its
// feature working or applies only while the deck does not use the feature.
import type { Plugin } from 'vite'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadDeck, readDeckText } from '../check/deck-source.ts'
import { slidevModules } from '../slidev/internals.ts'

const { optionalDirectives } = slidevModules

/** A stand-in module of ./shims/, by its file name. */
function shim(file: string): string {
  return fileURLToPath(new URL(`./shims/${file}`, import.meta.url))
}

/** Every layout's source: the talk's and those of the theme and addons Slidev found. */
function readLayouts(dirs: string[]): string {
  return dirs.filter(dir => existsSync(dir))
    .flatMap(dir => readdirSync(dir).map(file => readFileSync(join(dir, file), 'utf8')))
    .join('\n')
}

/** What the swaps look for; a build that meets none of one says so, as Slidev may have moved it. */
const swappedImports = [
  slidevModules.vueRuntimeFile,
  slidevModules.parserCore,
  slidevModules.floatingVue,
  slidevModules.twoslashClient,
  ...optionalDirectives.keys(),
]

/** Where a module is imported from Slidev's client or the Twoslash plugin it installs. */
function fromSlidevClient(importer: string | undefined): boolean {
  return !!importer && slidevModules.clientFile.test(importer)
}

export function leanClient(): Plugin {
  let root = ''
  let twoslash = true
  let deckText = ''
  const seen = new Set<string>()
  return {
    name: 'lean-client',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      root = config.root
    },
    async buildStart() {
      const deck = await loadDeck(root)
      twoslash = deck.headmatter.twoslash !== false
      deckText = `${readDeckText(root)}\n${readLayouts([
        join(root, 'layouts'),
        fileURLToPath(new URL('../layouts', import.meta.url)),
      ])}`
    },
    buildEnd(error) {
      // A failed build may stop before Slidev's client is read: its own error is the one to read.
      if (error)
        return
      const missing = swappedImports.filter(id => !seen.has(id))
      if (missing.length > 0)
        this.warn(`Slidev's client no longer imports ${missing.join(', ')}: the swap in kit/first-paint/lean-client.ts does nothing; update or remove it.`)
    },
    async resolveId(id, importer, options) {
      // - Vue without its template compiler: every template is compiled at build time.
      if (slidevModules.vueWithCompiler.test(id)) {
        seen.add(slidevModules.vueRuntimeFile)
        return id.replace(/vue\.esm-bundler\.js$/, slidevModules.vueRuntimeFile)
      }
      if (!fromSlidevClient(importer))
        return undefined
      if (swappedImports.includes(id))
        seen.add(id)
      // - The client needs one function of @slidev/parser/core, which also brings the YAML parser; /utils has it alone.
      if (id === slidevModules.parserCore)
        return this.resolve(slidevModules.parserUtils, importer, { ...options, skipSelf: true })
      // - Tooltips and dropdowns load their library on first use.
      if (id === slidevModules.floatingVue)
        return shim('floating-vue.ts')
      // - No Twoslash popups to install when the deck turns Twoslash off.
      if (id === slidevModules.twoslashClient && !twoslash)
        return shim('twoslash-off.ts')
      // - Directives no slide, component or layout uses.
      const directive = optionalDirectives.get(id)
      if (directive && !deckText.includes(directive))
        return shim('unused-directives.ts')
      return undefined
    },
  }
}
