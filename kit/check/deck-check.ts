// `talk-kit check [--json]`: every author mistake the slide sources and data/ show without a
// browser, each with its file, line and the closest valid name. `npm run build`, `npm run export`, the dev
// server (as Vite's error overlay) and the tests all run it, so a typo fails in seconds instead of as a
// blank slide in the PDF.
//
// What it resolves, from Slidev's own parser and resolver: frontmatter that does not parse and imports
// that do not load; every component and layout a slide, component or layout uses; every id passed to a
// component prop typed with a kind the talk's config lists (`idKinds`); every `<<<` snippet file and
// #region; every image or asset path; every number in the talk's data folders (finite); the section
// budgets against the headmatter `duration`; one slide per page of each paged list; and the talk's own
// checks (`check` in its talk.config.ts).
import type { ResolvedSlidevOptions } from '@slidev/types'
import type { DeckProblem, IdKind, PagedList, TalkConfig } from '../config/talk.ts'
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import process from 'node:process'
import { resolveOptions } from '@slidev/cli'
import { parseTimeString } from '@slidev/parser/utils'
import { parse as parseSfc } from 'vue/compiler-sfc'
import { checkedTalkConfig, missingConfigAdvice, talkConfigFile } from '../config/load.ts'
import { sectionBudgetProblems } from '../speaker/pacing.ts'
import { readDeckText } from './deck-source.ts'
import { formatProblems } from './problems.ts'

/** The deck's text files with their lines, read once. */
type SourceFiles = Map<string, string[]>

const vueBuiltins = new Set([
  'Component',
  'Transition',
  'TransitionGroup',
  'KeepAlive',
  'Teleport',
  'Suspense',
  'Slot',
  'Template',
])

function pascalCase(tag: string): string {
  return tag.split('-').map(part => part.charAt(0).toUpperCase() + part.slice(1)).join('')
}

function kebabCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()
}

/** Edit distance, for "did you mean": small names, so the plain dynamic programme is fast enough. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1]
        ? 0
        : 1))
    }
    previous = current
  }
  return previous[b.length]!
}

/** "; did you mean `x`?" for the closest candidate within a few edits, or nothing. */
export function suggestion(wrong: string, candidates: Iterable<string>): string {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const edits = distance(wrong.toLowerCase(), candidate.toLowerCase())
    if (edits < bestDistance) {
      best = candidate
      bestDistance = edits
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(wrong.length / 3))
    ? `; did you mean \`${best}\`?`
    : ''
}

/** Vue's own answer to "is this tag a component?": what its compiler resolves with resolveComponent. */
function isComponentTag(tag: string): boolean {
  const { descriptor } = parseSfc(`<template><${tag}></${tag}></template>`)
  // ElementTypes.COMPONENT in @vue/compiler-core.
  const node = descriptor.template?.ast?.children[0] as { tagType?: number } | undefined
  return node?.tagType === 1
}

/** The markdown with code, inline code and HTML comments (the notes) blanked out, offsets and lines kept. */
export function maskMarkdown(text: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ')
  let fence: string | undefined
  const withoutCode = text.split('\n').map((line) => {
    const marker = /^(?:`{3}|~{3})/.exec(line)?.[0]
    if (fence === undefined && marker) {
      fence = marker
      return blank(line)
    }
    if (fence !== undefined) {
      if (line.startsWith(fence))
        fence = undefined
      return blank(line)
    }
    return line
  }).join('\n')
  return withoutCode
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/`[^`\n]+`/g, blank)
}

function lineAt(text: string, offset: number): number {
  let line = 1
  for (let index = 0; index < offset; index++) {
    if (text.charCodeAt(index) === 10)
      line++
  }
  return line
}

interface TagUse {
  tag: string
  /** Attributes written as plain strings: `id="x"`, not `:id="x"`. */
  staticAttributes: Map<string, string>
  line: number
}

/** Every opening tag in a text that is HTML or a Vue template, with its static attributes and line. */
export function findTags(text: string): TagUse[] {
  return [
    ...text.matchAll(/<([A-Z][\w-]*)(?=[\s/>])((?:[^<>"']|"[^"]*"|'[^']*')*)>/gi),
  ].map(match => ({
    tag: match[1]!,
    staticAttributes: new Map([
      ...match[2]!.matchAll(/(?:^|\s)([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g),
    ]
      .map(([, name, double, single]) => [name!, double ?? single ?? ''])),
    line: lineAt(text, match.index),
  }))
}

/** The names a tag can take for a component file: FigureCard and figure-card. */
function componentNames(dirs: string[]): Map<string, string> {
  const names = new Map<string, string>()
  for (const dir of dirs.filter(dir => existsSync(dir))) {
    for (const file of readdirSync(dir)) {
      const name = file.replace(/\.(?:vue|md|[jt]sx?)$/, '')
      if (name === file || name.includes('.'))
        continue
      names.set(pascalCase(name), join(dir, file))
    }
  }
  return names
}

/** Iconify collections Slidev resolves icon components from (`<carbon-logo-github />`), by prefix. */
function iconCollections(root: string): Map<string, Set<string>> {
  const dir = join(root, 'node_modules', '@iconify-json')
  const collections = new Map<string, Set<string>>()
  if (!existsSync(dir))
    return collections
  for (const prefix of readdirSync(dir)) {
    const file = join(dir, prefix, 'icons.json')
    if (!existsSync(file))
      continue
    const { icons = {}, aliases = {} } = JSON.parse(readFileSync(file, 'utf8')) as { icons?: object, aliases?: object }
    collections.set(prefix, new Set([
      ...Object.keys(icons),
      ...Object.keys(aliases),
    ]))
  }
  return collections
}

function isIcon(tag: string, icons: Map<string, Set<string>>): boolean {
  const kebab = tag.includes('-')
    ? tag.toLowerCase()
    : kebabCase(tag)
  return [...icons].some(([prefix, names]) => kebab.startsWith(`${prefix}-`) && names.has(kebab.slice(prefix.length + 1)))
}

/** A component's props and their declared types, from `defineProps<{ id: MetricId, height?: string }>()`. */
function propTypes(source: string): Map<string, string> {
  const body = /defineProps<\{([^}]*)\}>/.exec(source)?.[1] ?? ''
  return new Map([
    ...body.matchAll(/(\w+)\??\s*:\s*([\w.]+)/g),
  ].map(([, name, type]) => [name!, type!]))
}

/** A Vue file's template, other parts blanked so line numbers stay the file's. */
export function templateOf(source: string): string {
  const template = parseSfc(source).descriptor.template
  if (!template)
    return ''
  const { start, end } = template.loc
  return source.slice(0, start.offset).replace(/[^\n]/g, ' ') + source.slice(start.offset, end.offset)
}

interface DeckNames {
  idKinds: Readonly<Record<string, IdKind>>
  components: Map<string, string>
  layouts: Set<string>
  icons: Map<string, Set<string>>
}

function checkTags(file: string, text: string, names: DeckNames, problems: DeckProblem[]) {
  for (const { tag, staticAttributes, line } of findTags(text)) {
    const name = pascalCase(tag)
    const componentFile = names.components.get(name)
    if (!componentFile) {
      if (isComponentTag(tag) && !vueBuiltins.has(name) && !isIcon(tag, names.icons))
        problems.push({ file, line, message: `unknown component \`<${tag}>\`${suggestion(name, names.components.keys())}` })
      continue
    }
    const props = propTypes(readFileSync(componentFile, 'utf8'))
    for (const [attribute, value] of staticAttributes) {
      const type = props.get(attribute) ?? props.get(attribute.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()))
      const kind = type && names.idKinds[type]
      if (kind && !kind.ids.includes(value))
        problems.push({ file, line, message: `unknown ${kind.noun} id \`${value}\` in <${tag} ${attribute}="…">${suggestion(value, kind.ids)} (ids are in ${kind.definedIn})` })
    }
  }
}

/** Components whose props take an id of a kind the config does not list: the check could not resolve them. */
function checkIdKinds(root: string, { components, idKinds }: DeckNames, problems: DeckProblem[]) {
  for (const [name, path] of components) {
    if (!path.startsWith(root) || path.includes('node_modules'))
      continue
    for (const [prop, type] of propTypes(readFileSync(path, 'utf8'))) {
      if (type.endsWith('Id') && !idKinds[type]) {
        problems.push({
          file: relative(root, path),
          line: 0,
          message: `<${name}>'s prop \`${prop}\` takes a \`${type}\`, which \`idKinds\` in ${talkConfigFile} does not list: add it so the deck check resolves every ${prop} a slide passes`,
        })
      }
    }
  }
}

/** A `#region name` marker with a matching end, in any comment style Slidev reads. */
function hasRegion(lines: string[], name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const marker = (word: string) => new RegExp(`^\\s*(?://|<!--|/\\*|#|--|::|@?REM|\\(\\*)?\\s*#?(?:pragma\\s+)?${word}\\b\\s*${escaped}?\\s*(?:-->|\\*/|\\*\\))?\\s*$`, 'i')
  const start = lines.findIndex(line => marker('region').test(line) && line.includes(name))
  return start >= 0 && lines.slice(start + 1).some(line => marker('end ?region').test(line))
}

function checkSnippets(root: string, file: string, lines: string[], problems: DeckProblem[]) {
  lines.forEach((text, index) => {
    // `<<< @/snippets/echo/echo.go#echo go {2-3}`: the file, then an optional #region, language and lines.
    const target = /^<<<\s*(\S+)/.exec(text.trimStart())?.[1]
    if (!target)
      return
    const [path = '', regionName] = target.split('#')
    const region = regionName === undefined
      ? ''
      : `#${regionName}`
    const absolute = path.startsWith('@/')
      ? join(root, path.slice(2))
      : resolve(root, dirname(file), path)
    const line = index + 1
    if (!existsSync(absolute) || !statSync(absolute).isFile()) {
      const dir = dirname(absolute)
      const siblings = existsSync(dir)
        ? readdirSync(dir)
        : []
      problems.push({ file, line, message: `snippet file \`${path}\` does not exist${suggestion(absolute.slice(dir.length + 1), siblings)}` })
      return
    }
    const snippetLines = readFileSync(absolute, 'utf8').split('\n')
    if (region && !hasRegion(snippetLines, region.slice(1))) {
      const regions = snippetLines.flatMap(snippet => /#?region\s+([\w-]+)/i.exec(snippet)?.slice(1) ?? [])
      problems.push({ file, line, message: `snippet region \`${region}\` is not in ${path} (Slidev would show the whole file)${suggestion(region.slice(1), regions)}` })
    }
  })
}

/** Images and other files a slide loads: from Slidev's parser (frontmatter and markdown) and HTML src attributes. */
function checkAssets(root: string, file: string, text: string, images: Iterable<string>, problems: DeckProblem[]) {
  const htmlSources = [
    ...text.matchAll(/\ssrc\s*=\s*"([^"{]+)"/g),
  ].map(([, url]) => url!)
  for (const url of new Set([
    ...images,
    ...htmlSources,
  ])) {
    const line = Math.max(1, text.split('\n').findIndex(candidate => candidate.includes(url)) + 1)
    if (/^[a-z][\w+.-]*:/i.test(url)) {
      if (!url.startsWith('data:'))
        problems.push({ file, line, message: `\`${url}\` is on another host: the deck makes no request off its own origin; put the file in public/` })
      continue
    }
    const absolute = url.startsWith('/')
      ? join(root, 'public', url)
      : resolve(root, dirname(file), url)
    if (!existsSync(absolute))
      problems.push({ file, line, message: `asset \`${url}\` does not exist (an absolute path is looked up in public/)` })
  }
}

/** Line of `key:` in the frontmatter of the slide that starts at `start` (0-based, from Slidev's parser). */
function frontmatterLine(lines: string[], start: number, key: string): number {
  const index = lines.findIndex((line, at) => at >= start - 1 && new RegExp(`^${key}\\s*:`).test(line))
  return index + 1
}

type LoadedDeck = ResolvedSlidevOptions['data']

function checkMarkdown(root: string, data: LoadedDeck, files: SourceFiles, names: DeckNames, problems: DeckProblem[]) {
  for (const [path, markdown] of Object.entries(data.markdownFiles)) {
    const file = relative(root, path)
    const text = readFileSync(path, 'utf8')
    const lines = text.split('\n')
    files.set(file, lines)
    for (const error of markdown.errors ?? [])
      problems.push({ file, line: error.row + 1, message: error.message })
    for (const slide of markdown.slides) {
      const yamlErrors = slide.frontmatterDoc?.errors ?? []
      for (const error of yamlErrors) {
        const yamlLines = (slide.frontmatterRaw ?? '').trimEnd().split('\n')
        const yamlStart = lines.findIndex((line, at) => at >= slide.start && line === yamlLines[0])
        // YAML points past an unclosed bracket, at the end of the block: keep the line inside the frontmatter.
        const line = yamlStart + Math.min(error.linePos?.[0].line ?? 1, yamlLines.length)
        const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
        problems.push({ file, line, message: `the frontmatter does not parse: ${reason}` })
      }
      const layout = slide.frontmatter.layout
      if (yamlErrors.length === 0 && layout !== undefined && (typeof layout !== 'string' || !names.layouts.has(layout))) {
        problems.push({
          file,
          line: frontmatterLine(lines, slide.start, 'layout'),
          message: `unknown layout \`${String(layout)}\`${suggestion(String(layout), names.layouts)}`,
        })
      }
      checkAssets(root, file, text, slide.images ?? [], problems)
    }
    const masked = maskMarkdown(text)
    checkTags(file, masked, names, problems)
    checkSnippets(root, file, masked.split('\n'), problems)
  }
  for (const problem of problems) {
    const slide = data.slides.find(({ source }) => relative(root, source.filepath) === problem.file && source.start <= problem.line && problem.line <= source.end + 1)
    if (slide)
      problem.slide = slide.index + 1
  }
}

/** Vue files of the deck's own (components, layouts, Slidev's global layers): their templates use components too. */
/** The talk's own Vue files, and those of any local addon (one not installed from a registry), as a maintainer edits them. */
function checkVueFiles(root: string, roots: string[], names: DeckNames, problems: DeckProblem[]) {
  const local = [
    ...new Set(roots.map(dir => realpathSync(dir))),
  ].filter(dir => !dir.split(sep).includes('node_modules'))
  const vueFiles = local.flatMap(dir => [
    ...['components', 'layouts'].flatMap(folder => existsSync(join(dir, folder))
      ? readdirSync(join(dir, folder)).filter(name => name.endsWith('.vue')).map(name => join(dir, folder, name))
      : []),
    ...readdirSync(dir).filter(name => name.endsWith('.vue')).map(name => join(dir, name)),
  ])
  for (const file of vueFiles)
    checkTags(relative(root, file), templateOf(readFileSync(file, 'utf8')), names, problems)
}

/** Where a value sits in a data file: the line of its object's id (or name), then the line of the key. */
function dataLine(lines: string[], anchor: string | undefined, key: string): number {
  const anchorAt = anchor
    ? lines.findIndex(line => line.includes(`'${anchor}'`) || line.includes(`"${anchor}"`))
    : -1
  const at = lines.findIndex((line, index) => index >= anchorAt && new RegExp(`^\\s*${key}\\b`).test(line))
  return at >= 0
    ? at + 1
    : anchorAt + 1
}

/** Every number in a data module's exports must be finite: a NaN figure draws nothing and says nothing. */
function checkFinite(file: string, lines: string[], value: unknown, path: string, anchor: string | undefined, problems: DeckProblem[], seen: Set<unknown>) {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      problems.push({
        file,
        line: dataLine(lines, anchor, path.split('.').at(-1)!),
        message: `${path}${anchor
          ? ` (of \`${anchor}\`)`
          : ''} is ${value}: every number in data/ must be finite`,
      })
    }
    return
  }
  if (!value || typeof value !== 'object' || seen.has(value))
    return
  seen.add(value)
  const record = value as Record<string, unknown>
  const ownAnchor = typeof record.id === 'string'
    ? record.id
    : typeof record.name === 'string'
      ? record.name
      : anchor
  for (const [key, item] of Object.entries(record)) {
    checkFinite(file, lines, item, Array.isArray(value)
      ? `${path}[${key}]`
      : `${path}.${key}`, ownAnchor, problems, seen)
  }
}

/** Every .ts file under `dir`, relative to the root. */
function typeScriptFiles(root: string, dir: string): string[] {
  if (!existsSync(join(root, dir)))
    return []
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap(entry => entry.isDirectory()
    ? typeScriptFiles(root, join(dir, entry.name))
    : entry.name.endsWith('.ts')
      ? [
          join(dir, entry.name),
        ]
      : [])
}

async function checkData(root: string, config: TalkConfig, data: LoadedDeck, files: SourceFiles, problems: DeckProblem[]) {
  // One set for all modules: an object re-exported by an aggregate is reported once, where it is defined.
  const seen = new Set<unknown>()
  for (const file of config.dataDirs.flatMap(dir => typeScriptFiles(root, dir))) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n')
    files.set(file, lines)
    let exports: Record<string, unknown>
    try {
      exports = await import(join(root, file)) as Record<string, unknown>
    }
    catch (error) {
      problems.push({ file, line: 0, message: `does not load: ${(error as Error).message.split('\n')[0]}` })
      continue
    }
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value !== 'function')
        checkFinite(file, lines, value, name, undefined, problems, seen)
    }
  }
  const sectionsFile = config.sectionsDefinedIn
  const sectionLines = files.get(sectionsFile) ?? (existsSync(join(root, sectionsFile))
    ? readFileSync(join(root, sectionsFile), 'utf8').split('\n')
    : [])
  for (const message of sectionBudgetProblems(parseTimeString(data.config.duration).seconds, config.sections, sectionsFile)) {
    problems.push({
      file: sectionsFile,
      // Where the list starts: `export const sections` in a data file, `sections: [` in the config.
      line: sectionLines.findIndex(line => /^\s*(?:export const sections\b|sections:\s*\[)/.test(line)) + 1,
      message,
    })
  }
}

/**
 * A paged list is generated from data/, but its slides are markdown: there must be one slide per page the
 * data lays out, numbered in order, so adding an entry never drops one silently.
 */
function checkPagedList(root: string, data: LoadedDeck, list: PagedList, problems: DeckProblem[]) {
  const dataFile = list.definedIn
  let pageCount: number
  try {
    pageCount = list.pageCount()
  }
  catch (error) {
    problems.push({ file: dataFile, line: 0, message: `${list.what} cannot be laid out: ${(error as Error).message}` })
    return
  }
  const tag = new RegExp(`<${list.component}\\s+:page="(\\d+)"`, 'g')
  const uses = data.slides.flatMap(slide => [
    ...maskMarkdown(slide.content).matchAll(tag),
  ]
    .map(match => ({
      slide,
      page: Number(match[1]),
    })))
  const last = uses.at(-1)
  const file = last
    ? relative(root, last.slide.source.filepath)
    : 'slides.md'
  const howTo = `one slide per page, each \`# ${list.heading}\` with \`<${list.component} :page="N" />\`, N from 1 to ${pageCount}`
  const pages = uses.map(use => use.page)
  if (pages.length !== pageCount || pages.some((page, index) => page !== index + 1)) {
    const lines = last
      ? readFileSync(last.slide.source.filepath, 'utf8').split('\n')
      : []
    problems.push({
      file,
      line: lines.findLastIndex(line => line.includes(`<${list.component}`)) + 1,
      slide: last
        ? last.slide.index + 1
        : undefined,
      message: `${list.what} needs ${pageCount} page${pageCount === 1
        ? ''
        : 's'} for the entries in data/ and the deck has ${pages.length === 0
        ? 'none'
        : `pages ${pages.join(', ')}`}: ${howTo}`,
    })
  }
}

/** Every mistake found, in file order. Empty when the deck is sound. */
/**
 * The favicon must be the deck's own: Slidev's default is on another host, which the hosted deck's
 * Content-Security-Policy blocks and the PDF's print page reports as a failed request.
 */
function checkFavicon(root: string, favicon: string, problems: DeckProblem[]) {
  if (!/^(?:https?:)?\/\//.test(favicon))
    return
  const lines = readFileSync(join(root, 'slides.md'), 'utf8').split('\n')
  problems.push({
    file: 'slides.md',
    line: lines.findIndex(line => line.startsWith('favicon:')) + 1,
    message: `the favicon ${favicon} is on another host, which the hosted deck may not load: put one in public/ and set \`favicon: /favicon.svg\` in the headmatter`,
  })
}

/** The talk's config, or the problem that stops the check reading it. */
async function readTalkConfig(root: string): Promise<TalkConfig | DeckProblem> {
  if (!existsSync(join(root, talkConfigFile)))
    return { file: talkConfigFile, line: 0, message: `missing: ${missingConfigAdvice}` }
  try {
    return checkedTalkConfig(root, await import(join(root, talkConfigFile)) as Record<string, unknown>)
  }
  catch (error) {
    return { file: talkConfigFile, line: 0, message: (error as Error).message.split('\n')[0]! }
  }
}

/** Every mistake found, in file order. Empty when the deck is sound. */
export async function checkDeck(root: string): Promise<DeckProblem[]> {
  const problems: DeckProblem[] = []
  const config = await readTalkConfig(root)
  if ('message' in config)
    return [config]
  let options: ResolvedSlidevOptions
  try {
    options = await resolveOptions({
      entry: join(root, 'slides.md'),
    }, 'build')
  }
  catch (error) {
    return [
      { file: 'slides.md', line: 0, message: `Slidev cannot read the deck: ${(error as Error).message}` },
    ]
  }
  const names: DeckNames = {
    idKinds: config.idKinds,
    components: componentNames([
      join(options.clientRoot, 'builtin'),
      ...options.roots.map(dir => join(dir, 'components')),
    ]),
    layouts: new Set(Object.keys(await options.utils.getLayouts())),
    icons: iconCollections(root),
  }
  const files: SourceFiles = new Map()
  checkFavicon(root, options.data.config.favicon, problems)
  checkMarkdown(root, options.data, files, names, problems)
  checkVueFiles(root, options.roots, names, problems)
  checkIdKinds(root, names, problems)
  await checkData(root, config, options.data, files, problems)
  for (const list of config.pagedLists ?? [])
    checkPagedList(root, options.data, list, problems)
  if (config.check) {
    try {
      problems.push(...await config.check({
        root,
        files,
        deckText: readDeckText(root),
      }))
    }
    catch (error) {
      problems.push({ file: talkConfigFile, line: 0, message: `the talk's own check failed: ${(error as Error).message}` })
    }
  }
  return problems
}

/** For entry points: runs the check and exits with the problems named, before any slow work starts. */
export async function checkDeckOrExit(root: string) {
  const problems = await checkDeck(root)
  if (problems.length > 0) {
    console.error(formatProblems(problems))
    process.exit(1)
  }
}
