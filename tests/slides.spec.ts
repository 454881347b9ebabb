import { expect, test } from '@playwright/test'
import { sections } from '../data/sections.ts'
import { chartSlides, gotoSlide, readDeckOutline, watchForProblems } from './support/deck.ts'
import { normaliseText } from './support/text.ts'

const deck = await readDeckOutline()
const drawsCharts = new Set(chartSlides(deck).map(slide => slide.no))

test('every slide has a title and speaker notes', () => {
  expect(deck.length, 'the deck has more slides than section dividers').toBeGreaterThan(sections.length)
  for (const slide of deck) {
    expect.soft(slide.title, `slide ${slide.no} (${slide.file}) has a title`).not.toBe('')
    expect.soft(slide.notes, `slide ${slide.no} (${slide.file}) has speaker notes`).not.toBe('')
  }
})

test('every essay section has its divider slide from its own page, in the essay\'s order', () => {
  const dividers = deck.filter(slide => slide.layout === 'section')
  expect(dividers.map(slide => slide.title)).toEqual(sections.map(section => section.title))
  expect(dividers.map(slide => slide.file)).toEqual(sections.map(section => `pages/${section.page}`))
})

test('the built deck has exactly the slides of the source', async ({ page }) => {
  await gotoSlide(page, deck.length)
  await page.goto(String(deck.length + 1))
  await expect(page.locator(`[data-slidev-no="${deck.length + 1}"]`)).toHaveCount(0)
})

test.describe('every slide renders, offline, under the CSP and without errors, as its reviewed screenshot', () => {
  for (const { no, title } of deck) {
    test(`slide ${no}: ${title}`, async ({ page, context, baseURL }) => {
      const problems = await watchForProblems(context, page, new URL(baseURL!).origin)
      // The small core font files (kit/fonts/subset-fonts.ts) should hold every character a slide shows.
      const fullFonts: string[] = []
      page.on('request', (request) => {
        if (request.resourceType() === 'font' && !request.url().includes('-core-'))
          fullFonts.push(new URL(request.url()).pathname)
      })
      // Past the last click, so the screenshot shows everything the slide holds.
      const slide = await gotoSlide(page, no, '?clicks=99')
      expect(normaliseText(await slide.textContent() ?? '')).toContain(normaliseText(title))
      expect(await slide.locator('canvas').count() > 0, 'draws a chart exactly where its source says so (tests/support/deck.ts)').toBe(drawsCharts.has(no))
      await expect.soft(page).toHaveScreenshot(`slide-${String(no).padStart(2, '0')}.png`)
      expect.soft(problems, 'no errors, no policy violations, no requests off the local server').toEqual([])
      expect.soft(fullFonts, 'a character on it is not in the core fonts; add it to coreCodePoints in kit/fonts/subset-fonts.ts and run `npm run fonts`').toEqual([])
    })
  }
})
