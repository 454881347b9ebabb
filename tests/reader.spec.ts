import type { Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { readDeckOutline, watchForProblems } from './support/deck.ts'
import { normaliseText } from './support/text.ts'

// The reader view (scripts/reader-page.ts) as a phone meets it: the whole talk on one page, reflowed.
const deck = await readDeckOutline()

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

test.describe('on a phone', () => {
  test.use({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
  })

  test('the deck\'s address opens the reader view, with no errors and nothing from another host', async ({ page, context, baseURL }) => {
    const problems = await watchForProblems(context, page, new URL(baseURL!).origin)
    await page.goto('')
    await expect(page).toHaveURL(/\/read\/#slide-1$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(deck[0]!.title)
    expect(problems).toEqual([])
  })

  test('a deep link /N lands at slide N\'s section', async ({ page }) => {
    const slide = deck[Math.floor(deck.length / 2)]!
    await page.goto(String(slide.no))
    await expect(page).toHaveURL(new RegExp(`/read/#slide-${slide.no}$`))
    const heading = page.locator(`#slide-${slide.no}-title`)
    await expect(heading).toHaveText(normaliseText(slide.title))
    await expect(heading).toBeInViewport()
  })

  test('every slide\'s title and notes are on the page, in order, with its section\'s heading level', async ({ page }) => {
    await page.goto('read/')
    const sections = page.locator('section.reader-slide')
    await expect(sections).toHaveCount(deck.length)
    for (const slide of deck) {
      const section = page.locator(`#slide-${slide.no}`)
      const heading = section.getByRole('heading', {
        level: slide.layout === 'section'
          ? 2
          : 3,
        name: normaliseText(slide.title),
        exact: true,
      })
      await expect.soft(heading, `slide ${slide.no}'s title`).toHaveCount(1)
      expect.soft(normaliseText(await section.locator('.reader-notes').textContent() ?? ''), `slide ${slide.no}'s notes`).toContain(noteWords(slide.notes))
    }
  })

  test('text is read at its size, not shrunk: median at least 16 px, 10th percentile at least 13 px', async ({ page }) => {
    await page.goto('read/')
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    const sizes = await textSizes(page)
    const median = sizes[Math.floor(sizes.length / 2)]!
    const tenth = sizes[Math.floor(sizes.length / 10)]!
    test.info().annotations.push({ type: 'text size', description: `median ${median} px, 10th percentile ${tenth} px, smallest ${sizes[0]} px, ${sizes.length} characters` })
    expect(median).toBeGreaterThanOrEqual(16)
    expect(tenth).toBeGreaterThanOrEqual(13)
  })

  test('with JavaScript off, the page still shows every slide and its notes', async ({ browser, baseURL }) => {
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
    await context.close()
  })

  test('the top of the reader view', async ({ page }) => {
    await page.goto('read/')
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    await expect(page).toHaveScreenshot('reader-top.png')
  })

  test('nothing scrolls the page sideways at 360 px', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto('read/')
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }))
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`no serious or critical accessibility violation, ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme })
      await page.goto('read/')
      const { violations } = await new AxeBuilder({ page }).analyze()
      const serious = violations
        .filter(violation => violation.impact === 'serious' || violation.impact === 'critical')
        .map(violation => `${violation.id}: ${violation.help} (${violation.nodes.slice(0, 5).map(node => node.target.join(' ')).join(', ')})`)
      expect(serious).toEqual([])
    })
  }
})

test('a wide screen keeps the slides, with a link to the reader view; ?view=read opens it, and its link goes back', async ({ page }) => {
  await page.goto('3')
  await expect(page.locator('[data-slidev-no="3"] .slidev-layout').first()).toBeVisible()
  await expect(page.getByRole('link', { name: 'Read', exact: true })).toHaveAttribute('href', /\/read\/#slide-3$/)
  await page.goto('3?view=read')
  await expect(page).toHaveURL(/\/read\/#slide-3$/)
  await page.locator('#slide-3').getByRole('link', { name: 'Slide 3 in the deck' }).click()
  await expect(page.locator('[data-slidev-no="3"] .slidev-layout').first()).toBeVisible()
})
