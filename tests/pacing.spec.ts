import type { Page } from '@playwright/test'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { sections } from '../data/sections.ts'
import { formatClock, plannedSectionEnds } from '../kit/speaker/pacing.ts'
import { gotoSlide, readDeckOutline } from './support/deck.ts'
import { pdfPageText } from './support/pdf.ts'
import { gotoPresenter, presenterTo, toggleTalkTimer } from './support/presenter.ts'

const deck = await readDeckOutline()
const dividers = sections.map(section => deck.find(slide => slide.layout === 'section' && slide.title === section.title)!)
const plannedEnds = plannedSectionEnds(sections)
const talkStart = new Date('2026-12-03T19:00:00Z')

/**
 * A presenter view on a fake clock, stopped once the page is up: Slidev's timer then reads only the time
 * the test moves on. Returns a function that moves the clock to a number of seconds after the timer
 * was started.
 */
async function presenterOnFakeClock(page: Page, no: number) {
  await page.clock.install({ time: talkStart })
  await gotoPresenter(page, no)
  const startedAt = talkStart.getTime() + 60_000
  await page.clock.pauseAt(startedAt)
  let now = startedAt
  return async (elapsedSeconds: number) => {
    const to = startedAt + elapsedSeconds * 1000
    await page.clock.fastForward(to - now)
    now = to
  }
}

test('the presenter paces each section against Slidev\'s timer: ahead or behind its planned end, on a fake clock', async ({ page }) => {
  const elapse = await presenterOnFakeClock(page, 1)
  const pacing = page.getByRole('region', { name: 'Pacing' })
  const progress = pacing.getByRole('progressbar', { name: 'Sections' })

  await expect(pacing).toContainText(`Section 1 of ${sections.length}`)
  await expect(pacing).toContainText('start Slidev\'s timer to pace the talk')
  await toggleTalkTimer(page)
  await elapse(0)
  await expect(pacing).toContainText(`ahead ${formatClock(plannedEnds[0]!)}`)

  let elapsed = 0
  for (const [index, section] of sections.entries()) {
    await test.step(`section ${index + 1}: ${section.title}`, async () => {
      await presenterTo(page, dividers[index]!.no)
      await expect(pacing).toContainText(`Section ${index + 1} of ${sections.length}`)
      await expect(pacing).toContainText(section.title)
      await expect(pacing).toContainText(`${section.budgetMinutes} min`)
      await expect(pacing).toContainText(`planned end ${formatClock(plannedEnds[index]!)}`)
      await expect(progress).toHaveAttribute('aria-valuenow', String(index + 1))

      // Halfway through the section's budget: ahead by the other half.
      const half = section.budgetMinutes * 30
      elapsed = plannedEnds[index]! - half
      await elapse(elapsed)
      await expect(pacing).toContainText(`elapsed ${formatClock(elapsed)}`)
      await expect(pacing).toContainText(`ahead ${formatClock(half)}`)

      // Still on the section 7 seconds after its planned end: behind, in words and a symbol, not only colour.
      elapsed = plannedEnds[index]! + 7
      await elapse(elapsed)
      await expect(pacing).toContainText('behind 0:07')
      await expect(pacing.locator('.is-behind svg')).toBeVisible()
      await expect(pacing.locator('.is-ahead')).toHaveCount(0)
    })
  }

  await test.step('pausing Slidev\'s timer pauses pacing', async () => {
    await toggleTalkTimer(page)
    await elapse(elapsed + 120)
    await expect(pacing).toContainText(`elapsed ${formatClock(elapsed)}`)
    await expect(pacing).toContainText('behind 0:07 (timer paused)')
    await toggleTalkTimer(page)
    await elapse(elapsed + 120 + 5)
    await expect(pacing).toContainText('behind 0:12')
  })
})

test('pacing is only in the presenter: not on the audience\'s slides, the notes view or the PDF', async ({ page }) => {
  const slide = await gotoSlide(page, dividers[1]!.no)
  await expect(slide).toBeVisible()
  await expect(page.getByRole('region', { name: 'Pacing' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Download timings' })).toHaveCount(0)

  await page.goto('notes')
  await expect(page.getByText(deck[0]!.notes.split(/\s+/).slice(0, 6).join(' '))).toBeVisible()
  await expect(page.getByRole('region', { name: 'Pacing' })).toHaveCount(0)

  // The PDF the build exports beside the deck, printed from Slidev's print page.
  const pdf = readdirSync('dist').find(file => file.endsWith('.pdf'))!
  const text = pdfPageText(join('dist', pdf), 1, deck.length)
  expect(text).toContain(deck[1]!.title)
  for (const strip of ['planned end', 'Download timings', `Section 1 of ${sections.length}`])
    expect(text).not.toContain(strip)
})

test.describe('the presenter view with pacing, as its reviewed screenshots', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(colorScheme, async ({ page }) => {
      await page.emulateMedia({ colorScheme })
      // A section divider, behind its planned end: every part of the strip shows.
      const section = 2
      const elapse = await presenterOnFakeClock(page, dividers[section]!.no)
      if (colorScheme === 'dark')
        await expect(page.locator('html')).toHaveClass(/\bdark\b/)
      else
        await expect(page.locator('html')).not.toHaveClass(/\bdark\b/)
      await toggleTalkTimer(page)
      await elapse(plannedEnds[section]! + 75)
      await expect(page.getByRole('region', { name: 'Pacing' })).toContainText('behind 1:15')
      await expect(page).toHaveScreenshot(`presenter-pacing-${colorScheme}.png`)
    })
  }
})
