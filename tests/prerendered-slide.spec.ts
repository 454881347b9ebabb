import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { prerenderedSlideClass } from '../kit/first-paint/prerendered-slide.ts'
import { gotoSlide, readDeckOutline, watchForProblems } from './support/deck.ts'

// index.html carries slide 1 as static HTML (kit/first-paint/prerender.ts) so it paints before any
// script runs; the app then takes over (kit/first-paint/prerendered-slide.ts). `npm run bench` measures the speed.

const deck = await readDeckOutline()
const firstTitle = deck[0]!.title
const prerendered = `.${prerenderedSlideClass}`

/** One animation frame, as recorded before it was painted. */
interface Frame {
  /** Each h1 on screen: its box, and the width of its text as laid out (in its font, or unseen in a fallback until the font comes). */
  titles: { box: string, textWidth: number }[]
  prerenderedShown: boolean
}

declare global {
  interface Window {
    deckFrames?: Frame[]
    deckLayoutShift?: number
  }
}

/** Records, before each frame is painted, what it shows of slide 1, and the layout shift so far. */
async function recordFrames(page: Page) {
  await page.addInitScript((selector) => {
    window.deckFrames = []
    window.deckLayoutShift = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.deckLayoutShift! += (entry as PerformanceEntry & { value: number }).value
    }).observe({ type: 'layout-shift', buffered: true })
    const record = () => {
      // The static slide covers the app: while it is on show, the live slide under it is not what is seen.
      const layer = document.querySelector(selector)
      const shown = layer?.checkVisibility() ?? false
      const onScreen = shown
        ? [
            ...layer!.querySelectorAll('h1'),
          ]
        : [
            ...document.querySelectorAll('#app h1'),
          ].filter(title => title.checkVisibility())
      const titles = onScreen.map((title) => {
        const { x, y, width, height } = title.getBoundingClientRect()
        const text = document.createRange()
        text.selectNodeContents(title)
        return { box: `${title.textContent} at ${x},${y} ${width}x${height}`, textWidth: text.getBoundingClientRect().width }
      })
      window.deckFrames!.push({ titles, prerenderedShown: shown })
      requestAnimationFrame(record)
    }
    requestAnimationFrame(record)
  }, prerendered)
}

test('index.html and 404.html carry slide 1 as static HTML, with its title as text', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  for (const path of ['', '404.html']) {
    const response = await page.request.get(new URL(path, baseURL).href)
    expect(response.ok(), path).toBe(true)
    await page.setContent(await response.text())
    await expect(page.locator(`${prerendered} h1`), path).toHaveText(firstTitle)
    // Nothing in the copy may pass for the live slide, or for one of the app's elements.
    await expect(page.locator(`${prerendered} [data-slidev-no], ${prerendered} [id]`), path).toHaveCount(0)
  }
  await context.close()
})

test('with JavaScript off, / shows slide 1 where the deck draws it, and links to the reader view and the PDF', async ({ browser, page, baseURL }) => {
  await gotoSlide(page, 1)
  const liveTitle = await page.locator('[data-slidev-no="1"] h1').boundingBox()
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled: false,
    viewport: page.viewportSize(),
  })
  const noScript = await context.newPage()
  await noScript.goto('/')
  const title = noScript.getByRole('heading', { level: 1, name: firstTitle })
  await expect(title).toBeVisible()
  expect(await title.boundingBox()).toEqual(liveTitle)
  const reader = noScript.getByRole('link', { name: /read the talk/i })
  const pdf = noScript.getByRole('link', { name: /download the PDF/i })
  await expect(reader).toBeVisible()
  await expect(pdf).toBeVisible()
  const readerPage = await noScript.request.get(new URL((await reader.getAttribute('href'))!, baseURL).href)
  expect(await readerPage.text()).toContain(`<h1>${firstTitle}</h1>`)
  const pdfFile = await noScript.request.get(new URL((await pdf.getAttribute('href'))!, baseURL).href)
  expect(pdfFile.headers()['content-type']).toBe('application/pdf')
  await context.close()
})

for (const colorScheme of ['light', 'dark'] as const) {
  // The laptop's 16:9 screen, and a 4:3 projector, where Slidev also keeps its navigation bar on show.
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
  ]) {
    test(`before the app runs, slide 1 looks exactly as the live deck draws it (${colorScheme}, ${viewport.width}x${viewport.height})`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({
        baseURL,
        viewport,
        colorScheme,
        reducedMotion: 'reduce',
      })
      const held = await context.newPage()
      // The app's scripts never arrive: what shows is index.html's HTML and CSS, and the fonts it preloads.
      await held.route(url => url.pathname.endsWith('.js'), () => {})
      await held.goto('/', { waitUntil: 'commit' })
      await expect(held.locator(`${prerendered} h1`)).toBeVisible()
      await held.evaluate(() => document.fonts.ready.then(() => undefined))
      // A face the page asks for only once it paints can still be arriving: the held page counts once two
      // screenshots in a row agree.
      let beforeTheApp = await held.screenshot()
      await expect.poll(async () => {
        const again = await held.screenshot()
        const settled = again.equals(beforeTheApp)
        beforeTheApp = again
        return settled
      }, { message: 'slide 1 before the app, settled' }).toBe(true)
      const live = await context.newPage()
      await gotoSlide(live, 1)
      await expect(live.locator(prerendered)).toHaveCount(0)
      // The live deck settles a frame or two after its layout shows (on a loaded machine, later): awaited.
      await expect.poll(async () => (await live.screenshot()).equals(beforeTheApp), { message: 'the live slide 1, pixel for pixel', timeout: 15_000 }).toBe(true)
      await context.close()
    })
  }
}

test('the live deck takes over with no layout shift: slide 1\'s title stays put, and in its font once drawn', async ({ page, context, baseURL }) => {
  const problems = await watchForProblems(context, page, new URL(baseURL!).origin)
  await recordFrames(page)
  await page.goto('/')
  await expect(page.locator('[data-slidev-no="1"] .slidev-layout')).toBeVisible()
  await expect(page.locator(prerendered)).toHaveCount(0)
  // The taken-over page, a few frames on: long enough for a late font swap or a moved title to show.
  const takenOver = await page.evaluate(() => window.deckFrames!.length)
  await page.waitForFunction(count => window.deckFrames!.length > count + 10, takenOver)
  const frames = await page.evaluate(() => window.deckFrames!)
  const painted = frames.slice(frames.findIndex(frame => frame.titles.length > 0))
  expect(painted[0]!.prerenderedShown, 'the first frame with a title is the static slide 1').toBe(true)
  expect(painted.some(frame => !frame.prerenderedShown), 'the static slide 1 gave way to the live one').toBe(true)
  expect(painted.every(frame => frame.titles.length === 1), 'one title on show in every frame').toBe(true)
  expect(new Set(painted.map(frame => frame.titles[0]!.box)), 'the title\'s box, frame by frame').toEqual(new Set([painted[0]!.titles[0]!.box]))
  // Once drawn in its font the title stays in it: the app's own font faces do not send it back to a fallback.
  const inItsFont = painted.at(-1)!.titles[0]!.textWidth
  const fromFontArrival = painted.slice(painted.findIndex(frame => frame.titles[0]!.textWidth === inItsFont))
  expect(fromFontArrival.filter(frame => frame.titles[0]!.textWidth !== inItsFont)).toEqual([])
  expect(await page.evaluate(() => window.deckLayoutShift)).toBe(0)
  expect(problems).toEqual([])
})

for (const { path, shows } of [
  { path: '7', shows: '[data-slidev-no="7"] .slidev-layout' },
  { path: 'presenter/1', shows: '.slidev-note' },
]) {
  test(`/${path} never shows the static slide 1`, async ({ page }) => {
    await recordFrames(page)
    await page.goto(path)
    await expect(page.locator(shows).first()).toBeVisible()
    await expect(page.locator(prerendered)).toHaveCount(0)
    expect((await page.evaluate(() => window.deckFrames!)).filter(frame => frame.prerenderedShown)).toEqual([])
  })
}
