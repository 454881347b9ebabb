import type { Locator, Page, Request } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { endToEndSpeedup, formatSpeedup } from '../data/amdahl.ts'
import { metricById } from '../data/metrics.ts'
import { waitingStylesheetAttribute } from '../kit/first-paint/prerendered-slide.ts'
import { chartSlides, gotoSlide, readDeckOutline } from './support/deck.ts'

const deck = await readDeckOutline()
const slidesWithCharts = chartSlides(deck)
const firstChartSlide = slidesWithCharts[0]!
const explorerSlide = deck.find(slide => slide.content.includes('<AmdahlExplorer'))
// chart.js hangs its array listeners on `_chartjs`: a marker of its code in any bundle.
const chartJsMarker = '_chartjs'

/** Pixels of the canvas that are not transparent: chart.js draws on a transparent canvas. */
function inkedPixels(canvas: Locator) {
  return canvas.evaluate((element: HTMLCanvasElement) => {
    const { data } = element.getContext('2d')!.getImageData(0, 0, element.width, element.height)
    let inked = 0
    for (let alpha = 3; alpha < data.length; alpha += 4) {
      if (data[alpha]! > 0)
        inked++
    }
    return inked
  })
}

/** Lets the page paint this many frames: long enough for any chart.js animation (1 s by default) to move. */
function paintFrames(page: Page, frames: number) {
  return page.evaluate(count => new Promise<void>((resolve) => {
    let painted = 0
    const next = () => ++painted >= count
      ? resolve()
      : requestAnimationFrame(next)
    requestAnimationFrame(next)
  }), frames)
}

test('the deck has chart slides', () => {
  expect(slidesWithCharts.length).toBeGreaterThan(0)
})

test.describe('every chart is drawn, labelled with its point, and has its numbers as text', () => {
  for (const { no, title } of slidesWithCharts) {
    test(`slide ${no}: ${title}`, async ({ page }) => {
      const slide = await gotoSlide(page, no, '?clicks=99')
      const canvases = await slide.locator('canvas').all()
      expect(canvases.length, 'a chart slide has a canvas').toBeGreaterThan(0)
      for (const canvas of canvases) {
        await expect(canvas).toHaveAttribute('role', 'img')
        await expect(canvas).toHaveAttribute('aria-label', /\w+ \w.*\d/)
        await expect.poll(() => inkedPixels(canvas), { message: 'the canvas is drawn' }).toBeGreaterThan(1000)
        const tableId = await canvas.getAttribute('aria-describedby')
        await expect(slide.locator(`[id="${tableId}"] td`).first()).toBeAttached()
      }
    })
  }
})

test('slide 1 does not download chart.js; a chart slide does', async ({ page }) => {
  // Each script's body, read as it arrives: a body is gone once the page navigates.
  const scripts = new Map<Request, Promise<string>>()
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      scripts.set(response.request(), response.text())
  })
  const requested: Request[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script')
      requested.push(request)
  })
  const bodies = (requests: Request[]) => Promise.all(requests.map(async (request) => {
    await request.response()
    return scripts.get(request)!
  }))
  await gotoSlide(page, 1)
  // What slide 1 asked for until it was on screen: 3 s after the deck opens, Slidev fetches every other
  // slide ahead of time, which on a slow machine may be before the page is idle.
  const slideOneScripts = await bodies([...requested])
  expect(slideOneScripts.length).toBeGreaterThan(0)
  expect(slideOneScripts.filter(body => body.includes(chartJsMarker)), 'scripts with chart.js on slide 1').toEqual([])

  await gotoSlide(page, explorerSlide!.no)
  await page.waitForLoadState('networkidle')
  expect((await bodies(requested)).some(body => body.includes(chartJsMarker)), 'the marker finds chart.js where it is used').toBe(true)
})

test.describe('print mode draws the final state at once', () => {
  test.use({ reducedMotion: 'no-preference' })

  test('printed charts are final when first drawn, as SVG; on screen they animate', async ({ page }) => {
    const { no } = firstChartSlide
    const slide = await gotoSlide(page, no, '?print=true')
    const printed = slide.locator('.chart-canvas svg[role="img"]').first()
    await expect(printed.locator('path').first()).toBeAttached()
    await expect(slide.locator('canvas'), 'print draws no canvas').toHaveCount(0)
    const firstDrawn = await printed.evaluate(svg => svg.outerHTML)
    await paintFrames(page, 90)
    expect(await printed.evaluate(svg => svg.outerHTML) === firstDrawn, 'the printed chart did not change after it was first drawn').toBe(true)

    await expect((await gotoSlide(page, no)).locator('canvas').first()).toHaveAttribute('data-animated', 'true')
  })
})

test('charts do not animate for a viewer who asks for reduced motion', async ({ page }) => {
  const { no } = firstChartSlide
  await expect((await gotoSlide(page, no)).locator('canvas').first()).toHaveAttribute('data-animated', 'false')
})

test('the Amdahl explorer works from the keyboard alone', async ({ page }) => {
  expect(explorerSlide, 'the deck has the explorer').toBeDefined()
  const slide = await gotoSlide(page, explorerSlide!.no)
  const computeShare = slide.getByRole('slider', { name: /compute/i })
  const runtimeSpeedup = slide.getByRole('slider', { name: /speedup/i })
  const result = slide.getByTestId('amdahl-result')
  const speedup = metricById('zig-requests-per-vcpu').value
  const typicalShare = metricById('typical-compute-share').value

  await expect(result).toHaveText(formatSpeedup(endToEndSpeedup(typicalShare / 100, speedup)))
  await computeShare.focus()
  for (let step = 0; step < 5; step++)
    await page.keyboard.press('ArrowRight')
  await expect(computeShare).toHaveValue(String(typicalShare + 5))
  await expect(result).toHaveText(formatSpeedup(endToEndSpeedup((typicalShare + 5) / 100, speedup)))

  // The speedup slider comes first on the slide: one step back in the tab order.
  await page.keyboard.press('Shift+Tab')
  await expect(runtimeSpeedup).toBeFocused()
  await page.keyboard.press('End')
  const maximum = Number(await runtimeSpeedup.getAttribute('max'))
  await expect(result).toHaveText(formatSpeedup(endToEndSpeedup((typicalShare + 5) / 100, maximum)))
  await expect(page, 'arrow keys on a slider do not change the slide').toHaveURL(new RegExp(`/${explorerSlide!.no}(?:\\?.*)?$`))
})

test.describe('chart slides are legible in dark mode, as their reviewed screenshots', () => {
  test.use({ colorScheme: 'dark' })

  for (const { no, title } of slidesWithCharts) {
    test(`slide ${no}: ${title}`, async ({ page }) => {
      await gotoSlide(page, no, '?clicks=99')
      await expect(page.locator('html')).toHaveClass(/dark/)
      await expect(page).toHaveScreenshot(`chart-slide-${String(no).padStart(2, '0')}-dark.png`)
    })
  }

  test('a chart on a deep link whose stylesheet arrives after the app still draws in the deck\'s theme', async ({ page, browser, baseURL }) => {
    const chart = (chartPage: Page) => chartPage.locator(`[data-slidev-no="${firstChartSlide.no}"] figure.chart-canvas`)
    await gotoSlide(page, firstChartSlide.no, '?clicks=99')
    const asReviewed = await chart(page).screenshot()

    // A page of its own, with no offline worker to answer for the network.
    const lateContext = await browser.newContext({
      baseURL,
      viewport: page.viewportSize(),
      colorScheme: 'dark',
      reducedMotion: 'reduce',
      serviceWorkers: 'block',
    })
    const late = await lateContext.newPage()
    let releaseStylesheets = () => {}
    const held = new Promise<void>(resolve => releaseStylesheets = resolve)
    // The app's own stylesheets, which index.html loads without holding back the first paint.
    const indexHtml = await (await late.request.get('')).text()
    const appStylesheets = [
      ...indexHtml.matchAll(/<link rel="stylesheet"[^>]* href="([^"]+)"[^>]* data-media=/g),
    ].map(([, href]) => href!)
    expect(appStylesheets.length, 'index.html\'s waiting stylesheets').toBeGreaterThan(0)
    await late.route(url => appStylesheets.includes(url.pathname), async (route) => {
      await held
      await route.continue()
    })
    await late.goto(`${firstChartSlide.no}?clicks=99`, { waitUntil: 'commit' })
    // The app has mounted the chart and its fonts are in, on slide 1's static styles alone.
    await expect(late.locator(`[data-slidev-no="${firstChartSlide.no}"] canvas`)).toBeAttached()
    await late.evaluate(() => document.fonts.ready.then(() => undefined))
    await paintFrames(late, 2)
    releaseStylesheets()
    await expect(late.locator(`link[${waitingStylesheetAttribute}]`), 'the app\'s stylesheets applied').toHaveCount(0)
    await paintFrames(late, 2)
    expect(await chart(late).screenshot(), 'drawn as on a page whose stylesheets came first').toEqual(asReviewed)
    await lateContext.close()
  })
})
