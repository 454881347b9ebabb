// What the remote guard (scripts/remote-guard.ts, setup/routes.ts) relies on inside Slidev's and Vite's
// dev servers: undocumented paths, route names and flags, read from @slidev/cli 53, @slidev/client 53,
// vite-plugin-vue-server-ref 1 and Vite 8. An upgrade of any of them is checked here first. The browser
// imports it too (setup/routes.ts): nothing in it is secret.

/**
 * `slidev --remote=`: Slidev listens on every network interface, and its `configs.remote`, which every
 * browser downloads and compares with `?password=`, is empty, so Slidev's own client-side check lets
 * everyone through and the guard does the checking. A value here would be sent to every browser.
 */
export const slidevRemoteWithoutPassword = '--remote='

/**
 * Where Slidev's windows send the talk's shared state (vite-plugin-vue-server-ref): a POST of the new
 * value to `<prefix><key>`, which the server stores and passes to every window over Vite's websocket.
 * The same URLs answer GET with the current state, as a module.
 */
export const sharedStatePrefixes = ['/@server-ref/', '/@server-reactive/'] as const

/** The shared state's keys: the position, clicks, timer and black screen; the drawings; the snapshots. */
export const sharedStateKeys = ['nav', 'drawings', 'snapshots'] as const

/** Slidev's slide editor: GET answers a slide's source and notes, POST rewrites them in the markdown. */
export function slideSourcePath(slideNo: number): string {
  return `/__slidev/slides/${slideNo}.json`
}

/**
 * Endpoints that act on the laptop whatever the request's method: Slidev's MCP server (edits the slides
 * and moves the talk; off while the headmatter says `mcp: false`) and Vite's open-in-editor, a GET that
 * opens a file in the laptop's editor. Vite matches the latter by prefix, whatever the case.
 */
export const actingPaths = ['/__mcp', '/__open-in-editor'] as const

/**
 * A message a page sends over Vite's websocket: Vite's own are `{ type: 'custom', event: 'vite:…' }` or
 * a ping, and change nothing; a plugin's (`import.meta.hot.send`) have an event of its own, as Slidev's
 * Monaco editor does to write a file of the project (`slidev:monaco-write`).
 */
export function isPluginMessage(raw: unknown): boolean {
  let message: unknown
  try {
    message = JSON.parse(String(raw))
  }
  catch {
    return false
  }
  if (typeof message !== 'object' || message === null)
    return false
  const { type, event } = message as { type?: unknown, event?: unknown }
  return type === 'custom' && !(typeof event === 'string' && event.startsWith('vite:'))
}

/** Route names in Slidev's client (@slidev/client setup/routes.ts). */
export const slidevRouteNames = {
  slide: 'play',
  presenter: 'presenter',
  notFound: 'NotFound',
} as const

/**
 * The speaker's routes, which Slidev's client keeps behind `configs.remote` (its passwordGuard): named,
 * and the presenter's print page, which has no name.
 */
export const speakerRouteNames: readonly string[] = [
  'entry',
  'overview',
  'notes',
  'notes-edit',
  'presenter',
  'print',
  'export',
]
export const speakerRoutePaths: readonly string[] = ['/presenter/print']

/**
 * The parts of a deck whose code runs in the browser (Slidev's directory structure), relative to the
 * project root. The dev server imports them by their place in the project, so the network is served these.
 */
export const slidevDeckEntries = [
  'components',
  'layouts',
  'public',
  'setup',
  'styles',
  'global-top.vue',
  'global-bottom.vue',
  'slide-top.vue',
  'slide-bottom.vue',
  'custom-nav-controls.vue',
] as const

/** Vite's `server.fs.deny` when none is set: a deny list of one's own replaces it, so it is repeated. */
export const viteDefaultFsDeny = [
  '.env',
  '.env.*',
  '*.{crt,pem,key,p12,pfx,cer,der}',
  '.npmrc',
  '.yarnrc.yml',
  '**/.git/**',
] as const
