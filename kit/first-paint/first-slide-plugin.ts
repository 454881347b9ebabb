// Gets slide 1 of the hosted deck on screen in as few round trips as the bytes allow. Slidev splits
// its client into a dozen chunks that a browser finds in steps (the page, then the player, then the
// slide, then its fonts once text is laid out); on a slow phone each step is a round trip, and over
// HTTP/1.1 the requests also queue for connections. Two changes, in the hosted build only:
// - everything the page and Slidev's player import up front goes into one chunk with the entry;
// - slide 1's own chunk and the fonts it draws in are preloaded from the HTML.
import type { HtmlTagDescriptor, Plugin, UserConfig } from 'vite'
import type { TalkState } from '../config/plugin.ts'
import { slidevModules } from '../slidev/internals.ts'

const { player, firstSlide: firstSlideModule } = slidevModules

type OutputOptions = Exclude<NonNullable<NonNullable<UserConfig['build']>['rollupOptions']>['output'], unknown[]>
type ManualChunks = NonNullable<NonNullable<OutputOptions>['manualChunks']>

export function firstSlide(state: Partial<TalkState>): Plugin {
  const upFront = new Set<string>()
  // What the reader view's script imports stays out of the app's chunk: importing that chunk would start the app.
  const forReader = new Set<string>()
  let base = '/'
  return {
    name: 'first-slide',
    apply: 'build',
    // After Slidev's plugins, so its chunking rules are there to fall back on.
    enforce: 'post',
    config(config): UserConfig {
      const output = config.build?.rollupOptions?.output
      const slidevChunks = !Array.isArray(output) && typeof output?.manualChunks === 'function'
        ? output.manualChunks
        : undefined
      const manualChunks: ManualChunks = (id, meta) => upFront.has(id) && !forReader.has(id)
        ? 'app'
        : slidevChunks?.(id, meta)
      return {
        build: {
          rollupOptions: {
            output: { manualChunks },
          },
        },
      }
    },
    configResolved(config) {
      base = config.base
    },
    buildEnd(error) {
      // A failed build may stop before the player is reached: its own error is the one to read.
      if (error)
        return
      const ids = [
        ...this.getModuleIds(),
      ]
      const readerIds = state.entriesApart ?? new Set<string>()
      const roots = ids.filter(id => (this.getModuleInfo(id)?.isEntry && !readerIds.has(id)) || player.test(id))
      if (!roots.some(id => player.test(id)))
        this.error(`No module matches ${player}: Slidev's player moved; update \`player\` in kit/slidev/internals.ts.`)
      const graph = (set: Set<string>) => {
        const visit = (id: string) => {
          if (set.has(id))
            return
          set.add(id)
          this.getModuleInfo(id)?.importedIds.forEach(visit)
        }
        return visit
      }
      roots.forEach(graph(upFront))
      ids.filter(id => readerIds.has(id)).forEach(graph(forReader))
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle)
          return []
        const outputs = Object.values(bundle)
        const slide = outputs.find(output => output.type === 'chunk' && !!output.facadeModuleId && firstSlideModule.test(output.facadeModuleId))
        if (slide?.type !== 'chunk')
          this.error(`No chunk for ${firstSlideModule}: Slidev's module names changed; update \`firstSlide\` in kit/slidev/internals.ts.`)
        const entry = outputs.find(output => output.type === 'chunk' && output.isEntry)
        const inHtml = new Set(entry?.type === 'chunk'
          ? [entry.fileName, ...entry.imports]
          : [])
        // A chunk lists only its own static imports: slide 1 needs the whole tree under it.
        const needed = new Set<string>()
        const visit = (fileName: string) => {
          const chunk = bundle[fileName]
          if (needed.has(fileName) || chunk?.type !== 'chunk')
            return
          needed.add(fileName)
          chunk.imports.forEach(visit)
        }
        visit(slide.fileName)
        const modules = [...needed].filter(fileName => !inHtml.has(fileName))
        const styles = modules.flatMap(fileName => [
          ...(bundle[fileName] as typeof slide).viteMetadata?.importedCss ?? [],
        ])
        const fonts = state.config!.firstSlideFonts.map((source) => {
          const asset = outputs.find(output => output.type === 'asset' && output.originalFileNames.includes(source))
          if (!asset)
            this.error(`${source} is not in the build: update firstSlideFonts in talk.config.ts.`)
          return asset.fileName
        })
        const tags: HtmlTagDescriptor[] = [
          ...fonts.map(fileName => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'font',
              type: 'font/woff2',
              crossorigin: '',
              href: `${base}${fileName}`,
            },
          })),
          ...modules.map(fileName => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `${base}${fileName}` },
          })),
          ...styles.map(fileName => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'style',
              crossorigin: '',
              href: `${base}${fileName}`,
            },
          })),
        ]
        return tags.map(tag => ({ ...tag, injectTo: 'head' as const }))
      },
    },
  }
}
