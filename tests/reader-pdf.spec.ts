import type { Page } from '@playwright/test'
import type { Buffer } from 'node:buffer'
import type { PdfBookmark } from './support/pdf.ts'
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { sections } from '../data/sections.ts'
import { sourceUrls } from '../data/source-index.ts'
import { loadDeck } from '../kit/check/deck-source.ts'
import { gotoSlide, hostedDeckUrl, readDeckOutline } from './support/deck.ts'
import { pdfUaProblems } from './support/pdf-ua.ts'
import { pdfInfo, pdfLanguage, pdfLinks, pdfOutline, pdfPageCount, pdfPagePngs, pdfStructureTypes } from './support/pdf.ts'
import { differingShare } from './support/pixels.ts'

const deck = await readDeckOutline()
// The PDF page against the slide in print mode, averaged down to 160×90 in grey: a pixel differs when it
// is more than 48 of 255 levels apart. Measured on all 46 pages: at most 0.14% of pixels (2 of 14,400,
// poppler's and Skia's anti-aliasing at glyph edges). A bullet line lost in print moves about 0.7%: the
// limit sits between.
const printScreenLevels = 48
const printScreenShare = 0.004
const { headmatter } = await loadDeck(process.cwd())
// The PDF behind the download button: the one `npm run build` puts in dist/.
const pdf = join('dist', `${String(headmatter.exportFilename)}.pdf`)

function flatten(bookmarks: PdfBookmark[]): PdfBookmark[] {
  return bookmarks.flatMap(bookmark => [
    bookmark,
    ...flatten(bookmark.children),
  ])
}

test('the PDF\'s outline has every essay section with its slides nested, then the closing slide and the sources', () => {
  const outline = pdfOutline(pdf)
  const topTitles = outline.map(bookmark => bookmark.title)
  // Each section in the essay's order, opening on its divider, with the section's other slides under it.
  expect(topTitles.filter(title => sections.some(section => section.title === title))).toEqual(sections.map(section => section.title))
  for (const section of sections) {
    const slides = deck.filter(slide => basename(slide.file) === section.page)
    const bookmark = outline.find(candidate => candidate.title === section.title)!
    expect(bookmark.page, `${section.title} opens on its divider`).toBe(slides[0]!.no)
    expect(bookmark.children.map(child => [child.title, child.page]), `${section.title}'s slides`).toEqual(slides.slice(1).map(slide => [slide.title, slide.no]))
  }
  const appendix = deck.filter(slide => slide.content.includes('<SourcesAppendix'))
  expect(outline.at(-1), 'the sources appendix comes last').toMatchObject({ title: 'Sources', page: appendix[0]!.no })
  expect(outline.at(-1)!.children.map(child => child.page)).toEqual(appendix.slice(1).map(slide => slide.no))
  // Every slide is reachable: the title slide and the closing slide stand on their own.
  const reached = new Set(flatten(outline).map(bookmark => bookmark.page))
  expect(deck.filter(slide => !reached.has(slide.no)).map(slide => slide.title)).toEqual([])
  for (const slide of deck.filter(slide => outline.some(bookmark => bookmark.page === slide.no && !sections.some(section => section.title === bookmark.title) && bookmark.title !== 'Sources')))
    expect(outline.find(bookmark => bookmark.page === slide.no)!.title).toBe(slide.title)
})

test('every source URL in data/ is a link in the PDF, and so is the hosted deck', () => {
  expect(new Set(pdfLinks(pdf))).toEqual(new Set([
    ...sourceUrls(),
    hostedDeckUrl(),
  ]))
})

test('the PDF is tagged, in English, with its title, author and subject', () => {
  const info = pdfInfo(pdf)
  expect(info.Tagged).toBe('yes')
  expect(info.Title).toBe(headmatter.title)
  expect(info.Author).toBe(headmatter.author)
  expect(info.Subject).toBe(headmatter.info)
  expect(pdfLanguage(pdf)).toBe('en')
  const types = new Set(pdfStructureTypes(pdf))
  for (const type of [
    'H1',
    'P',
    'L',
    'LI',
    'Table',
    'TR',
    'TH',
    'TD',
    'Figure',
  ])
    expect.soft(types, `a ${type} element in the structure tree`).toContain(type)
  expect(pdfPageCount(pdf)).toBe(deck.length)
})

test('the PDF keeps the rules of PDF/UA-1 a program can check', () => {
  expect(pdfUaProblems(pdf, {
    title: String(headmatter.title),
    author: String(headmatter.author),
    language: 'en',
  })).toEqual([])
})

/**
 * Slide N as the print page draws it, from the built deck: `?print` gives print mode (charts as SVG, every
 * click shown) and the class the print page puts on <html> shows what only print shows (`.print-detail`).
 */
async function printedSlide(page: Page, no: number): Promise<Buffer> {
  const slide = await gotoSlide(page, no, '?print&clicks=99')
  await page.evaluate(() => document.documentElement.classList.add('print'))
  await expect(slide.locator('.chart-canvas-ready')).toHaveCount(await slide.locator('.chart-canvas').count())
  // Each printed chart redrawn for its box, now that the print-only detail has taken its room.
  await expect.poll(() => slide.locator('.chart-canvas-vector-box').evaluateAll(boxes => boxes.every(box =>
    Number(box.querySelector('svg')?.getAttribute('height')) === box.clientHeight)), { message: 'printed charts fit their boxes' }).toBe(true)
  return page.screenshot({ animations: 'disabled' })
}

test('every PDF page matches its reviewed snapshot, and the slide as print mode draws it', async ({ page, context }) => {
  test.setTimeout(300_000)
  const { width, height } = { width: 1280, height: 720 }
  const pages = pdfPagePngs(pdf, width, height)
  expect(pages).toHaveLength(deck.length)
  for (const [index, file] of pages.entries()) {
    const name = `pdf-page-${String(index + 1).padStart(2, '0')}.png`
    expect.soft(readFileSync(file), name).toMatchSnapshot(name)
  }
  // Averaged down to 160×90 in grey, so that the two renderers' anti-aliasing (poppler and Skia) evens
  // out: a moved, missing or restyled element still shows.
  await page.setContent('')
  const slidePage = await context.newPage()
  for (const [index, file] of pages.entries()) {
    const differing = await differingShare(page, readFileSync(file), await printedSlide(slidePage, index + 1), {
      scaleTo: { width: 160, height: 90 },
      grey: true,
      levels: printScreenLevels,
    })
    expect.soft(differing, `page ${index + 1}: share of pixels the PDF and the slide in print mode draw differently`).toBeLessThan(printScreenShare)
  }
})
