// Loads the talk's config once for the kit's Vite plugins, and gives the browser its part as
// `virtual:talk-kit/talk` (sections and the hosted URL). Under the dev server, an edit to any file the
// config was read from reloads it and the pages that show it.
import type { Plugin } from 'vite'
import type { TalkConfig, TalkFacts } from './talk.ts'
import { loadTalk, talkFacts } from './load.ts'

export const talkModuleId = 'virtual:talk-kit/talk'
const resolvedTalkModuleId = `\0${talkModuleId}`

/** The config as the kit's plugins share it; read once Vite knows the talk's root. */
export interface TalkState {
  root: string
  config: TalkConfig
  facts: TalkFacts
  files: string[]
  /**
   * Modules a feature builds as entries of their own beside the app (the reader view's), which the
   * first-slide chunking keeps out of the app's chunk: importing that chunk would start the app.
   */
  entriesApart: Set<string>
}

export function talkConfig(state: Partial<TalkState>): Plugin {
  const load = async (root: string) => {
    const { config, files } = await loadTalk(root)
    Object.assign(state, {
      root,
      config,
      files,
      facts: talkFacts(root, config),
    })
  }
  return {
    name: 'talk-kit:config',
    async configResolved(config) {
      await load(config.root)
    },
    resolveId: id => id === talkModuleId
      ? resolvedTalkModuleId
      : undefined,
    load(id) {
      if (id !== resolvedTalkModuleId)
        return undefined
      const { sections, hostedUrl } = state.facts!
      return `export const sections = ${JSON.stringify(sections)}\nexport const hostedUrl = ${JSON.stringify(hostedUrl)}\n`
    },
    configureServer(server) {
      server.watcher.on('change', async (file) => {
        if (!state.files?.includes(file) || !state.root)
          return
        await load(state.root)
        const module = server.moduleGraph.getModuleById(resolvedTalkModuleId)
        if (module)
          await server.reloadModule(module)
      })
    },
  }
}
