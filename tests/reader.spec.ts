import type { Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { chartIds } from '../charts/index.ts'
import { languages } from '../data/comparison.ts'
import { talkData } from '../data/validate.ts'
import { chartSlides, readDeckOutline, watchForProblems } from './support/deck.ts'
import { normaliseText } from './support/text.ts'

// The reader view (kit/reader/page.ts, kit/reader/browser.ts) as a phone meets it: the whole talk on
// one page, reflowed. Runs in the `phone` project (playwright.config.ts): 390×844, scale 3, touch.
const deck = await readDeckOutline()
const comparisonSlide = deck.find(slide => slide.content.includes('<ComparisonTable'))!
const chartSlide = chartSlides(deck)[0]!
const codeSlide = deck.find(slide => /^<<< /m.test(slide.content))!

/** Notes are written in markdown; the page shows them rendered. Their words, without the markup. */
function noteWords(notes: string): string {
  return normaliseText(notes.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, ''))
}

/** Every text node's rendered font size, weighted by its characters: what a reader actually reads. */
function textSizes(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const sizes: number[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const characters = node.textContent!.replace(/\s/g, '').length
      const parent = node.parentElement!
      if (characters === 0 || parent.checkVisibility() === false)
        continue
      const size = Number.parseFloat(getComputedStyle(parent).fontSize)
      for (let index = 0; index < characters; index++)
        sizes.push(size)
    }
    return sizes.sort((a, b) => a - b)
  })
}

/**
 * Lays out every section, as each is once it nears the screen (they are content-visibility: auto): a
 * check of the whole page's geometry then sees all of it, and a capture beyond the screen (where a section
 * would not be laid out) shows what a reader scrolling there sees, at a position that no longer depends on
 * which sections the browser happened to lay out so far.
 */
async function layOutEverySection(page: Page) {
  await page.locator('section.reader-slide').evaluateAll(sections => sections.forEach(section => (section as HTMLElement).style.contentVisibility = 'visible'))
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

async function openReader(page: Page, hash = '') {
  await page.goto(`read/${hash}`)
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

test('the deck\'s address opens the reader view, with no errors and nothing from another host', async ({ page, context, baseURL }) => {
  const problems = await watchForProblems(context, page, new URL(baseURL!).origin)
  await page.goto('')
  await expect(page).toHaveURL(/\/read\/#slide-1$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(deck[0]!.title)
  // Every chart drawn, so the whole page has run.
  for (const figure of await page.locator('figure.reader-chart').all()) {
    await figure.scrollIntoViewIfNeeded()
    await expect(figure).toHaveClass(/reader-chart-ready/)
  }
  expect(problems).toEqual([])
})

test('chart code loads only when a chart nears the screen: the top of the page runs none of it', async ({ page }) => {
  await openReader(page)
  const scripts = () => page.evaluate(() => performance.getEntriesByType('resource')
    .map(entry => new URL(entry.name).pathname)
    .filter(path => path.endsWith('.js')))
  const firstChart = page.locator('figure.reader-chart').first()
  expect(await firstChart.evaluate(figure => figure.getBoundingClientRect().top > 2 * window.innerHeight), 'the first chart starts more than a screen below the top').toBe(true)
  expect((await scripts()).filter(path => !path.endsWith('/read/reader.js'))).toEqual([])
  await firstChart.scrollIntoViewIfNeeded()
  await expect(firstChart).toHaveClass(/reader-chart-ready/)
  expect(await scripts()).toContainEqual(expect.stringMatching(/\/read\/charts\.js$/))
})

test('a deep link /N lands at slide N\'s section', async ({ page }) => {
  const slide = deck[Math.floor(deck.length / 2)]!
  await page.goto(String(slide.no))
  await expect(page).toHaveURL(new RegExp(`/read/#slide-${slide.no}$`))
  const heading = page.locator(`#slide-${slide.no}-title`)
  await expect(heading).toHaveText(normaliseText(slide.title))
  await expect(heading).toBeInViewport()
})

test('the address follows the reading position, replaced, not pushed: Back leaves the page', async ({ page }) => {
  await page.goto('about:blank')
  await openReader(page, '#slide-1')
  const historyLength = await page.evaluate(() => history.length)
  for (const slide of [
    deck[5]!,
    deck.at(-1)!,
    deck[2]!,
  ]) {
    await page.locator(`#slide-${slide.no}-title`).evaluate(heading => heading.scrollIntoView({ block: 'start' }))
    await expect(page).toHaveURL(new RegExp(`/read/#slide-${slide.no}$`))
  }
  expect(await page.evaluate(() => history.length)).toBe(historyLength)
  await page.goBack()
  await expect(page).toHaveURL('about:blank')
})

test('every slide\'s title and notes are on the page, in order, with its section\'s heading level', async ({ page }) => {
  await openReader(page)
  const sections = page.locator('section.reader-slide')
  await expect(sections).toHaveCount(deck.length)
  expect(await sections.evaluateAll(elements => elements.map(element => element.id))).toEqual(deck.map(slide => `slide-${slide.no}`))
  const dividerIndex = deck.findIndex(slide => slide.layout === 'section')
  const firstDivider = dividerIndex === -1
    ? deck.length
    : dividerIndex
  for (const [index, slide] of deck.entries()) {
    const section = page.locator(`#slide-${slide.no}`)
    // A divider's title is an h2, and so is a slide's before the first divider: headings go down one level at a time.
    const heading = section.getByRole('heading', {
      level: slide.layout === 'section' || index < firstDivider
        ? 2
        : 3,
      name: normaliseText(slide.title),
      exact: true,
    })
    await expect.soft(heading, `slide ${slide.no}'s title`).toHaveCount(1)
    // The title is said once: the slide's own heading gives way to the section's.
    await expect.soft(section.getByText(normaliseText(slide.title), { exact: true }), `slide ${slide.no}'s title once`).toHaveCount(1)
    expect.soft(normaliseText(await section.locator('.reader-notes').textContent() ?? ''), `slide ${slide.no}'s notes`).toContain(noteWords(slide.notes))
  }
})

test('every figure, fact check and table cell is on the page, as the data says', async ({ page }) => {
  await openReader(page)
  for (const metric of talkData.metrics) {
    const shown = await page.locator(`[data-figure="${metric.id}"]`).allTextContents()
    expect.soft(shown.map(normaliseText), `figure ${metric.id} shown as "${metric.display}"`).toContain(metric.display)
  }
  for (const check of talkData.factChecks)
    await expect.soft(page.locator(`[data-fact-check="${check.id}"]`), `fact check ${check.id}`).not.toHaveCount(0)
  for (const row of talkData.comparisonRows) {
    const cells = page.locator(`tr[data-dimension="${row.dimension}"]`).first().locator('td')
    expect.soft((await cells.allTextContents()).map(normaliseText), `table row ${row.dimension}`).toEqual(languages.map(language => row.ratings[language]))
  }
  // Every source is a link, opening apart from the page as on the slides.
  const sourceLinks = page.locator('a.source-link')
  await expect(sourceLinks).not.toHaveCount(0)
  for (const link of await sourceLinks.all()) {
    await expect.soft(link).toHaveAttribute('href', /^https:\/\//)
    await expect.soft(link).toHaveAttribute('target', '_blank')
    await expect.soft(link).toHaveAttribute('rel', /noopener/)
  }
})

test('every chart is redrawn from data/ across the screen\'s width, with labels of at least 11 px', async ({ page }) => {
  await openReader(page)
  const figures = page.locator('figure.reader-chart')
  const drawnOn = await figures.evaluateAll(elements => elements.map(element => ({
    chart: (element as HTMLElement).dataset.chart!,
    slide: element.closest('section.reader-slide')!.id,
  })))
  expect(new Set(drawnOn.map(({ slide }) => slide)), 'a chart where a slide draws one').toEqual(new Set(chartSlides(deck).map(slide => `slide-${slide.no}`)))
  for (const { chart } of drawnOn)
    expect(chartIds(), 'a chart charts/index.ts can build').toContain(chart)
  const screenWidth = page.viewportSize()!.width
  for (const figure of await figures.all()) {
    await figure.scrollIntoViewIfNeeded()
    await expect(figure).toHaveClass(/reader-chart-ready/)
    const canvas = figure.locator('canvas')
    const { width } = (await canvas.boundingBox())!
    const name = await figure.getAttribute('data-chart')
    expect.soft(width, `${name} spans the screen`).toBeGreaterThanOrEqual(0.85 * screenWidth)
    expect.soft(Number(await canvas.getAttribute('data-smallest-font-px')), `${name}'s smallest label`).toBeGreaterThanOrEqual(11)
    expect.soft(await canvas.evaluate((element: HTMLCanvasElement) => {
      const pixels = element.getContext('2d')!.getImageData(0, 0, element.width, element.height).data
      return pixels.some((value, index) => index % 4 === 3 && value > 0)
    }), `${name} is drawn`).toBe(true)
    await expect.soft(figure.locator('table'), `${name}'s numbers`).toHaveCount(1)
  }
})

test('text is read at its size, not shrunk: median at least 16 px, 10th percentile at least 13 px', async ({ page }) => {
  await openReader(page)
  const sizes = await textSizes(page)
  const median = sizes[Math.floor(sizes.length / 2)]!
  const tenth = sizes[Math.floor(sizes.length / 10)]!
  test.info().annotations.push({ type: 'text size', description: `median ${median} px, 10th percentile ${tenth} px, smallest ${sizes[0]} px, ${sizes.length} characters` })
  expect(median).toBeGreaterThanOrEqual(16)
  expect(tenth).toBeGreaterThanOrEqual(13)
})

test('with JavaScript off, the page still shows every slide, its notes, and every chart\'s numbers', async ({ browser, baseURL }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  })
  const page = await context.newPage()
  await page.goto(new URL('read/', baseURL).href)
  await expect(page.locator('section.reader-slide')).toHaveCount(deck.length)
  const last = deck.at(-1)!
  await expect(page.locator(`#slide-${last.no}-title`)).toHaveText(normaliseText(last.title))
  await expect(page.locator(`#slide-${last.no} .reader-notes`)).toBeVisible()
  const chart = page.locator(`#slide-${chartSlide.no} figure.reader-chart`).first()
  await expect(chart.locator('table')).toBeVisible()
  await expect(chart.locator('canvas'), 'no empty box where a chart would be').toBeHidden()
  await context.close()
})

/** The narrowest phone the reader view is laid out for. */
const narrowPhone = { width: 360, height: 740 }

test(`nothing scrolls the page sideways at ${narrowPhone.width} px; wide tables and code scroll in their own box`, async ({ page }) => {
  await page.setViewportSize(narrowPhone)
  await openReader(page)
  // Laid out and unclipped (content-visibility: auto clips what overflows a section): a too-wide element widens the page.
  await layOutEverySection(page)
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }))
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
  for (const box of await page.locator(`#slide-${codeSlide.no} pre, #slide-${comparisonSlide.no} .reader-scroll`).all()) {
    expect(await box.evaluate(element => getComputedStyle(element).overflowX)).toBe('auto')
    expect((await box.boundingBox())!.width).toBeLessThanOrEqual(narrowPhone.width)
  }
})

test.describe('as reviewed', () => {
  const shots = [
    ['the top', 'reader-top.png', undefined],
    ['the comparison table', 'reader-comparison.png', comparisonSlide],
    ['a chart', 'reader-chart.png', chartSlide],
    ['a code slide', 'reader-code.png', codeSlide],
  ] as const
  for (const [what, file, slide] of shots) {
    test(what, async ({ page }) => {
      await openReader(page, slide
        ? `#slide-${slide.no}`
        : '')
      if (!slide) {
        await expect(page).toHaveScreenshot(file, { timeout: 20_000 })
        return
      }
      const section = page.locator(`#slide-${slide.no}`)
      for (const figure of await section.locator('figure.reader-chart').all())
        await expect(figure).toHaveClass(/reader-chart-ready/)
      await layOutEverySection(page)
      // The page is long and drawn at scale 3: two stable captures take more than the default 5 s on a busy machine.
      await expect(section).toHaveScreenshot(file, { timeout: 20_000 })
    })
  }
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no serious or critical accessibility violation, ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await openReader(page)
    const { violations } = await new AxeBuilder({ page }).analyze()
    const serious = violations
      .filter(violation => violation.impact === 'serious' || violation.impact === 'critical')
      .map(violation => `${violation.id}: ${violation.help} (${violation.nodes.slice(0, 5).map(node => node.target.join(' ')).join(', ')})`)
    expect(serious).toEqual([])
  })
}

test('after one visit the reader view works offline', async ({ page, context }) => {
  await openReader(page)
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
  await context.setOffline(true)
  await page.goto('read/')
  await expect(page.locator('section.reader-slide')).toHaveCount(deck.length)
  await page.goto(String(deck.at(-1)!.no))
  await expect(page).toHaveURL(new RegExp(`/read/#slide-${deck.at(-1)!.no}$`))
})

test.describe('on a wide screen', () => {
  test.use({
    viewport: { width: 1280, height: 720 },
    deviceScaleFactor: 1,
    isMobile: false,
    hasTouch: false,
  })

  test('the slides stay, with a link to the reader view; ?view=read opens it, and its link goes back', async ({ page }) => {
    await page.goto('3')
    await expect(page.locator('[data-slidev-no="3"] .slidev-layout').first()).toBeVisible()
    await expect(page.getByRole('link', { name: 'Read', exact: true })).toHaveAttribute('href', /\/read\/#slide-3$/)
    await page.goto('3?view=read')
    await expect(page).toHaveURL(/\/read\/#slide-3$/)
    await page.locator('#slide-3').getByRole('link', { name: 'Slide 3 in the deck' }).click()
    await expect(page.locator('[data-slidev-no="3"] .slidev-layout').first()).toBeVisible()
  })

  test('the presenter view stays the presenter view', async ({ page }) => {
    await page.goto('presenter/2?view=read')
    await expect(page.locator('.slidev-note')).toBeVisible()
    await expect(page).toHaveURL(/\/presenter\/2/)
  })
})
