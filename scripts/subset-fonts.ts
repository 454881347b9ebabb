// `npm run fonts [-- --check]`: cuts each self-hosted font into a small core file with the characters
// the deck uses and the rest of its Latin file, and writes styles/fonts.css to serve both. A browser
// downloads a face only when a page has a character in its unicode-range, so slides fetch just the core.
// Needs fontTools (Debian: `apt-get install python3-fonttools python3-brotli`). `--check` regenerates into a
// temporary folder and fails if the committed files differ.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'

export interface FontFace {
  family: string
  weight: number
  /** Fontsource's Latin file for this face, relative to the repo. */
  source: string
}

const root = join(import.meta.dirname, '..')
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

const installHint = 'Install fontTools: `apt-get install python3-fonttools python3-brotli` (Debian) or `pip install fonttools brotli`.'

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, index) => first + index)
}

/**
 * The first interpreter with fontTools and brotli: PYTHON if set, else python3 on the PATH, else Debian's
 * own (where apt installs python3-fonttools, when a version manager's python3 comes first on the PATH).
 */
export function findPython(): string | undefined {
  const candidates = [process.env.PYTHON, 'python3', '/usr/bin/python3'].filter(candidate => !!candidate) as string[]
  return candidates.find(candidate => spawnSync(candidate, ['-c', 'import fontTools, brotli'], { stdio: 'ignore' }).status === 0)
}

let pythonCommand: string | undefined

function python(script: string, args: string[]): string {
  pythonCommand ??= findPython()
  if (!pythonCommand)
    throw new Error(`No python3 with fontTools and brotli found. ${installHint} Or set PYTHON to an interpreter that has them.`)
  const result = spawnSync(pythonCommand, ['-c', script, ...args], { encoding: 'utf8' })
  if (result.status !== 0)
    throw new Error(`fontTools failed (${pythonCommand}):\n${result.error?.message ?? result.stderr}`)
  return result.stdout
}

/** Every code point the font file maps to a glyph. */
export function readCmap(file: string): number[] {
  const output = python(
    'import json, sys\nfrom fontTools.ttLib import TTFont\nprint(json.dumps(sorted(TTFont(sys.argv[1]).getBestCmap())))',
    [file],
  )
  return JSON.parse(output) as number[]
}

function subset(source: string, output: string, codePoints: number[]) {
  python('import sys\nfrom fontTools.subset import main\nsys.exit(main(sys.argv[1:]))', [
    source,
    `--unicodes=${codePoints.map(point => point.toString(16)).join(',')}`,
    `--layout-features=${layoutFeatures.join(',')}`,
    '--flavor=woff2',
    `--output-file=${output}`,
  ])
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
function generate(outDir: string, cssFile: string) {
  mkdirSync(outDir, { recursive: true })
  const rules: string[] = []
  for (const face of faces) {
    const source = join(root, face.source)
    if (!existsSync(source))
      throw new Error(`${face.source} is missing: run \`npm ci\` first.`)
    const available = readCmap(source)
    const core = coreCodePoints.filter(point => available.includes(point))
    const rest = available.filter(point => !core.includes(point))
    subset(source, join(outDir, coreFileName(face)), core)
    rules.push(
      fontFaceRule(face, `./fonts/${coreFileName(face)}`, core),
      fontFaceRule(face, relative(join(root, 'styles'), source), rest),
    )
  }
  const header = '/* Generated by `npm run fonts` (scripts/subset-fonts.ts) from @fontsource\'s Latin files: edit the script, not this file. */'
  writeFileSync(cssFile, `${header}\n${rules.join('\n')}\n`)
}

/** Differences between the committed fonts and a fresh run: empty when they match. */
export function checkFonts(): string[] {
  const scratch = mkdtempSync(join(tmpdir(), 'deck-fonts-'))
  try {
    generate(join(scratch, 'fonts'), join(scratch, 'fonts.css'))
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

function main() {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
    },
  })
  try {
    if (values.check) {
      const problems = checkFonts()
      if (problems.length > 0) {
        console.error(`The committed fonts are out of date:\n  - ${problems.join('\n  - ')}\nRun \`npm run fonts\` and commit the result.`)
        process.exit(1)
      }
      console.log('The committed fonts match scripts/subset-fonts.ts.')
      return
    }
    rmSync(fontsDir, { recursive: true, force: true })
    generate(fontsDir, fontsCss)
    console.log(`Wrote ${faces.length} core fonts into styles/fonts/ and styles/fonts.css.`)
  }
  catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
}

if (import.meta.main)
  main()
