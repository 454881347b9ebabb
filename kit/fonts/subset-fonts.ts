// `npm run fonts [-- --check]`: cuts each self-hosted font into a small core file with the characters
// the deck uses and the rest of its Latin file, and writes styles/fonts.css to serve both. A browser
// downloads a face only when a page has a character in its unicode-range, so slides fetch just the core.
// Subsets with HarfBuzz's hb-subset (harfbuzzjs) and reads and writes WOFF2 with Google's woff2 (wawoff2),
// both WebAssembly from the lockfile. `--check` regenerates into a temporary folder and fails if the
// committed files differ.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import * as harfbuzz from 'harfbuzzjs'
import { compress, decompress } from 'wawoff2'

export interface FontFace {
  family: string
  weight: number
  /** Fontsource's Latin file for this face, relative to the repo. */
  source: string
}

const root = process.cwd()
export const fontsDir = join(root, 'styles', 'fonts')
export const fontsCss = join(root, 'styles', 'fonts.css')

export const faces: FontFace[] = [
  { family: 'Inter', weight: 400, source: 'node_modules/@fontsource/inter/files/inter-latin-400-normal.woff2' },
  { family: 'Inter', weight: 600, source: 'node_modules/@fontsource/inter/files/inter-latin-600-normal.woff2' },
  { family: 'Inter', weight: 800, source: 'node_modules/@fontsource/inter/files/inter-latin-800-normal.woff2' },
  { family: 'JetBrains Mono', weight: 400, source: 'node_modules/@fontsource/jetbrains-mono/files/jetbrains-mono-latin-400-normal.woff2' },
]

/**
 * The characters in the core files: printable ASCII and the typography the slides use (no-break space,
 * micro, middle dot, times, dashes, curly quotes, ellipsis, arrow). A character outside it still renders
 * in the right font, from the larger file; the slide crawl names any slide that needs it.
 */
export const coreCodePoints: number[] = [
  ...range(0x20, 0x7E),
  0xA0,
  0xB5,
  0xB7,
  0xD7,
  0x2013,
  0x2014,
  0x2018,
  0x2019,
  0x201C,
  0x201D,
  0x2026,
  0x2192,
]

// The OpenType features a browser applies to Latin text by default (HarfBuzz's: composition, marks,
// ligatures, contextual alternates, kerning), so the core files draw exactly what the full ones do,
// and tabular figures for numbers that change in place (the Amdahl explorer). Inter's fractions,
// stylistic sets and the like stay out: no slide turns them on.
const layoutFeatures = [
  'ccmp',
  'locl',
  'mark',
  'mkmk',
  'rlig',
  'rclt',
  'rvrn',
  'calt',
  'clig',
  'liga',
  'kern',
  'tnum',
]

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, index) => first + index)
}

/** The part of HarfBuzz's C API (hb-subset.h and what it needs) that harfbuzzjs's subsetter build exports. */
interface HarfBuzzSubsetter {
  memory: WebAssembly.Memory
  _initialize: () => void
  malloc: (size: number) => number
  free: (pointer: number) => void
  hb_blob_create: (data: number, length: number, mode: number, userData: number, destroy: number) => number
  hb_blob_destroy: (blob: number) => void
  hb_blob_get_data: (blob: number, length: number) => number
  hb_blob_get_length: (blob: number) => number
  hb_face_create: (blob: number, index: number) => number
  hb_face_destroy: (face: number) => void
  hb_face_reference_blob: (face: number) => number
  hb_set_add: (set: number, value: number) => void
  hb_set_clear: (set: number) => void
  hb_subset_input_create_or_fail: () => number
  hb_subset_input_destroy: (input: number) => void
  hb_subset_input_set: (input: number, setType: number) => number
  hb_subset_input_unicode_set: (input: number) => number
  hb_subset_or_fail: (face: number, input: number) => number
}

// Values of HarfBuzz's enums (hb-blob.h, hb-subset.h).
const HB_MEMORY_MODE_READONLY = 1
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6

const hbSubset = new WebAssembly.Instance(new WebAssembly.Module(
  readFileSync(new URL(import.meta.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'))),
)).exports as unknown as HarfBuzzSubsetter
hbSubset._initialize()

function openTypeTag(tag: string): number {
  return [...tag].reduce((value, char) => value * 256 + char.charCodeAt(0), 0)
}

// HarfBuzz reads TrueType, not WOFF2; wawoff2's result is a view into its WebAssembly memory, which its
// next call overwrites, hence the copy.
async function readTrueType(file: string): Promise<Uint8Array> {
  return (await decompress(readFileSync(file))).slice()
}

/** A WOFF2 font file, opened with HarfBuzz. */
export async function readFace(file: string): Promise<harfbuzz.Face> {
  return new harfbuzz.Face(new harfbuzz.Blob(await readTrueType(file)))
}

/** Every code point the font file maps to a glyph, in ascending order. */
export async function readCmap(file: string): Promise<number[]> {
  return Array.from((await readFace(file)).collectUnicodes())
}

// hb-subset's defaults are fontTools' (hinting kept, name IDs 0-6, no glyph names, layout closure), and
// so is its default feature list, which has fractions and no tabular figures: `layoutFeatures` replaces it.
function subsetTrueType(font: Uint8Array, codePoints: number[]): Uint8Array {
  const fontData = hbSubset.malloc(font.byteLength)
  new Uint8Array(hbSubset.memory.buffer).set(font, fontData)
  const blob = hbSubset.hb_blob_create(fontData, font.byteLength, HB_MEMORY_MODE_READONLY, 0, 0)
  const face = hbSubset.hb_face_create(blob, 0)
  hbSubset.hb_blob_destroy(blob)
  const input = hbSubset.hb_subset_input_create_or_fail()
  try {
    if (input === 0)
      throw new Error('HarfBuzz could not allocate a subset input.')
    const unicodes = hbSubset.hb_subset_input_unicode_set(input)
    for (const point of codePoints)
      hbSubset.hb_set_add(unicodes, point)
    const features = hbSubset.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG)
    hbSubset.hb_set_clear(features)
    for (const feature of layoutFeatures)
      hbSubset.hb_set_add(features, openTypeTag(feature))
    const subsetFace = hbSubset.hb_subset_or_fail(face, input)
    if (subsetFace === 0)
      throw new Error('HarfBuzz could not subset the font.')
    const result = hbSubset.hb_face_reference_blob(subsetFace)
    const data = hbSubset.hb_blob_get_data(result, 0)
    // slice, not subarray: the bytes must outlive the blob, and the memory may grow (and move) later.
    const bytes = new Uint8Array(hbSubset.memory.buffer).slice(data, data + hbSubset.hb_blob_get_length(result))
    hbSubset.hb_blob_destroy(result)
    hbSubset.hb_face_destroy(subsetFace)
    return bytes
  }
  finally {
    hbSubset.hb_subset_input_destroy(input)
    hbSubset.hb_face_destroy(face)
    hbSubset.free(fontData)
  }
}

async function subset(source: string, output: string, codePoints: number[]) {
  const woff2 = await compress(subsetTrueType(await readTrueType(source), codePoints))
  writeFileSync(output, woff2)
}

/** CSS unicode-range for a sorted list of code points, runs collapsed: U+20-7E,U+A0. */
export function unicodeRange(codePoints: number[]): string {
  const parts: string[] = []
  for (let start = 0; start < codePoints.length;) {
    let end = start
    while (end + 1 < codePoints.length && codePoints[end + 1] === codePoints[end]! + 1)
      end++
    const first = codePoints[start]!.toString(16).toUpperCase()
    const last = codePoints[end]!.toString(16).toUpperCase()
    parts.push(first === last
      ? `U+${first}`
      : `U+${first}-${last}`)
    start = end + 1
  }
  return parts.join(',')
}

export function coreFileName(face: FontFace): string {
  return `${face.family.toLowerCase().replaceAll(' ', '-')}-core-${face.weight}.woff2`
}

function fontFaceRule(face: FontFace, url: string, codePoints: number[]): string {
  return [
    '@font-face {',
    `  font-family: '${face.family}';`,
    '  font-style: normal;',
    '  font-display: swap;',
    `  font-weight: ${face.weight};`,
    `  src: url(${url}) format('woff2');`,
    `  unicode-range: ${unicodeRange(codePoints)};`,
    '}',
  ].join('\n')
}

/** Writes the core files and the stylesheet into outDir / cssFile. */
async function generate(outDir: string, cssFile: string) {
  mkdirSync(outDir, { recursive: true })
  const rules: string[] = []
  for (const face of faces) {
    const source = join(root, face.source)
    if (!existsSync(source))
      throw new Error(`${face.source} is missing: run \`npm ci\` first.`)
    const available = await readCmap(source)
    const core = coreCodePoints.filter(point => available.includes(point))
    const rest = available.filter(point => !core.includes(point))
    await subset(source, join(outDir, coreFileName(face)), core)
    rules.push(
      fontFaceRule(face, `./fonts/${coreFileName(face)}`, core),
      fontFaceRule(face, relative(join(root, 'styles'), source), rest),
    )
  }
  const header = '/* Generated by `npm run fonts` (kit/fonts/subset-fonts.ts) from @fontsource\'s Latin files: edit the script, not this file. */'
  writeFileSync(cssFile, `${header}\n${rules.join('\n')}\n`)
}

/** Differences between the committed fonts and a fresh run: empty when they match. */
export async function checkFonts(): Promise<string[]> {
  const scratch = mkdtempSync(join(tmpdir(), 'deck-fonts-'))
  try {
    await generate(join(scratch, 'fonts'), join(scratch, 'fonts.css'))
    const problems: string[] = []
    const expected = readdirSync(join(scratch, 'fonts')).sort()
    const committed = existsSync(fontsDir)
      ? readdirSync(fontsDir).sort()
      : []
    if (expected.join() !== committed.join())
      problems.push(`styles/fonts/ holds ${committed.join(', ') || 'nothing'}; the script makes ${expected.join(', ')}`)
    for (const file of expected.filter(name => committed.includes(name))) {
      if (!readFileSync(join(scratch, 'fonts', file)).equals(readFileSync(join(fontsDir, file))))
        problems.push(`styles/fonts/${file} differs from what the script makes`)
    }
    if (!existsSync(fontsCss) || readFileSync(fontsCss, 'utf8') !== readFileSync(join(scratch, 'fonts.css'), 'utf8'))
      problems.push('styles/fonts.css differs from what the script makes')
    return problems
  }
  finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** `talk-kit fonts [--check]`: writes the core fonts, or checks the committed ones. */
export async function subsetFontsCommand() {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
    },
  })
  try {
    if (values.check) {
      const problems = await checkFonts()
      if (problems.length > 0) {
        console.error(`The committed fonts are out of date:\n  - ${problems.join('\n  - ')}\nRun \`npm run fonts\` and commit the result.`)
        process.exit(1)
      }
      console.log('The committed fonts match kit/fonts/subset-fonts.ts.')
      return
    }
    rmSync(fontsDir, { recursive: true, force: true })
    await generate(fontsDir, fontsCss)
    console.log(`Wrote ${faces.length} core fonts into styles/fonts/ and styles/fonts.css.`)
  }
  catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
}
