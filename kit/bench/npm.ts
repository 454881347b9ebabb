// npm in the bench's temporary folder: the reference decks and the tools that measure them are
// installed there, never into the deck's own node_modules or lockfile.
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { describeExit, run, tail } from './process.ts'

const installTimeoutMs = 10 * 60_000

/**
 * The environment for npm in the temporary folder. `npm run bench` exports npm_config_local_prefix
 * (our repo), which would make a nested `npm install` install into OUR node_modules.
 */
export function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' }
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.toLowerCase().startsWith('npm_') && key !== 'INIT_CWD')
      env[key] = value
  }
  return env
}

export function installedVersion(root: string, name: string): string {
  const path = join(root, 'node_modules', name, 'package.json')
  return existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version
    : 'not installed'
}

/** Installs `spec` (name@range) into dir and returns the path of `entry`, a file under dir/node_modules. */
export async function installTool(dir: string, spec: string, entry: string): Promise<string> {
  mkdirSync(dir, { recursive: true })
  const result = await run('npm', [
    'install',
    '--prefix',
    dir,
    '--no-audit',
    '--no-fund',
    '--no-save',
    spec,
  ], {
    cwd: dir,
    env: npmEnv(),
    timeoutMs: installTimeoutMs,
  })
  const path = join(dir, 'node_modules', entry)
  if (result.code !== 0 || !existsSync(path)) {
    throw new Error(`Could not install ${spec} into ${dir}: npm install ${describeExit(result, installTimeoutMs)}. `
      + 'The bench needs the npm registry for it, as for the starter: check the network, a proxy '
      + `or \`npm config get registry\`, then run the bench again.\n${tail(result.output)}`)
  }
  return path
}
