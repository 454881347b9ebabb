// The second reference: the same talk as a Marp deck, the plainest way to put markdown slides on the web.
// Its markdown is derived at bench time from this deck's slides as Slidev's parser reads them, so it follows
// every edit: each slide's title and text, with Vue components and HTML tags stripped (their text kept),
// code snippets inlined, charts and other component-only content dropped, speaker notes left out.
// Marp CLI is installed into the bench's temporary folder, as the starter and Lighthouse are: it is a
// reference to measure against, not a tool the deck uses.
import type { LoadedSlidevData } from '@slidev/parser/fs'
import type { TalkConfig } from '../config/talk.ts'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, extname, join, resolve } from 'node:path'
import { maskMarkdown } from '../check/deck-check.ts'
import { loadDeck } from '../check/deck-source.ts'
import { installedVersion, installTool } from './npm.ts'
import { describeExit, run, tail } from './process.ts'

type Slide = LoadedSlidevData['slides'][number]

/** The major pinned; the version npm resolves within it is printed with the results. */
export const marpCliMajor = '4'
const buildTimeoutMs = 2 * 60_000

/** Marp's HTML puts each slide in a `<section id="N">` inside an SVG. */
export const marpSlideOne = 'svg[data-marpit-svg] section[id="1"]'

export interface MarpDeck {
  /** The folder holding index.html, served like the Slidev builds. */
  dist: string
  cliVersion: string
  coreVersion: string
  slides: number
  buildSeconds: number
}

/** Layouts that centre a title on its own; Marp's default theme does that with its `lead` class. */
const titleLayouts = new Set(['cover', 'section', 'center'])

/** A `<<< @/snippets/file.go#region lang` line as a fenced code block, as Slidev shows it. */
function inlineSnippet(line: string, root: string, slideFile: string): string {
  const [, target = '', language] = /^<<<\s*(\S+)(?:\s+(\w+))?/.exec(line.trim())!
  const [path = '', region] = target.split('#')
  const file = path.startsWith('@/')
    ? join(root, path.slice(2))
    : resolve(dirname(slideFile), path)
  let lines = readFileSync(file, 'utf8').split('\n')
  if (region) {
    const start = lines.findIndex(text => /#region\s+(\S+)/.exec(text)?.[1] === region)
    const end = lines.findIndex((text, index) => index > start && /#endregion\b/.test(text))
    // The deck check (kit/check/deck-check.ts) holds that every region a slide names exists.
    lines = lines.slice(start + 1, end)
  }
  const code = lines.slice(lines.findIndex(text => text.trim()), lines.findLastIndex(text => text.trim()) + 1)
  const indent = Math.min(...code.filter(text => text.trim()).map(text => /^\s*/.exec(text)![0].length))
  return [
    `\`\`\`${language ?? extname(file).slice(1)}`,
    ...code.map(text => text.slice(indent)),
    '```',
  ].join('\n')
}

/** Every tag, HTML or component, opening, closing or self-closing; quoted attributes may hold `>`. */
const anyTag = /<\/?[a-z][\w-]*(?:\s(?:[^<>"']|"[^"]*"|'[^']*')*)?\/?>/gi

type PlainText = NonNullable<TalkConfig['plainText']>

/** What a tag leaves in Marp's markdown: its text where it is only text, else nothing. */
function textOfTag(tag: string, plainText: PlainText): string {
  // A component that is only text (the talk's config says which), shown bold as a figure in a sentence.
  const component = /^<([A-Z]\w*)((?:\s+[\w-]+="[^"]*")*)\s*\/>$/.exec(tag)
  const toText = component && plainText[component[1]!]
  if (component && toText) {
    const props = Object.fromEntries([
      ...component[2]!.matchAll(/([\w-]+)="([^"]*)"/g),
    ].map(([, name, value]) => [name!, value!]))
    return `**${toText(props)}**`
  }
  return /^<\/?code>$/.test(tag)
    ? '`'
    : ''
}

/** The slide's markdown without Slidev's components and HTML; what is inside a tag's pair stays. */
function plainMarkdown(slide: Slide, root: string, plainText: PlainText): string {
  // Tags are looked for where the deck check looks for them: outside code, where `List<T>` is not a tag.
  const masked = maskMarkdown(slide.content)
  let text = ''
  let from = 0
  for (const tag of masked.matchAll(anyTag)) {
    text += slide.content.slice(from, tag.index) + textOfTag(tag[0], plainText)
    from = tag.index + tag[0].length
  }
  text += slide.content.slice(from)
  const body = text.split('\n')
    .map(line => line.trimStart().startsWith('<<<')
      ? inlineSnippet(line, root, slide.source.filepath)
      : line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  return /^#{1,6}\s/m.test(body) || !slide.title
    ? body
    : `# ${slide.title}\n\n${body}`
}

/** The whole talk as one Marp markdown file, in Marp's default theme. */
function marpMarkdown(deck: LoadedSlidevData, root: string, plainText: PlainText): string {
  const headmatter = [
    '---',
    'marp: true',
    'theme: default',
    `title: ${JSON.stringify(deck.headmatter.title ?? 'Slides')}`,
    'lang: en',
    '---',
  ].join('\n')
  const slides = deck.slides.map((slide) => {
    const layout = String(slide.frontmatter.layout ?? 'default')
    // A Marp directive: an HTML comment is the one kind of HTML Marp reads without its --html flag.
    const directive = titleLayouts.has(layout)
      ? '<!-- _class: lead -->\n\n'
      : ''
    return `${directive}${plainMarkdown(slide, root, plainText)}`
  })
  return `${headmatter}\n\n${slides.join('\n\n---\n\n')}\n`
}

/** Installs Marp CLI into workDir/marp, writes the talk's markdown there and builds it to HTML once. */
export async function makeMarpDeck(workDir: string, repoRoot: string, node: string, plainText: PlainText = {}): Promise<MarpDeck> {
  const dir = join(workDir, 'marp')
  console.log(`Installing Marp CLI in ${dir} (npm install, not timed)…`)
  const cli = await installTool(dir, `@marp-team/marp-cli@${marpCliMajor}`, '@marp-team/marp-cli/marp-cli.js')
  const deck = await loadDeck(repoRoot)
  const markdown = join(dir, 'deck.md')
  writeFileSync(markdown, marpMarkdown(deck, repoRoot, plainText))
  const dist = join(dir, 'dist')
  const result = await run(node, [
    cli,
    markdown,
    '--output',
    join(dist, 'index.html'),
  ], { cwd: dir, timeoutMs: buildTimeoutMs })
  if (result.code !== 0 || !existsSync(join(dist, 'index.html'))) {
    throw new Error(`Marp CLI could not turn ${markdown} into HTML: marp ${describeExit(result, buildTimeoutMs)}. `
      + 'Run the bench with --keep to look at the markdown derived from the slides; a slide with new Slidev-only syntax '
      + `may need a rule in kit/bench/marp.ts.\n${tail(result.output)}`)
  }
  return {
    dist,
    cliVersion: installedVersion(dir, '@marp-team/marp-cli'),
    coreVersion: installedVersion(dir, '@marp-team/marp-core'),
    slides: deck.slides.length,
    buildSeconds: result.ms / 1000,
  }
}
