// The kit's one adapter for what Slidev, Vite and VueUse do not document: module ids, DOM classes and
// attributes, route names, server paths, copied thresholds and strings, read from Slidev 53 (its cli and
// client packages), vite-plugin-vue-server-ref 1, VueUse 14 and Vite 8. The browser-only half
// (private imports, Vue internals) is ./client.ts. tests/unit/slidev-contract.spec.ts checks every entry
// against the installed packages and names the one an upgrade broke. Plain data, imported by build code
// and browser code alike: nothing in it is secret.

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

/** Slidev's print pages: every slide on one page (`?print` prints it), and every slide's notes. */
export const slidevPrintRoutes = {
  slides: { name: 'print', path: '/print' },
  notes: { path: '/presenter/print' },
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

/** Module ids in Slidev's client and in the build, as Vite and Rollup see them. */
export const slidevModules = {
  /** Slidev's player: the page every /N route shows. */
  player: /\/@slidev\/client\/pages\/play\.vue$/,
  /** Slide 1's own module (a chunk of its own in the build). */
  firstSlide: /^\/@slidev\/slides\/1\/md$/,
  /** Files of Slidev's client, and of the Twoslash plugin it installs, by their path. */
  clientFile: /\/@slidev\/client\/|\/@shikijs\/vitepress-twoslash\//,
  /** Vue with its template compiler, which the client imports though every template is compiled at build time. */
  vueWithCompiler: /\/vue\/dist\/vue\.esm-bundler\.js$/,
  vueRuntimeFile: 'vue.runtime.esm-bundler.js',
  /** The client imports @slidev/parser/core for one function that /utils has alone. */
  parserCore: '@slidev/parser/core',
  parserUtils: '@slidev/parser/utils',
  floatingVue: 'floating-vue',
  twoslashClient: '@shikijs/vitepress-twoslash/client',
  /** Slidev's directive modules, as the client imports them, by the directive's name in a slide. */
  optionalDirectives: new Map([
    ['../modules/v-mark', 'v-mark'],
    ['../modules/v-motion', 'v-motion'],
  ]),
} as const

/** Classes, ids and attributes of Slidev's rendered pages that the kit reads or styles. */
export const slidevDom = {
  /** The attribute each rendered slide carries, with its number. */
  slideNumberAttribute: 'data-slidev-no',
  /** The element a slide's layout renders into. */
  layoutClass: 'slidev-layout',
  /** Shown while a slide's chunk loads. */
  loadingClass: 'slidev-slide-loading',
  /** The presenter's notes. */
  noteClass: 'slidev-note',
  /** An element behind a click step not yet taken, the one just taken, and those taken before it. */
  hiddenClickClass: 'slidev-vclick-hidden',
  currentClickClass: 'slidev-vclick-current',
  priorClickClass: 'slidev-vclick-prior',
  /** The play page's slide box, its scaled content, and the scale variable. */
  pageClass: 'slidev-page',
  slideContainerClass: 'slidev-slide-container',
  slideContentClass: 'slidev-slide-content',
  slideScaleVariable: '--slidev-slide-scale',
  /** The navigation bar's button style, for a control that sits among Slidev's own. */
  iconButtonClass: 'slidev-icon-btn',
  /** The element the app mounts on. */
  appId: 'app',
  /** The play page's box around the slide and its navigation bar, and the slide's scaled content in it. */
  slideContainerId: 'slide-container',
  slideContentId: 'slide-content',
  /** The navigation bar's box, a child of the slide container. */
  navBarSelector: ':scope > div:has(nav)',
  /** The print page's content and each slide's box on it. */
  printContentId: 'print-content',
  printSlideContainerClass: 'print-slide-container',
  /** What Slidev's exporter waits for inside each element carrying it. */
  waitForAttribute: 'data-waitfor',
} as const

/** A CSS selector for slide `no`'s rendered layout. */
export function slideLayoutSelector(no: number): string {
  return `[${slidevDom.slideNumberAttribute}="${no}"] .${slidevDom.layoutClass}`
}

/**
 * How much taller than the slide a screen must be for Slidev to keep its navigation bar on show below it
 * (isScreenVertical in @slidev/client's state), as on a 1024x768 projector.
 */
export const slidevVerticalScreenMarginPx = 120

/**
 * The inline <style> elements the hosted deck makes whatever its size: VueUse's color-mode switch briefly
 * disables transitions (CSS_DISABLE_TRANS in @vueuse/core), and Slidev's print styles are an empty <style>
 * outside print mode (in it, slidevPrintStyle).
 */
export const slidevInlineStyles = [
  '*,*::before,*::after{-webkit-transition:none!important;-moz-transition:none!important;-o-transition:none!important;-ms-transition:none!important;transition:none!important}',
  '',
] as const

/** The slide's height as Slidev's client computes it (slideHeight in @slidev/client's env.ts). */
export function slidevSlideHeight(canvasWidth: number, aspectRatio: number): number {
  return Math.ceil(canvasWidth / aspectRatio)
}

/**
 * The <style> Slidev's print mode adds (usePrintStyles in @slidev/client): the page is the slide's size
 * and nothing transitions. The print pages the hosted deck keeps (kit/setup/routes.ts) make it there too.
 */
export function slidevPrintStyle(width: number, height: number): string {
  return `
@page {
  size: ${width}px ${height}px;
  margin: 0px;
}

* {
  transition: none !important;
  transition-duration: 0s !important;
}`
}
