// The presenter view as a speaker uses it: open it on a slide, start and pause Slidev's talk timer.
import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'

/** Opens the presenter view on slide N and waits for the slide and the pacing strip under it. */
export async function gotoPresenter(page: Page, no: number, query = '') {
  await page.goto(`presenter/${no}${query}`)
  await expect(page.locator(`.slidev-presenter [data-slidev-no="${no}"] .slidev-layout`).first()).toBeVisible()
  await expect(page.getByRole('region', { name: 'Pacing' })).toBeVisible()
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

/** Clicks Slidev's own start/pause control, which shows while the pointer is over the timer. */
export async function toggleTalkTimer(page: Page) {
  const timer = page.locator('.slidev-presenter .group:has(> .font-mono)')
  await timer.hover()
  await timer.locator('.i-carbon\\:play, .i-carbon\\:pause').click()
  // Away from the timer, which shows its controls only under the pointer.
  await page.mouse.move(0, 0)
}

/** Moves the presenter to slide N the way a speaker does, a slide at a time (Shift+→ skips a slide's clicks). */
export async function presenterTo(page: Page, no: number) {
  const current = () => Number(/\/presenter\/(\d+)/.exec(page.url())![1])
  while (current() !== no) {
    const from = current()
    await page.keyboard.press(current() < no
      ? 'Shift+ArrowRight'
      : 'Shift+ArrowLeft')
    await expect.poll(current).not.toBe(from)
  }
}
