// Runs the deck check (scripts/deck-check.ts) inside Vite: `slidev build` stops on a mistake, and the dev
// server reports one in the terminal and as Vite's error overlay, again on every save, clearing it once
// the mistake is fixed (setup/deck-check-overlay.ts draws it).
import type { ErrorPayload, Plugin } from 'vite'
import type { DeckProblem } from './deck-problems.ts'
import { join, relative } from 'node:path'
import process from 'node:process'
import { createServer } from 'vite'
import { formatProblems } from './deck-problems.ts'

/** Set by scripts that have just run the check themselves, so Vite does not run it twice. */
export const checkedEnv = 'DECK_CHECKED'

const watched = /^(?:slides\.md|[^/]+\.vue|(?:pages|components|layouts|snippets|data|public|setup)\/.+)$/

/**
 * Loads scripts/deck-check.ts through a throwaway Vite server, as Vite loads a config: its TypeScript runs
 * on any Node that Slidev supports, with no `node` of our own on the PATH, and each run reads data/ afresh.
 */
async function runCheck(root: string): Promise<DeckProblem[]> {
  const loader = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  try {
    const { checkDeck } = await loader.ssrLoadModule(join(root, 'scripts', 'deck-check.ts')) as typeof import('./deck-check.ts')
    return await checkDeck(root)
  }
  catch (error) {
    return [
      { file: 'scripts/deck-check.ts', line: 0, message: `the check itself failed: ${(error as Error).message}` },
    ]
  }
  finally {
    await loader.close()
  }
}

/** What the dev server tells the page after each check: the overlay's error, or null when all is well. */
export type DeckCheckVerdict = ErrorPayload['err'] | null

function verdictOf(root: string, problems: DeckProblem[]): DeckCheckVerdict {
  const [first] = problems
  if (!first)
    return null
  const file = join(root, first.file)
  return {
    message: formatProblems(problems),
    stack: '',
    plugin: 'deck-check',
    id: file,
    ...(first.line > 0
      ? {
          loc: { file, line: first.line, column: 1 },
        }
      : {}),
  }
}

export function deckCheck(root: string): Plugin {
  let command: 'build' | 'serve' = 'serve'
  return {
    name: 'deck-check',
    configResolved(config) {
      command = config.command
    },
    async buildStart() {
      if (command !== 'build' || process.env[checkedEnv])
        return
      const problems = await runCheck(root)
      if (problems.length > 0)
        this.error(formatProblems(problems))
    },
    configureServer(server) {
      if (process.env[checkedEnv])
        return
      let verdict: DeckCheckVerdict = null
      let queued: ReturnType<typeof setTimeout> | undefined
      let latestRun = 0
      const check = async () => {
        const run = ++latestRun
        const problems = await runCheck(root)
        // Saves in quick succession: only the newest run speaks.
        if (run !== latestRun)
          return
        const wasBroken = verdict !== null
        verdict = verdictOf(root, problems)
        server.ws.send({ type: 'custom', event: 'deck-check', data: verdict })
        // Slidev runs Vite's logger at 'warn': news that all is well goes to the terminal directly.
        if (problems.length > 0)
          server.config.logger.error(formatProblems(problems), { timestamp: true })
        else if (wasBroken)
          console.log('The deck check passes again.')
        else if (run === 1)
          console.log('The deck check found no mistakes; it runs again on every save.')
      }
      server.watcher.add([
        'slides.md',
        'pages',
        'components',
        'layouts',
        'snippets',
        'data',
        'public',
      ].map(path => join(root, path)))
      server.watcher.on('all', (_event, path) => {
        if (!watched.test(relative(root, path)))
          return
        clearTimeout(queued)
        queued = setTimeout(check, 100)
      })
      // A page opened or reloaded asks for the current verdict (setup/deck-check-overlay.ts).
      server.ws.on('deck-check:ask', (_data, client) => client.send('deck-check', verdict))
      check()
    },
  }
}
