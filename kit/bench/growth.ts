// How the kit's build keeps up with editing: `talk-kit build` against plain `slidev build` of this deck in
// the same run, then both on generated decks of this deck's slide count and four times it, in seconds per
// slide. A generated deck is plain markdown (headings, lists, a table, notes) in sections of five slides,
// with a talk.config.ts of its own, built beside the project's packages in the bench's temporary folder.
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { slidevBin } from '../check/deck-source.ts'
import { describeExit, run, tail } from './process.ts'

const buildTimeoutMs = 15 * 60_000
const kitCli = fileURLToPath(new URL('../cli/index.ts', import.meta.url))
const slidesPerSection = 5

export interface BuildTime {
  deck: string
  slides: number
  /** Plain `slidev build`, the kit's Vite plugins included (its deck check too). */
  slidevSeconds: number
  /** `talk-kit build`: the check, Slidev's build, the PDF, the reader view, slide 1, the offline worker. */
  kitSeconds: number
}

async function timedBuild(node: string, args: string[], cwd: string, what: string): Promise<number> {
  const result = await run(node, args, { cwd, timeoutMs: buildTimeoutMs })
  if (result.code !== 0)
    throw new Error(`${what} ${describeExit(result, buildTimeoutMs)}:\n${tail(result.output)}`)
  return result.ms / 1000
}

/** Both builds of the deck in `root`, into `out`. */
export async function buildTimes(deck: string, root: string, slides: number, node: string, out: string): Promise<BuildTime> {
  const slidevSeconds = await timedBuild(node, [
    slidevBin(),
    'build',
    '--out',
    join(out, `${deck}-slidev`),
  ], root, `slidev build of ${deck}`)
  const kitSeconds = await timedBuild(node, [
    kitCli,
    'build',
    '--out',
    join(out, `${deck}-kit`),
  ], root, `talk-kit build of ${deck}`)
  return {
    deck,
    slides,
    slidevSeconds,
    kitSeconds,
  }
}

/** Writes a deck of `slides` slides into `dir`, with the project's packages linked in. */
export function generateDeck(dir: string, slides: number, projectRoot: string) {
  const sections = Math.ceil((slides - 1) / slidesPerSection)
  mkdirSync(join(dir, 'pages'), { recursive: true })
  mkdirSync(join(dir, 'public'), { recursive: true })
  mkdirSync(join(dir, 'node_modules'), { recursive: true })
  for (const entry of readdirSync(join(projectRoot, 'node_modules')).filter(name => name !== '.vite'))
    symlinkSync(join(projectRoot, 'node_modules', entry), join(dir, 'node_modules', entry))
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({
    name: 'generated-deck',
    private: true,
    type: 'module',
    homepage: 'https://talk.example.org/generated/',
  })}\n`)
  writeFileSync(join(dir, 'public', 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>\n')
  const titles = Array.from({ length: sections }, (_, index) => `Section ${index + 1}`)
  const pages = titles.map((title, index) => {
    const first = 1 + index * slidesPerSection
    const count = Math.min(slidesPerSection, slides - first)
    return [
      `---\nlayout: section\n---\n\n# ${title}\n\nWhat this part covers\n\n<!--\nNotes for the divider of ${title}.\n-->\n`,
      ...Array.from({ length: count - 1 }, (_, slide) => `---\n\n# Slide ${first + slide + 1}\n\n- A first point, said in a few words\n- A second point, with **one figure: ${slide + 2}x**\n- A third point\n\n| what | how much |\n| --- | --- |\n| this | ${slide} |\n| that | ${slide + 1} |\n\n<!--\nNotes for slide ${first + slide + 1}: what to say, in a sentence or two.\n-->\n`),
    ].join('\n')
  })
  pages.forEach((text, index) => writeFileSync(join(dir, 'pages', `${String(index + 1).padStart(2, '0')}.md`), text))
  writeFileSync(join(dir, 'slides.md'), [
    `---\ntheme: default\naddons:\n  - talk-kit\ntitle: A Generated Deck\nauthor: The bench\ninfo: A deck the bench generates to time builds\nfavicon: /favicon.svg\nfonts:\n  provider: none\nexportFilename: generated\ndownload: generated.pdf\nduration: ${sections}min\nmonaco: false\ntwoslash: false\nrecord: false\nmcp: false\nlayout: cover\n---\n\n# A Generated Deck\n\n${slides} slides\n\n<!--\nNotes for the title.\n-->\n`,
    ...pages.map((_, index) => `---\nsrc: pages/${String(index + 1).padStart(2, '0')}.md\n---\n`),
  ].join('\n'))
  writeFileSync(join(dir, 'talk.config.ts'), `import { defineTalk } from 'slidev-addon-talk-kit'

export default defineTalk({
  sections: ${JSON.stringify(titles.map((title, index) => ({ page: `${String(index + 1).padStart(2, '0')}.md`, title, budgetMinutes: 1 })))},
  sectionsDefinedIn: 'talk.config.ts',
  idKinds: {},
  dataDirs: [],
  firstSlideFonts: [],
})
`)
}
