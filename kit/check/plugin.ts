// Runs the deck check (kit/check/deck-check.ts) inside Vite: `slidev build` stops on a mistake, and the dev
// server reports one in the terminal and as Vite's error overlay, again on every save, clearing it once
// the mistake is fixed (kit/check/overlay.ts draws it).
import type { ErrorPayload, Plugin } from 'vite'
import type { DeckProblem } from '../config/talk.ts'
import { join, relative } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { withModuleLoader } from '../config/load.ts'
import { formatProblems } from './problems.ts'

/** Set by scripts that have just run the check themselves, so Vite does not run it twice. */
export const checkedEnv = 'DECK_CHECKED'

const watched = /^(?:slides\.md|talk\.config\.ts|[^/]+\.vue|(?:pages|components|layouts|snippets|data|public|setup)\/.+)$/

/** Loads the check through Vite, so it and the talk's data run on any Node that Slidev supports. */
async function runCheck(root: string): Promise<DeckProblem[]> {
  try {
    return await withModuleLoader(root, async (load) => {
      const { checkDeck } = await load(fileURLToPath(new URL('./deck-check.ts', import.meta.url))) as typeof import('./deck-check.ts')
      return await checkDeck(root)
    })
  }
  catch (error) {
    return [
      { file: 'kit/check/deck-check.ts', line: 0, message: `the check itself failed: ${(error as Error).message}` },
    ]
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

export function deckCheck(): Plugin {
  let command: 'build' | 'serve' = 'serve'
  let root = ''
  return {
    name: 'deck-check',
    configResolved(config) {
      command = config.command
      root = config.root
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
        'talk.config.ts',
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
      // A page opened or reloaded asks for the current verdict (kit/check/overlay.ts).
      server.ws.on('deck-check:ask', (_data, client) => client.send('deck-check', verdict))
      check()
    },
  }
}
