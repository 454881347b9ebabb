// The site the cross-engine tests open: the deck built for a sub-path, as on GitHub Pages, with the
// test-only problem collector as the first script of its pages, served by kit/headless/serve.ts.
import type { AddressInfo } from 'node:net'
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { serveDeck } from '../../kit/headless/serve.ts'
import { writeServiceWorker } from '../../kit/offline/service-worker.ts'

export const siteBase = '/talk/'
/** Where tools keep caches, never committed; it outlives a run, so `--no-deps` can reuse the last build. */
export const siteDir = resolve('node_modules', '.cache', 'deck-engines-site')
const collectorFile = 'test-problem-collector.js'

/**
 * `slidev build` for /talk/, as kit/cli/build.ts runs it, without the PDF and the preview image (no
 * other engine is asked to open them). Then the collector goes into every page, and the offline worker
 * is written again so that it precaches the collector too.
 */
export function buildSite() {
  rmSync(siteDir, { recursive: true, force: true })
  const built = spawnSync(process.execPath, [
    join('node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs'),
    'build',
    '--base',
    siteBase,
    '--out',
    siteDir,
  ], { encoding: 'utf8' })
  if (built.status !== 0)
    throw new Error(`slidev build for ${siteBase} failed (exit ${built.status ?? built.signal}):\n${built.stdout}\n${built.stderr}`)
  copyFileSync(join(import.meta.dirname, 'problem-collector.js'), join(siteDir, collectorFile))
  for (const page of ['index.html', '404.html']) {
    const file = join(siteDir, page)
    const html = readFileSync(file, 'utf8')
    const policy = /<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(html)
    if (!policy)
      throw new Error(`${page} of the build has no Content-Security-Policy <meta>: the collector would go in outside the policy`)
    const at = policy.index + policy[0].length
    writeFileSync(file, `${html.slice(0, at)}\n<script src="${siteBase}${collectorFile}"></script>${html.slice(at)}`)
  }
  writeServiceWorker(siteDir, siteBase)
}

export interface ServedSite {
  /** `http://127.0.0.1:PORT/talk/` */
  base: string
  url: (path: string) => string
  /** Stops answering at all, as a phone that lost its network sees it: no new connection, none kept alive. */
  goOffline: () => Promise<void>
  /** The same, at the end: safe to call twice. */
  close: () => Promise<void>
}

const usedPorts = new Set<number>()

/**
 * Serves the test build on a free port, never one this process used before: every server is a new
 * origin, with no worker or cache left by another test in the same browser.
 */
export async function serveSite(): Promise<ServedSite> {
  if (!existsSync(join(siteDir, collectorFile)))
    throw new Error(`No cross-engine test build in ${siteDir}: run the engines-build project first (a dependency of the webkit and gecko projects, run unless --no-deps)`)
  let server: ReturnType<typeof serveDeck>
  let port: number
  do {
    server = serveDeck({ root: siteDir, port: 0, base: siteBase })
    await new Promise(resolve => server.once('listening', resolve))
    port = (server.address() as AddressInfo).port
    if (usedPorts.has(port))
      await new Promise(resolve => server.close(resolve))
  } while (!server.listening)
  usedPorts.add(port)
  const base = `http://127.0.0.1:${port}${siteBase}`
  const stop = async () => {
    if (!server.listening)
      return
    const closed = new Promise(resolve => server.close(resolve))
    server.closeAllConnections()
    await closed
  }
  return {
    base,
    url: path => new URL(path, base).href,
    goOffline: stop,
    close: stop,
  }
}
