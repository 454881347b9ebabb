import type { Page } from '@playwright/test'
import type { Buffer } from 'node:buffer'
import type { ChartId } from '../charts/index.ts'
import { join } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { chartById } from '../charts/index.ts'
import { loadDeck } from '../kit/check/deck-source.ts'
import { chartSlides, gotoSlide, readDeckOutline } from './support/deck.ts'
import { pdfImageCount } from './support/pdf-ua.ts'
import { pdfPageText, pdfTableCells } from './support/pdf.ts'
import { averagedDifference } from './support/pixels.ts'
import { normaliseText } from './support/text.ts'

// In print (Slidev's print page, `?print`) every chart is drawn as SVG, so the PDFs hold vector paths and
// searchable text where a canvas prints as an image. On screen it stays a canvas, for its tooltips.

const deck = await readDeckOutline()
const slidesWithCharts = chartSlides(deck)
const { headmatter } = await loadDeck(process.cwd())
const pdf = join('dist', `${String(headmatter.exportFilename)}.pdf`)
/**
 * Share of averaged pixels print may draw differently from the screen (see averagedDifference). Measured
 * on every chart: at most 0.42%; the radar chart with its lines lost differs by 4.2%, the Amdahl curve by 2.5%.
 */
const differingShare = 0.015

/** What the spec itself says a reader must find on the chart: its categories, series and axis titles. */
function labelsOf(id: ChartId): string[] {
  const { data, options } = chartById(id)
  const legendShown = (options.plugins as { legend?: { display?: boolean } } | undefined)?.legend?.display !== false
  const scales = Object.values((options as { scales?: Record<string, { title?: { display?: boolean, text?: string | string[] } }> }).scales ?? {})
  return [
    ...(data.labels ?? []).flatMap(label => [label].flat().map(String)),
    ...(legendShown
      ? data.datasets.map(dataset => String(dataset.label ?? ''))
      : []),
    ...scales.filter(scale => scale.title?.display).flatMap(scale => [scale.title!.text ?? ''].flat()),
  ].filter(Boolean)
}

/** Each chart on the slide in print: its id, label, box size, and the texts its SVG draws. */
function printedCharts(page: Page, no: number) {
  return page.locator(`[data-slidev-no="${no}"] .chart-canvas`).evaluateAll(figures => figures.map((figure) => {
    const svg = figure.querySelector('svg[role="img"]')
    const { clientWidth: width, clientHeight: height } = figure.querySelector('.chart-canvas-area')!
    return {
      id: figure.getAttribute('data-chart')!,
      canvases: figure.querySelectorAll('canvas').length,
      label: svg?.getAttribute('aria-label') ?? null,
      size: [
        Math.round(width),
        Math.round(height),
      ],
      texts: svg
        ? [
            ...svg.querySelectorAll('text'),
          ].map(text => text.textContent!.trim()).filter(Boolean)
        : [],
    }
  }))
}

/** Screenshots of the chart areas, with the "Show the numbers" button out of the picture. */
async function chartShots(page: Page, no: number): Promise<Buffer[]> {
  const figures = page.locator(`[data-slidev-no="${no}"] .chart-canvas`)
  await figures.evaluateAll(all => all.forEach(figure => figure.querySelector<HTMLElement>('.chart-canvas-toggle')?.style.setProperty('visibility', 'hidden')))
  const shots: Buffer[] = []
  for (const area of await figures.locator('.chart-canvas-area').all())
    shots.push(await area.screenshot({ animations: 'disabled' }))
  return shots
}

test('the PDF behind the download button holds no raster image: its charts are vectors', () => {
  expect(pdfImageCount(pdf)).toBe(0)
})

test.describe('every chart prints as SVG that draws what the screen draws, and its text is in the PDF', () => {
  // The slide at its own size, one CSS pixel to one pixel: the canvas is not scaled after it is drawn.
  test.use({
    viewport: { width: 980, height: 552 },
  })

  for (const { no, title } of slidesWithCharts) {
    test(`slide ${no}: ${title}`, async ({ page }) => {
      await page.setContent('')
      await gotoSlide(page, no, '?clicks=99')
      const onScreen = await page.locator(`[data-slidev-no="${no}"] .chart-canvas canvas`).evaluateAll(canvases => canvases.map(canvas => ({
        label: canvas.getAttribute('aria-label'),
        size: [
          Math.round(canvas.clientWidth),
          Math.round(canvas.clientHeight),
        ],
      })))
      const screenShots = await chartShots(page, no)

      await gotoSlide(page, no, '?print&clicks=99')
      await expect(page.locator(`[data-slidev-no="${no}"] .chart-canvas-ready`)).toHaveCount(onScreen.length)
      const printed = await printedCharts(page, no)
      const printShots = await chartShots(page, no)
      expect(printed.map(chart => chart.label), 'each printed chart is an SVG image with the screen\'s label').toEqual(onScreen.map(chart => chart.label))
      const pageText = normaliseText(pdfPageText(pdf, no))
      for (const [index, chart] of printed.entries()) {
        expect(chart.canvases, `${chart.id}: no canvas in print`).toBe(0)
        expect(chart.size, `${chart.id}: the same box as on screen`).toEqual(onScreen[index]!.size)
        for (const label of labelsOf(chart.id as ChartId))
          expect.soft(chart.texts.join('\n'), `${chart.id}: the SVG draws "${label}"`).toContain(label)
        // pdftotext closes some gaps ("1 s" as "1s"): compared without spaces.
        for (const text of chart.texts)
          expect.soft(pageText.replace(/\s/g, ''), `${chart.id}: "${text}" is text on PDF page ${no}`).toContain(normaliseText(text).replace(/\s/g, ''))
        const share = await averagedDifference(page, screenShots[index]!, printShots[index]!)
        expect.soft(share, `${chart.id}: share of pixels that print draws differently from the screen`).toBeLessThan(differingShare)
      }
    })
  }
})

test('every chart\'s numbers are in the PDF as a tagged table, in the "Chart data" appendix', () => {
  const appendix = deck.filter(slide => slide.content.includes('<ChartDataAppendix'))
  expect(appendix.length).toBeGreaterThan(0)
  // Poppler joins a cell's wrapped lines without a space: compared without spaces.
  const squeezed = (text: string) => normaliseText(text).replace(/\s/g, '')
  const cells = new Set(pdfTableCells(pdf).map(squeezed))
  const charted = new Set(slidesWithCharts.flatMap(slide => [
    ...slide.content.matchAll(/<Chart id="([^"]+)"/g),
  ].map(match => match[1]! as ChartId)))
  expect(charted.size).toBeGreaterThan(0)
  for (const id of charted) {
    for (const cell of chartById(id).table.flat())
      expect.soft(cells, `${id}: "${cell}" is a tagged table cell in the PDF`).toContain(squeezed(cell))
  }
})
