import type { Page } from '@playwright/test'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
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
