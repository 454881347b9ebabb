// Reads exported PDFs with poppler-utils, as a person checking the file would: page count, text, pixels.
import type { Buffer } from 'node:buffer'
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
