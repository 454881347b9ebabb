import type { AddressInfo } from 'node:net'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import process from 'node:process'
import { expect } from '@playwright/test'
import { createServer, resolveOptions } from '@slidev/cli'
import { sections } from '../data/sections.ts'
import { sourceUrls } from '../data/source-index.ts'
import { loadDeck } from '../kit/check/deck-source.ts'
import { exportDeck } from '../kit/pdf/export.ts'
import { hostedDeckUrl, readDeckOutline } from './support/deck.ts'
import { readZip } from './support/files.ts'
import { test } from './support/fixtures.ts'
import { pdfImageCount, pdfUaProblems } from './support/pdf-ua.ts'
import { pdfAltTexts, pdfInfo, pdfLanguage, pdfLinks, pdfOutline, pdfPageCount, pdfPageRasters, pdfPageText, visiblyDifferentPixels } from './support/pdf.ts'
import { normaliseText } from './support/text.ts'

const deck = await readDeckOutline()
const { headmatter } = await loadDeck(process.cwd())
const outputDir = () => mkdtempSync(join(tmpdir(), 'deck-exports-'))

// Exports are minutes of Chromium work each: give every test room. They share nothing but the click
// steps, so each may run on either worker, the longest first.
test.describe.configure({ mode: 'parallel', timeout: 300_000 })

/** What every PDF for readers carries: tags, language, metadata, PDF/UA's machine-checkable rules, vector charts. */
function expectReaderFeatures(pdf: string) {
  const info = pdfInfo(pdf)
  expect.soft(info.Tagged, 'tagged').toBe('yes')
  expect.soft(pdfLanguage(pdf), 'language').toBe('en')
  expect.soft([info.Title, info.Author, info.Subject]).toEqual([headmatter.title, headmatter.author, headmatter.info])
  expect.soft(pdfUaProblems(pdf, {
    title: String(headmatter.title),
    author: String(headmatter.author),
    language: 'en',
  }), 'PDF/UA rules broken').toEqual([])
  expect.soft(pdfImageCount(pdf), 'raster images (a chart printed as a canvas is one)').toBe(0)
}

/** A PPTX's slides, as its zip names them. */
function pptxSlides(pptx: string) {
  return [
    ...readZip(pptx),
  ].filter(([name]) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
}

test('PNG export: one non-blank image per slide', async ({ page }) => {
  const folder = await exportDeck({
    format: 'png',
    output: join(outputDir(), 'slides'),
  })
  const images = readdirSync(folder).filter(file => file.endsWith('.png')).sort()
  expect(images).toHaveLength(deck.length)
  for (const image of images) {
    // Decoded by the browser, counted like the PDF pages: pixels that differ from the corner's colour.
    const ink = await page.evaluate(async (dataUrl) => {
      const bitmap = await createImageBitmap(await (await fetch(dataUrl)).blob())
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
      const context = canvas.getContext('2d')!
      context.drawImage(bitmap, 0, 0)
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height)
      let inked = 0
      for (let index = 0; index < data.length; index += 4) {
        if (Math.abs(data[index]! - data[0]!) + Math.abs(data[index + 1]! - data[1]!) + Math.abs(data[index + 2]! - data[2]!) > 96)
          inked++
      }
      return inked / (data.length / 4)
    }, `data:image/png;base64,${readFileSync(join(folder, image)).toString('base64')}`)
    expect.soft(ink, `${image} is not blank`).toBeGreaterThan(0.01)
  }
})

test('PPTX export as images: one slide per click step', async ({ clickSteps: steps }) => {
  expect(pptxSlides(await exportDeck({
    format: 'pptx',
    output: join(outputDir(), 'images.pptx'),
  }))).toHaveLength(steps.reduce((slides, count) => slides + count + 1, 0))
})

test('editable PPTX export: one slide per click step, titles as text', async ({ clickSteps: steps }) => {
  const editable = pptxSlides(await exportDeck({
    format: 'pptx-editable',
    output: join(outputDir(), 'editable.pptx'),
  }))
  expect(editable).toHaveLength(steps.reduce((slides, count) => slides + count + 1, 0))
  const text = normaliseText(editable.map(([, xml]) => [
    ...xml.toString('utf8').matchAll(/<a:t>([^<]*)<\/a:t>/g),
  ].map(([, run]) => run).join(' ')).join(' '))
    .replace(/&apos;/g, '\'')
    .replace(/&amp;/g, '&')
  for (const slide of deck)
    expect.soft(text, `slide ${slide.no}'s title is editable text`).toContain(normaliseText(slide.title))
})

// /print exists only on the server Slidev starts for its exporter: the same kind of server, started here.
test('the print page tells the exporter it is complete only with every slide and click step on it; its sources are links, its charts labelled as in the PDF', async ({ page, clickSteps: steps }) => {
  const server = await createServer(await resolveOptions({ entry: 'slides.md' }, 'export'), {
    server: { port: 0 },
    logLevel: 'error',
  })
  await server.listen()
  const { port } = server.httpServer!.address() as AddressInfo
  try {
    // What the page holds at the moment the marker (kit/pdf/print-ready.ts) is filled in, not after.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('.print-ready-done'))
          return
        observer.disconnect()
        Object.assign(window, {
          printReadyAt: {
            pages: document.querySelectorAll('.print-slide-container').length,
            loading: document.querySelectorAll('.slidev-slide-loading').length,
          },
        })
      }).observe(document, { childList: true, subtree: true })
    })
    await page.goto(`http://localhost:${port}/print?print=clicks`)
    await expect(page.locator('[data-waitfor=".print-ready-done"] .print-ready-done')).toBeVisible({ timeout: 120_000 })
    const seen = await page.evaluate(() => (window as unknown as { printReadyAt: unknown }).printReadyAt)
    expect(seen).toEqual({
      pages: steps.reduce((pages, count) => pages + count + 1, 0),
      loading: 0,
    })

    // Every source the data names is a link somewhere in the deck, opening in a new tab.
    const links = await page.locator('a[href^="http"]').evaluateAll(anchors => anchors.map(anchor => ({
      href: anchor.getAttribute('href')!,
      newTab: anchor.getAttribute('target') === '_blank' && (anchor.getAttribute('rel') ?? '').split(' ').includes('noopener'),
    })))
    expect(sourceUrls().filter(url => !links.some(link => link.href === url)), 'sources linked on no slide').toEqual([])
    expect(links.filter(link => sourceUrls().includes(link.href) && !link.newTab), 'source links that do not open a new tab').toEqual([])
    // The PDF behind the download button tags each chart as a figure with the chart's label as its alternate text.
    const chartLabels = await page.locator('.chart-canvas [role="img"]').evaluateAll(charts => charts.map(chart => chart.getAttribute('aria-label') ?? ''))
    expect(chartLabels.length).toBeGreaterThan(0)
    const alts = new Set(pdfAltTexts(join('dist', `${String(headmatter.exportFilename)}.pdf`)))
    expect([
      ...new Set(chartLabels),
    ].filter(label => !alts.has(label)), 'charts without their label as alternate text').toEqual([])
  }
  finally {
    await server.close()
  }
})

test('the PDF with click steps has one page per step, every slide\'s title, and the reader\'s outline, tags and links', async ({ clickSteps: steps }) => {
  const pdf = await exportDeck({
    withClicks: true,
    output: join(outputDir(), 'clicks.pdf'),
  })
  expect(steps.some(count => count > 0), 'the deck has click steps').toBe(true)
  expect(pdfPageCount(pdf)).toBe(steps.reduce((pages, count) => pages + count + 1, 0))
  const text = normaliseText(pdfPageText(pdf, 1, pdfPageCount(pdf)))
  for (const slide of deck)
    expect.soft(text, `slide ${slide.no}`).toContain(normaliseText(slide.title))
  expectReaderFeatures(pdf)
  expect(new Set(pdfLinks(pdf))).toEqual(new Set([
    ...sourceUrls(),
    hostedDeckUrl(),
  ]))
  // Each bookmark opens the first step of its slide.
  const firstPages = steps.map((_, index) => steps.slice(0, index).reduce((pages, count) => pages + count + 1, 1))
  const sectionBookmarks = pdfOutline(pdf).filter(bookmark => sections.some(section => section.title === bookmark.title))
  expect(sectionBookmarks.map(bookmark => bookmark.title)).toEqual(sections.map(section => section.title))
  for (const bookmark of sectionBookmarks) {
    const slides = deck.filter(slide => basename(slide.file) === sections.find(section => section.title === bookmark.title)!.page)
    expect.soft([
      bookmark.page,
      ...bookmark.children.map(child => child.page),
    ], bookmark.title).toEqual(slides.map(slide => firstPages[slide.no - 1]))
  }
})

test('the speaker notes PDF holds every slide\'s title and notes, renders the same twice, and is tagged with an outline by section', async () => {
  const dir = outputDir()
  const [first, second] = [await exportDeck({
    format: 'notes',
    output: join(dir, 'a.pdf'),
  }), await exportDeck({
    format: 'notes',
    output: join(dir, 'b.pdf'),
  })]
  const text = normaliseText(pdfPageText(first, 1, pdfPageCount(first)))
  for (const slide of deck) {
    expect.soft(text, `slide ${slide.no} title`).toContain(normaliseText(slide.title))
    expect.soft(text, `slide ${slide.no} notes`).toContain(normaliseText(slide.notes.split(/\s+/).slice(0, 6).join(' ')))
  }
  const secondPages = pdfPageRasters(second)
  pdfPageRasters(first).forEach((raster, index) => expect.soft(visiblyDifferentPixels(raster, secondPages[index]!), `notes page ${index + 1}`).toBe(0))
  expectReaderFeatures(first)
  // Chromium's outline follows the notes' headings: the deck's title, then each section with its slides.
  const [root] = pdfOutline(first)
  for (const section of sections) {
    const slides = deck.filter(slide => basename(slide.file) === section.page)
    const bookmark = root?.children.find(child => child.title.endsWith(section.title))
    expect.soft(bookmark?.children.map(child => child.title.replace(/^\d+\/\d+\s*/, '')), section.title).toEqual(slides.slice(1).map(slide => slide.title))
  }
})
