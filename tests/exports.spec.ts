import type { Page } from '@playwright/test'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { createServer, resolveOptions } from '@slidev/cli'
import { exportDeck } from '../scripts/export.ts'
import { gotoSlide, readDeckOutline } from './support/deck.ts'
import { readZip } from './support/files.ts'
import { pdfPageCount, pdfPageRasters, pdfPageText, visiblyDifferentPixels } from './support/pdf.ts'
import { normaliseText } from './support/text.ts'

const deck = await readDeckOutline()
// Exports are minutes of Chromium work each: give every test room, and run them one at a time.
test.describe.configure({ mode: 'serial', timeout: 300_000 })

const outputDir = () => mkdtempSync(join(tmpdir(), 'deck-exports-'))

/** How many click steps each slide has: Slidev clamps `?clicks=` to the slide's last step. */
async function clickSteps(page: Page): Promise<number[]> {
  const steps: number[] = []
  for (const { no } of deck) {
    await gotoSlide(page, no, '?clicks=99')
    steps.push(Number(new URL(page.url()).searchParams.get('clicks') ?? 0))
  }
  return steps
}

test('the PDF with click steps has one page per step, and every slide\'s title', async ({ page }) => {
  const pdf = await exportDeck({
    withClicks: true,
    output: join(outputDir(), 'clicks.pdf'),
  })
  const steps = await clickSteps(page)
  expect(steps.some(count => count > 0), 'the deck has click steps').toBe(true)
  expect(pdfPageCount(pdf)).toBe(steps.reduce((pages, count) => pages + count + 1, 0))
  const text = normaliseText(pdfPageText(pdf, 1, pdfPageCount(pdf)))
  for (const slide of deck)
    expect.soft(text, `slide ${slide.no}`).toContain(normaliseText(slide.title))
})

// /print exists only on the server Slidev starts for its exporter: the same kind of server, started here.
test('the print page tells the exporter it is complete only with every slide and click step on it', async ({ page }) => {
  const steps = await clickSteps(page)
  const server = await createServer(await resolveOptions({ entry: 'slides.md' }, 'export'), {
    server: { port: 4472, strictPort: true },
    logLevel: 'error',
  })
  await server.listen()
  try {
    // What the page holds at the moment the marker (setup/print-ready.ts) is filled in, not after.
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
    await page.goto('http://localhost:4472/print?print=clicks')
    await expect(page.locator('[data-waitfor=".print-ready-done"] .print-ready-done')).toBeVisible({ timeout: 120_000 })
    const seen = await page.evaluate(() => (window as unknown as { printReadyAt: unknown }).printReadyAt)
    expect(seen).toEqual({
      pages: steps.reduce((pages, count) => pages + count + 1, 0),
      loading: 0,
    })
  }
  finally {
    await server.close()
  }
})

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

test('PPTX exports, as images and editable: one slide per click step, titles as text in the editable one', async ({ page }) => {
  const steps = await clickSteps(page)
  const expectedSlides = steps.reduce((slides, count) => slides + count + 1, 0)
  const pptxSlides = (pptx: string) => [
    ...readZip(pptx),
  ].filter(([name]) => /^ppt\/slides\/slide\d+\.xml$/.test(name))

  expect(pptxSlides(await exportDeck({
    format: 'pptx',
    output: join(outputDir(), 'images.pptx'),
  }))).toHaveLength(expectedSlides)

  const editable = pptxSlides(await exportDeck({
    format: 'pptx-editable',
    output: join(outputDir(), 'editable.pptx'),
  }))
  expect(editable).toHaveLength(expectedSlides)
  const text = normaliseText(editable.map(([, xml]) => [
    ...xml.toString('utf8').matchAll(/<a:t>([^<]*)<\/a:t>/g),
  ].map(([, run]) => run).join(' ')).join(' '))
    .replace(/&apos;/g, '\'')
    .replace(/&amp;/g, '&')
  for (const slide of deck)
    expect.soft(text, `slide ${slide.no}'s title is editable text`).toContain(normaliseText(slide.title))
})

test('the speaker notes PDF holds every slide\'s title and notes, and renders the same twice', async () => {
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
})
