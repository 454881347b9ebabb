// The kit's adapter (kit/slidev/) against the installed Slidev, Vite and VueUse: each assumption it holds
// is looked up in their sources, so an upgrade that breaks one fails here, named, before any build. And
// no file of the kit outside the adapter reaches for those internals itself.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'
import {
  actingPaths,
  sharedStatePrefixes,
  slidevDeckEntries,
  slidevDom,
  slidevInlineStyles,
  slidevModules,
  slidevPrintRoutes,
  slidevPrintStyle,
  slidevRouteNames,
  slidevSlideHeight,
  slidevVerticalScreenMarginPx,
  speakerRouteNames,
  speakerRoutePaths,
  viteDefaultFsDeny,
} from '../../kit/slidev/internals.ts'

const root = join(import.meta.dirname, '..', '..')
const kit = join(root, 'kit')

/** A package's folder, found as Node finds it from the kit. */
function packageDir(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.resolve(name, `file://${kit}/`)))
  while (!existsSync(join(dir, 'package.json')) || JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== name)
    dir = dirname(dir)
  return dir
}

/** Every file under `dir` with one of the extensions, relative to `dir`. */
function filesUnder(dir: string, extensions: RegExp): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile() && extensions.test(entry.name))
    .map(entry => relative(dir, join(entry.parentPath, entry.name)))
}

/** All of a package's text files of these kinds, joined: what a string is looked up in. */
function sourceOf(name: string, extensions = /\.(?:m?js|ts|vue|html)$/): string {
  const dir = packageDir(name)
  return filesUnder(dir, extensions)
    .filter(file => !file.includes('node_modules'))
    .map(file => readFileSync(join(dir, file), 'utf8'))
    .join('\n')
}

const client = sourceOf('@slidev/client')
const cli = sourceOf('@slidev/cli')
const clientDir = packageDir('@slidev/client')

test('Slidev\'s client still has the modules the hosted build swaps or splits at', () => {
  expect(existsSync(join(clientDir, 'pages', 'play.vue')), 'slidevModules.player: @slidev/client/pages/play.vue').toBe(true)
  expect(slidevModules.player.test('/x/node_modules/@slidev/client/pages/play.vue')).toBe(true)
  expect(cli, 'slidevModules.firstSlide: the virtual prefix of a slide\'s module').toContain('"/@slidev/slides/"')
  expect(cli, 'slidevModules.vueWithCompiler: the Vue build Slidev aliases').toContain('vue/dist/vue.esm-bundler.js')
  for (const [what, id] of [
    ['parserCore', slidevModules.parserCore],
    ['floatingVue', slidevModules.floatingVue],
    ['twoslashClient', slidevModules.twoslashClient],
    ...[
      ...slidevModules.optionalDirectives.keys(),
    ].map(id => ['optionalDirectives', id]),
  ] as const)
    expect(client, `slidevModules.${what}: the client imports "${id}"`).toMatch(new RegExp(`from ['"]${id.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}['"]`))
})

test('Slidev\'s print pages are still where the hosted deck\'s routes load them, behind the build flag they read', () => {
  for (const page of ['print.vue', 'presenter/print.vue'])
    expect(existsSync(join(clientDir, 'pages', page)), `slidevPrintPages: @slidev/client/pages/${page}`).toBe(true)
  const routes = readFileSync(join(clientDir, 'setup', 'routes.ts'), 'utf8')
  expect(routes, 'slidevPrintRoutes.slides').toMatch(new RegExp(`name: '${slidevPrintRoutes.slides.name}',\\s*path: '${slidevPrintRoutes.slides.path}'`))
  expect(routes, 'slidevPrintRoutes.notes').toContain(`path: '${slidevPrintRoutes.notes.path}'`)
  expect(routes, 'hasSlidevPrintPages: the flag Slidev\'s print routes sit behind').toContain('if (__SLIDEV_FEATURE_PRINT__)')
  expect(cli, 'hasSlidevPrintPages: a build flag Slidev still defines').toContain('__SLIDEV_FEATURE_PRINT__:')
})

test('Slidev\'s print style and slide height are still the ones the policy allows', () => {
  const printStyles = readFileSync(join(clientDir, 'composables', 'usePrintStyles.ts'), 'utf8')
  const template = /isPrintMode\.value\s*\?\s*`([^`]*)`/.exec(printStyles)?.[1]
  expect(template, 'slidevPrintStyle: usePrintStyles in @slidev/client').toBeDefined()
  const [width, height] = ['slideWidth', 'slideHeight'].map(size => `\${${size}.value}`)
  expect(template!.replace(width!, '980').replace(height!, '552'), 'slidevPrintStyle: usePrintStyles in @slidev/client')
    .toBe(slidevPrintStyle(980, 552))
  expect(readFileSync(join(clientDir, 'env.ts'), 'utf8'), 'slidevSlideHeight: slideHeight in @slidev/client env.ts')
    .toContain('slideHeight = computed(() => Math.ceil(slideWidth.value / slideAspect.value))')
  expect(slidevSlideHeight(980, 16 / 9)).toBe(552)
})

test('Slidev\'s pages still carry the classes, ids and attributes the kit reads', () => {
  for (const [key, name] of Object.entries(slidevDom)) {
    // The navigation bar's place is checked where it is used: slide 1's copy in the first-slide tests.
    if (key === 'navBarSelector')
      continue
    expect(client, `slidevDom.${key}: "${name}" in @slidev/client`).toContain(name)
  }
  expect(readFileSync(join(clientDir, 'index.html'), 'utf8'), 'slidevDom.appId: the page\'s mount point')
    .toContain(`id="${slidevDom.appId}"`)
})

test('Slidev\'s copied threshold and VueUse\'s copied style are still theirs', () => {
  expect(client, 'slidevVerticalScreenMarginPx: isScreenVertical in @slidev/client state/storage.ts')
    .toMatch(new RegExp(`isScreenVertical = computed\\(.*> ${slidevVerticalScreenMarginPx}\\)`))
  expect(readFileSync(join(packageDir('@vueuse/core'), 'dist', 'index.js'), 'utf8'), 'slidevInlineStyles: CSS_DISABLE_TRANS in @vueuse/core')
    .toContain(`CSS_DISABLE_TRANS = ${JSON.stringify(slidevInlineStyles[0])}`)
})

test('Slidev\'s routes and server paths are still where the remote guard and the routes hook expect them', () => {
  const routes = readFileSync(join(clientDir, 'setup', 'routes.ts'), 'utf8')
  for (const name of [
    ...Object.values(slidevRouteNames),
    ...speakerRouteNames,
  ])
    expect(routes, `route name "${name}" in @slidev/client setup/routes.ts`).toMatch(new RegExp(`name: ['"]${name}['"]`))
  for (const path of speakerRoutePaths)
    expect(routes, `route path "${path}" in @slidev/client setup/routes.ts`).toContain(`path: '${path}'`)
  const serverRef = sourceOf('vite-plugin-vue-server-ref')
  for (const prefix of sharedStatePrefixes)
    expect(serverRef, `sharedStatePrefixes: "${prefix}" in vite-plugin-vue-server-ref`).toContain(prefix)
  expect(cli, 'actingPaths: Slidev\'s MCP endpoint').toContain(actingPaths[0])
  const vite = sourceOf('vite', /\.js$/)
  expect(vite, 'actingPaths: Vite\'s open-in-editor endpoint').toContain(actingPaths[1])
  for (const pattern of viteDefaultFsDeny)
    expect(vite, `viteDefaultFsDeny: "${pattern}" in Vite's default server.fs.deny`).toContain(JSON.stringify(pattern))
  for (const entry of slidevDeckEntries)
    expect(cli, `slidevDeckEntries: Slidev reads "${entry}" from a deck's root`).toContain(entry.replace(/\.vue$/, ''))
})

test('the browser half of the adapter imports what Slidev still exports', () => {
  const constants = readFileSync(join(clientDir, 'constants.ts'), 'utf8')
  for (const name of ['CLICKS_MAX', 'TRUST_ORIGINS'])
    expect(constants, `${name} in @slidev/client/constants.ts`).toMatch(new RegExp(`export const ${name}\\b`))
  expect(cli, 'the #slidev/slides virtual module').toContain('#slidev/slides')
  expect(cli, 'the __SLIDEV_HAS_SERVER__ build flag').toContain('__SLIDEV_HAS_SERVER__')
})

test('no file of the kit outside its adapter reaches into Slidev\'s internals', () => {
  const internal = [
    /@slidev\/client\/(?!package)/,
    /#slidev\//,
    /__SLIDEV_/,
    /data-slidev-/,
    /['"`.]slidev-(?:layout|slide|note|vclick|page|icon)/,
    /print-slide-container|print-content/,
  ]
  const offenders = filesUnder(kit, /\.(?:ts|vue)$/)
    .filter(file => !file.startsWith('slidev/') && file !== 'env.d.ts')
    .flatMap((file) => {
      const code = readFileSync(join(kit, file), 'utf8').split('\n').filter(line => !/^\s*(?:\/\/|\*|\/\*)/.test(line)).join('\n')
      return internal.filter(pattern => pattern.test(code)).map(pattern => `kit/${file}: ${pattern}`)
    })
  expect(offenders).toEqual([])
  // CSS cannot import the adapter: every Slidev class a stylesheet of the kit names is one the adapter lists.
  const listed = new Set<string>(Object.values(slidevDom))
  const unlisted = filesUnder(kit, /\.css$/).flatMap(file => [
    ...readFileSync(join(kit, file), 'utf8').matchAll(/\.(slidev-[\w-]+)/g),
  ].map(match => match[1]!).filter(name => !listed.has(name)).map(name => `kit/${file}: .${name}`))
  expect([
    ...new Set(unlisted),
  ]).toEqual([])
})
