// The dev server's side of `npm run remote` (kit/speaker/remote.ts starts it; the browser's side is
// kit/speaker/remote-session.ts). Slidev's `--remote <password>` checks the password in the browser, so it
// sends the password to every browser, and its server takes any window's word for the talk's state.
// Here the password stays in this process: a page proves it once and gets the speaker's session, an
// HttpOnly cookie; everything that changes the talk or acts on the laptop needs that cookie, reads stay
// open so every window can follow the talk, and the network is served only what the deck loads.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin } from 'vite'
import { Buffer } from 'node:buffer'
import { createHash, timingSafeEqual } from 'node:crypto'
import { existsSync, realpathSync } from 'node:fs'
import { join, relative } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { normalizePath } from 'vite'
import { actingPaths, isPluginMessage, slidevDeckEntries, viteDefaultFsDeny } from '../slidev/internals.ts'
import { remoteSessionPath } from './remote-session.ts'

/** Set by kit/speaker/remote.ts for the dev server it starts: the password, and the session cookie's value. */
export const passwordVariable = 'DECK_REMOTE_PASSWORD'
export const sessionVariable = 'DECK_REMOTE_SESSION'

/** The speaker's session: set for the right password, HttpOnly and SameSite=Strict, asked of every write. */
export const sessionCookie = 'deck_remote_session'

/** The kit's files that pages import under the dev server, relative to the kit's folder. */
const kitBrowserEntries = [
  'components',
  'setup',
  'slidev',
  'global-top.vue',
  'custom-nav-controls.vue',
  'check/overlay.ts',
  'first-paint/prerendered-slide.ts',
  'pdf/print-ready.ts',
  'speaker/blackout.ts',
  'speaker/click-count-sync.ts',
  'speaker/deck-sections.ts',
  'speaker/pacing.ts',
  'speaker/rehearsal.ts',
  'speaker/remote-session.ts',
  'speaker/talk-timer.ts',
]

const kitRoot = fileURLToPath(new URL('..', import.meta.url))

/**
 * A talk's folders of browser code beside Slidev's own: its facts, and its chart code, which lives outside
 * components/ because Slidev registers every .ts file there as a component.
 */
export const talkBrowserFolders = ['data', 'charts'] as const

/** The files the network is served, relative to the talk's root: its code and data, its packages, and the kit's pages. */
export function sharedWithTheNetwork(root: string): string[] {
  return [
    ...slidevDeckEntries,
    ...talkBrowserFolders,
    'node_modules',
    ...kitBrowserEntries.map(entry => relative(root, join(kitRoot, entry))),
  ]
}

/** npm's record of the installed tree, in node_modules but loaded by no page. */
const npmInstalledTree = '**/node_modules/.package-lock.json'

const askForTheSession = 'Open the presenter or /remote with the password `npm run remote` printed in its terminal '
  + '(the address it prints ends in ?password=…), or type it when asked.'

/** One line for the terminal: what of the project anyone on the network can load. */
export function whatTheNetworkSees(root: string): string {
  const shared = sharedWithTheNetwork(root)
    .filter(entry => existsSync(join(root, entry)))
    .map(entry => entry === 'node_modules'
      ? 'node_modules (not npm\'s lockfile)'
      : entry)
  return `The network is served ${shared.join(', ')}; no other file of the project, and only the presenter and the phone may change the talk.`
}

function listensOnNetwork(host: string | boolean | undefined): boolean {
  return host === true || (typeof host === 'string' && !['localhost', '127.0.0.1', '::1'].includes(host))
}

/**
 * Slidev lets Vite serve the whole project, and the whole of each addon; on the network, only what the deck
 * loads is: folders that hold the talk, lie in it or are the kit give way to the entries listed above.
 */
function narrowToTheDeck(allowed: string[], root: string): string[] {
  const within = (inner: string, outer: string) => inner === outer || inner.startsWith(`${outer.replace(/\/$/, '')}/`)
  const kit = normalizePath(kitRoot).replace(/\/$/, '')
  return [
    ...allowed.filter(dir => !within(root, dir) && !within(dir, root) && !(existsSync(dir) && within(realpathSync(dir), kit))),
    ...sharedWithTheNetwork(root).map(entry => normalizePath(join(root, entry))),
  ]
}

/**
 * Wrong passwords allowed from one address in a minute: enough to mistype, too few to guess. An address
 * over the limit is refused, right password or not, until its minute is up.
 */
export function wrongPasswordLimit(perMinute = 10, now: () => number = Date.now) {
  const failures = new Map<string, { count: number, since: number }>()
  const current = (address: string) => {
    const entry = failures.get(address)
    return entry && now() - entry.since < 60_000
      ? entry
      : undefined
  }
  return {
    isBlocked: (address: string) => (current(address)?.count ?? 0) >= perMinute,
    recordFailure(address: string) {
      const entry = current(address)
      if (entry) {
        entry.count++
      }
      else {
        failures.set(address, {
          count: 1,
          since: now(),
        })
      }
    },
  }
}

function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest()
  return timingSafeEqual(digest(given), digest(expected))
}

function cookie(request: IncomingMessage, name: string): string | undefined {
  for (const pair of request.headers.cookie?.split(';') ?? []) {
    const [key, ...value] = pair.trim().split('=')
    if (key === name)
      return value.join('=')
  }
  return undefined
}

function answer(response: ServerResponse, status: number, message?: string) {
  response.statusCode = status
  response.setHeader('Cache-Control', 'no-store')
  if (message === undefined)
    return response.end()
  response.setHeader('Content-Type', 'text/plain; charset=utf-8')
  response.end(`${message}\n`)
}

async function submittedPassword(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > 4096)
      return undefined
    chunks.push(chunk)
  }
  try {
    const { password } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { password?: unknown }
    return typeof password === 'string'
      ? password
      : undefined
  }
  catch {
    return undefined
  }
}

function secretsFromEnvironment(): { password: string, session: string } {
  const password = process.env[passwordVariable]
  const session = process.env[sessionVariable]
  if (!password || !session) {
    throw new Error(`The dev server listens on the network (slidev --remote), but ${passwordVariable} and `
      + `${sessionVariable} are not both set, so it cannot check the speaker's password. Start it with `
      + '`npm run remote`, which sets both and keeps the password out of the browser (Slidev\'s own '
      + '`--remote <password>` sends it to every browser).')
  }
  return { password, session }
}

/** Reads are open; writes (any method but GET, HEAD, OPTIONS) and the endpoints that act on the laptop are not. */
function needsSession(method: string | undefined, path: string): boolean {
  const reads = method === 'GET' || method === 'HEAD' || method === 'OPTIONS'
  return !reads || actingPaths.some(acting => path.toLowerCase().startsWith(acting))
}

export function remoteGuard(): Plugin {
  let onNetwork = false
  return {
    name: 'deck-remote-guard',
    apply: 'serve',
    // Its middleware runs before Slidev's, vite-plugin-vue-server-ref's and Vite's own.
    enforce: 'pre',
    config(config) {
      if (!listensOnNetwork(config.server?.host))
        return undefined
      // A deny list replaces Vite's defaults, so they come along unless the config has a list of its own.
      const defaults = config.server?.fs?.deny
        ? []
        : viteDefaultFsDeny
      return {
        server: {
          fs: {
            deny: [...defaults, npmInstalledTree],
          },
        },
      }
    },
    configResolved(config) {
      onNetwork = listensOnNetwork(config.server.host)
      // A config hook can only add to Slidev's allow list, which holds the project root; once resolved it
      // can be narrowed. Vite checks it for every file it serves, by URL path or /@fs/.
      if (onNetwork)
        config.server.fs.allow = narrowToTheDeck(config.server.fs.allow, config.root)
    },
    configureServer(server) {
      if (!onNetwork) {
        // `npm run dev` listens on this machine alone: every window is the speaker's.
        server.middlewares.use(remoteSessionPath, (_request, response) => answer(response, 204))
        return
      }
      const secrets = secretsFromEnvironment()
      const wrongPasswords = wrongPasswordLimit()
      const hasSession = (request: IncomingMessage) => sameSecret(cookie(request, sessionCookie) ?? '', secrets.session)

      async function session(request: IncomingMessage, response: ServerResponse) {
        if (request.method === 'GET' || request.method === 'HEAD') {
          return hasSession(request)
            ? answer(response, 204)
            : answer(response, 401, `This browser has no speaker session. ${askForTheSession}`)
        }
        if (request.method !== 'POST')
          return answer(response, 405, `GET ${remoteSessionPath} asks for the speaker's session; POST {"password": "…"} opens one.`)
        const address = request.socket.remoteAddress ?? ''
        if (wrongPasswords.isBlocked(address))
          return answer(response, 429, 'Too many wrong passwords from this address: wait a minute, then use the one `npm run remote` printed.')
        const password = await submittedPassword(request)
        if (password === undefined)
          return answer(response, 400, `Send the password as JSON, {"password": "…"}, to ${remoteSessionPath}.`)
        if (!sameSecret(password, secrets.password)) {
          wrongPasswords.recordFailure(address)
          return answer(response, 401, 'Wrong password: use the one `npm run remote` printed in its terminal.')
        }
        response.setHeader('Set-Cookie', `${sessionCookie}=${secrets.session}; HttpOnly; SameSite=Strict; Path=/`)
        return answer(response, 204)
      }

      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0] ?? '/'
        if (path === remoteSessionPath)
          return void session(request, response).catch(next)
        if (needsSession(request.method, path) && !hasSession(request))
          return answer(response, 403, `Only the presenter and the phone remote may change the talk or act on the laptop, and this request does not come from them. ${askForTheSession}`)
        next()
      })

      // Vite's websocket carries the state to every window, so it stays open to all; what a page sends on
      // it is Vite's own (a ping, an HMR note) or a plugin's, such as Slidev's Monaco editor writing a
      // file. A socket opened without the session may send only Vite's. The cookie counts when the socket
      // opens: a page that proves the password after loading keeps Vite's messages only until reloaded.
      server.ws.on('connection', (socket, request) => {
        if (hasSession(request))
          return
        const emit = socket.emit.bind(socket)
        socket.emit = (event: string | symbol, ...args: unknown[]) => {
          if (event === 'message' && isPluginMessage(args[0])) {
            server.config.logger.warnOnce(`Refused a plugin's message on the websocket from ${request.socket.remoteAddress}, which has no speaker session.`)
            return false
          }
          return emit(event, ...args)
        }
      })
    },
  }
}
