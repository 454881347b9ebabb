import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { gotoSlide, readDeckOutline } from './support/deck.ts'
import { gotoPresenter } from './support/presenter.ts'

const deck = await readDeckOutline()
// A slide past the first with click steps: each key must move one step, not skip the slide's reveals.
const stepped = deck.find(slide => slide.no > 1 && slide.content.includes('v-click'))!

// The keys clickers send (PowerPoint, Keynote and reveal.js take the same).
const nextKeys = [
  'PageDown',
  'Space',
  'ArrowRight',
  'ArrowDown',
]
const previousKeys = [
  'PageUp',
  'Shift+Space',
  'ArrowLeft',
  'ArrowUp',
]
const blackoutKeys = ['b', '.']

/** The slide and click step a window shows, from its address. */
function position(page: Page) {
  const url = new URL(page.url())
  return {
    no: Number(/(\d+)$/.exec(url.pathname)![1]),
    clicks: Number(url.searchParams.get('clicks') ?? 0),
  }
}

const windows = {
  audience: (page: Page, clicks: number) => gotoSlide(page, stepped.no, `?clicks=${clicks}`),
  presenter: (page: Page, clicks: number) => gotoPresenter(page, stepped.no, `?clicks=${clicks}`),
}

for (const [name, open] of Object.entries(windows)) {
  test(`in the ${name} window, each clicker key moves one step forward or back`, async ({ page }) => {
    for (const key of nextKeys) {
      await test.step(key, async () => {
        await open(page, 0)
        await page.keyboard.press(key)
        await expect.poll(() => position(page)).toEqual({ no: stepped.no, clicks: 1 })
      })
    }
    for (const key of previousKeys) {
      await test.step(key, async () => {
        await open(page, 1)
        await page.keyboard.press(key)
        await expect.poll(() => position(page)).toEqual({ no: stepped.no, clicks: 0 })
      })
    }
  })
}

/** The audience's black screen: over the whole window, on top of everything. */
function blackScreen(page: Page) {
  return page.locator('.blackout-screen')
}

async function expectBlack(page: Page) {
  await expect(blackScreen(page)).toBeVisible()
  const viewport = page.viewportSize()!
  expect(await blackScreen(page).boundingBox()).toEqual({ x: 0, y: 0, ...viewport })
  expect(await page.evaluate(() => {
    const top = document.elementFromPoint(innerWidth / 2, innerHeight / 2)!
    return [
      top.classList.contains('blackout-screen'),
      getComputedStyle(top).backgroundColor,
    ]
  })).toEqual([true, 'rgb(0, 0, 0)'])
}

for (const key of blackoutKeys) {
  test(`"${key}" blacks out the audience's window, and any key brings the same slide back`, async ({ page }) => {
    await gotoSlide(page, stepped.no)
    await page.keyboard.press(key)
    await expectBlack(page)
    // The key that brings the slide back does only that: a clicker's "next" does not also move on unseen.
    await page.keyboard.press('PageDown')
    await expect(blackScreen(page)).toHaveCount(0)
    expect(position(page)).toEqual({ no: stepped.no, clicks: 0 })
    await expect(page.locator(`[data-slidev-no="${stepped.no}"] .slidev-layout`).first()).toBeVisible()
  })
}

test('"b" in the presenter blacks out the audience\'s window, and any key in the presenter brings it back', async ({ context }) => {
  const audience = await context.newPage()
  const presenter = await context.newPage()
  await gotoSlide(audience, stepped.no)
  await gotoPresenter(presenter, stepped.no)

  await presenter.keyboard.press('b')
  await expectBlack(audience)
  await expect(presenter.getByRole('status')).toHaveText('The audience sees a black screen. Any key brings this slide back.')
  await expect(blackScreen(presenter), 'the speaker still sees the slide').toHaveCount(0)

  await presenter.keyboard.press('Space')
  await expect(blackScreen(audience)).toHaveCount(0)
  await expect(presenter.getByRole('status')).toHaveCount(0)
  expect(position(presenter)).toEqual({ no: stepped.no, clicks: 0 })
  expect(position(audience)).toEqual({ no: stepped.no, clicks: 0 })
})
