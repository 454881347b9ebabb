// Reads a talk's TypeScript (its talk.config.ts, and what the deck check imports) through a throwaway
// Vite server, as Vite loads a config: it runs on any Node that Slidev supports, with no `node` of its own
// on the PATH, and each load reads the files afresh.
import type { TalkConfig, TalkFacts } from './talk.ts'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, isAbsolute, join } from 'node:path'
import process from 'node:process'
import { createServer } from 'vite'
import { talkConfigProblems } from './talk.ts'

/** The file a talk describes itself in, at its root beside slides.md. */
export const talkConfigFile = 'talk.config.ts'

type LoadModule = (file: string) => Promise<Record<string, unknown>>

/** Runs `use` with a loader for TypeScript modules by absolute path; `loadedFiles` lists every file read so far. */
export async function withModuleLoader<T>(root: string, use: (load: LoadModule, loadedFiles: () => string[]) => Promise<T>): Promise<T> {
  // Vite sets NODE_ENV to development for a server when it is unset, and a child process inherits it:
  // a `slidev build` started afterwards from the same process would build for development.
  const nodeEnv = process.env.NODE_ENV
  const loader = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  try {
    return await use(
      file => loader.ssrLoadModule(file) as Promise<Record<string, unknown>>,
      () => [
        ...loader.moduleGraph.idToModuleMap.keys(),
      ].filter(id => isAbsolute(id) && existsSync(id)),
    )
  }
  finally {
    await loader.close()
    if (nodeEnv === undefined)
      delete process.env.NODE_ENV
    else
      process.env.NODE_ENV = nodeEnv
  }
}

/** The config's default export, checked: a missing file or field is named with how to fix it. */
export function checkedTalkConfig(root: string, exports: Record<string, unknown>): TalkConfig {
  const problems = talkConfigProblems(exports.default)
  if (problems.length > 0)
    throw new Error(`${talkConfigFile} in ${root} cannot be used: ${problems.join('; ')}.`)
  return exports.default as TalkConfig
}

/** What to do when a talk has no config, for every entry point that finds none. */
export const missingConfigAdvice = 'a talk that uses slidev-addon-talk-kit describes itself there (its sections, id kinds and checks); see docs/kit.md'

function mustExist(root: string) {
  if (!existsSync(join(root, talkConfigFile)))
    throw new Error(`No ${talkConfigFile} in ${root}: ${missingConfigAdvice}.`)
}

/** The talk's config, and every file it was read from (for a dev server to watch). */
export async function loadTalk(root: string): Promise<{ config: TalkConfig, files: string[] }> {
  mustExist(root)
  return withModuleLoader(root, async (load, loadedFiles) => ({
    config: checkedTalkConfig(root, await load(join(root, talkConfigFile))),
    files: loadedFiles(),
  }))
}

/**
 * Where the deck is hosted: the talk's package.json `homepage` (the nearest one above its root), or DECK_URL at build time (the Pages
 * workflow sets it). The QR code on the closing slide and the social preview tags point there.
 */
export function hostedUrl(root: string): string {
  let dir = root
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir)
    dir = dirname(dir)
  const manifestFile = join(dir, 'package.json')
  const manifest = existsSync(manifestFile)
    ? JSON.parse(readFileSync(manifestFile, 'utf8')) as { homepage?: string }
    : {}
  const url = process.env.DECK_URL || manifest.homepage
  if (!url || !URL.canParse(url))
    throw new Error('Set "homepage" in the talk\'s package.json (or DECK_URL) to the URL where the deck is hosted.')
  return url.endsWith('/')
    ? url
    : `${url}/`
}

/** What the browser is given of the config. */
export function talkFacts(root: string, config: TalkConfig): TalkFacts {
  return {
    sections: config.sections.map(({ page, title, budgetMinutes }) => ({ page, title, budgetMinutes })),
    hostedUrl: hostedUrl(root),
  }
}
