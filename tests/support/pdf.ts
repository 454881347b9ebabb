// Reads exported PDFs with poppler-utils, as a person checking the file would: page count, text, pixels.
import { Buffer } from 'node:buffer'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' })
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} is missing: install poppler-utils (\`apt-get install poppler-utils\`).`)
    throw error
  }
}

export function pdfPageCount(pdf: string): number {
  const pages = /^Pages:\s+(\d+)$/m.exec(poppler('pdfinfo', [pdf]))
  if (!pages)
    throw new Error(`pdfinfo found no page count in ${pdf}`)
  return Number(pages[1])
}

export function pdfPageText(pdf: string, firstPage: number, lastPage = firstPage): string {
  return poppler('pdftotext', [
    '-f',
    String(firstPage),
    '-l',
    String(lastPage),
    '-layout',
    pdf,
    '-',
  ])
}

/** Every page rasterised in grey at a low resolution, as bytes: equal arrays mean pages that look the same. */
export function pdfPageRasters(pdf: string, dpi = 36): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), 'deck-rasters-'))
  poppler('pdftoppm', [
    '-gray',
    '-r',
    String(dpi),
    pdf,
    join(dir, 'page'),
  ])
  return readdirSync(dir).sort().map(file => readFileSync(join(dir, file)))
}

/**
 * Pixels whose grey level differs by more than anti-aliasing does between two renders of one canvas
 * (a level or two): a half-drawn chart or a changed date moves hundreds of pixels far past this.
 */
export function visiblyDifferentPixels(first: Buffer, second: Buffer, tolerance = 24): number {
  if (first.length !== second.length)
    return Math.max(first.length, second.length)
  let different = 0
  for (let index = 0; index < first.length; index++) {
    if (Math.abs(first[index]! - second[index]!) > tolerance)
      different++
  }
  return different
}

export interface PageInk {
  page: number
  /** Share of pixels, above the chrome band at the bottom, that differ clearly from the page's background. */
  inkRatio: number
}

/** Rasterises every page in grey and measures how much of the slide's body is not background. */
export function pdfPageInk(pdf: string, dpi = 24): PageInk[] {
  return pdfPageRasters(pdf, dpi).map((pgm, index) => ({
    page: index + 1,
    inkRatio: inkRatio(pgm),
  }))
}

function inkRatio(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(pgm.subarray(0, 64).toString('latin1'))
  if (!header)
    throw new Error('pdftoppm did not write a binary PGM')
  const [width, height] = [
    Number(header[1]),
    Number(header[2]),
  ]
  const pixels = pgm.subarray(header[0].length)
  // The bottom 12% holds the slide chrome (section name, page number), which is there even on a broken slide.
  const body = pixels.subarray(0, width * Math.floor(height * 0.88))
  const histogram = Array.from<number>({ length: 256 }).fill(0)
  for (const value of body)
    histogram[value]!++
  const background = histogram.indexOf(Math.max(...histogram))
  let ink = 0
  for (const value of body) {
    if (Math.abs(value - background) > 48)
      ink++
  }
  return ink / body.length
}

/** A bookmark as poppler reads it: its title, its 1-based page, and the bookmarks under it. */
export interface PdfBookmark {
  title: string
  page: number
  children: PdfBookmark[]
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, '\'')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** The outline (bookmarks) as a tree, from pdftohtml's XML. */
export function pdfOutline(pdf: string): PdfBookmark[] {
  const xml = poppler('pdftohtml', ['-xml', '-i', '-stdout', '-q', pdf])
  const start = xml.indexOf('<outline>')
  if (start < 0)
    return []
  const root: PdfBookmark[] = []
  const stack: PdfBookmark[][] = []
  let current = root
  for (const token of xml.slice(start + '<outline>'.length).matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
    if (token[0] === '<outline>') {
      stack.push(current)
      current = current.at(-1)!.children
    }
    else if (token[0] === '</outline>') {
      if (stack.length === 0)
        break
      current = stack.pop()!
    }
    else {
      current.push({
        title: decodeEntities(token[2]!),
        page: Number(token[1]),
        children: [],
      })
    }
  }
  return root
}

/** Every link annotation's URL, from `pdfinfo -url`. */
export function pdfLinks(pdf: string): string[] {
  return poppler('pdfinfo', ['-url', pdf]).split('\n').slice(1).flatMap((line) => {
    const [, type, url] = line.trim().split(/\s+/)
    return type === 'Annotation' && url
      ? [url]
      : []
  })
}

/** `pdfinfo`'s fields: Title, Author, Tagged… */
export function pdfInfo(pdf: string): Record<string, string> {
  return Object.fromEntries(poppler('pdfinfo', [pdf]).split('\n').flatMap((line) => {
    const at = line.indexOf(':')
    return at > 0
      ? [
          [
            line.slice(0, at),
            line.slice(at + 1).trim(),
          ],
        ]
      : []
  }))
}

/** The logical structure's element types, one per line, as `pdfinfo -struct` prints them. */
export function pdfStructureTypes(pdf: string): string[] {
  let output: string
  try {
    output = execFileSync('pdfinfo', ['-struct', pdf], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
  }
  catch (error) {
    throw new Error(`pdfinfo -struct failed on ${pdf}: ${(error as Error).message}`)
  }
  return output.split('\n').map(line => /^\s*(\w+)/.exec(line)?.[1] ?? '').filter(Boolean)
}

/** A PDF string's text: literal `(…)` with escapes, or hex `<FEFF…>` in UTF-16BE. */
function pdfString(raw: string): string {
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1).replace(/\s/g, '')
    const bytes = Buffer.from(hex, 'hex')
    return hex.toUpperCase().startsWith('FEFF')
      ? bytes.subarray(2).swap16().toString('utf16le')
      : bytes.toString('latin1')
  }
  return raw.slice(1, -1).replace(/\\([nrtbf()\\]|\d{1,3})/g, (_, escaped: string) => /^\d/.test(escaped)
    ? String.fromCharCode(Number.parseInt(escaped, 8))
    : ({
        n: '\n',
        r: '\r',
        t: '\t',
        b: '\b',
        f: '\f',
      } as Record<string, string>)[escaped] ?? escaped)
}

const pdfStringPattern = String.raw`(\((?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)|<[0-9A-Fa-f\s]*>)`

/** Every `/Alt` text in the file: the alternate text of tagged figures. */
export function pdfAltTexts(pdf: string): string[] {
  const text = readFileSync(pdf).toString('latin1')
  return [
    ...text.matchAll(new RegExp(`/Alt\\s*${pdfStringPattern}`, 'g')),
  ].map(match => pdfString(match[1]!))
}

/** The document catalog's `/Lang`, read from the catalog the last trailer names (an update replaces it). */
export function pdfLanguage(pdf: string): string | undefined {
  const text = readFileSync(pdf).toString('latin1')
  const root = [
    ...text.matchAll(/trailer\s*<<[\s\S]*?\/Root\s+(\d+)\s+0\s+R/g),
  ].at(-1)?.[1]
  if (!root)
    return undefined
  const at = text.lastIndexOf(`\n${root} 0 obj`)
  const catalog = text.slice(at, text.indexOf('endobj', at))
  const lang = new RegExp(`/Lang\\s*${pdfStringPattern}`).exec(catalog)?.[1]
  return lang && pdfString(lang)
}

/** Every page rasterised in colour at the given size, as PNG files in a new folder, in page order. */
export function pdfPagePngs(pdf: string, width: number, height: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'deck-pages-'))
  poppler('pdftoppm', [
    '-png',
    '-scale-to-x',
    String(width),
    '-scale-to-y',
    String(height),
    pdf,
    join(dir, 'page'),
  ])
  return readdirSync(dir).sort().map(file => join(dir, file))
}

/** The text of every table cell (TH, TD) in the structure tree, as `pdfinfo -struct-text` prints it. */
export function pdfTableCells(pdf: string): string[] {
  const output = execFileSync('pdfinfo', ['-struct-text', pdf], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  })
  const cells: string[] = []
  let cell: { indent: number, text: string[] } | undefined
  for (const line of [
    ...output.split('\n'),
    '',
  ]) {
    const indent = line.length - line.trimStart().length
    if (cell && indent <= cell.indent) {
      cells.push(cell.text.join(' '))
      cell = undefined
    }
    if (/^\s*T[HD]\b/.test(line))
      cell = { indent, text: [] }
    else if (cell && /^\s*".*"$/.test(line))
      cell.text.push(line.trim().slice(1, -1))
  }
  return cells
}
