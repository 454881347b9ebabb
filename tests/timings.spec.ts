import type { RehearsalTimings } from '../kit/speaker/pacing.ts'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { sections } from '../data/sections.ts'
import { formatClock, sectionOfEachSlide } from '../kit/speaker/pacing.ts'
import { readDeckOutline } from './support/deck.ts'
import { gotoPresenter, presenterTo, toggleTalkTimer } from './support/presenter.ts'

const deck = await readDeckOutline()
const slideSections = sectionOfEachSlide(deck, sections)
const talkMinutes = sections.reduce((total, section) => total + section.budgetMinutes, 0)

function runPacing(file: string) {
  return spawnSync(process.execPath, ['kit/cli/pacing.ts', file], { encoding: 'utf8' })
}

test('a rehearsal in the presenter view downloads each slide\'s planned and actual time, and `npm run pacing` sums them by section', async ({ page }, testInfo) => {
  const start = new Date('2026-12-03T19:00:00Z').getTime()
  await page.clock.install({ time: start })
  await gotoPresenter(page, 1)
  await page.clock.pauseAt(start + 60_000)

  // A run-through of the first two sections and into the third: slide N takes N × 11 seconds.
  const rehearsed = deck.filter((_, index) => slideSections[index]! <= 2).map(slide => slide.no)
  const secondsOn = (no: number) => no * 11
  await toggleTalkTimer(page)
  for (const no of rehearsed) {
    await presenterTo(page, no)
    await page.clock.fastForward(secondsOn(no) * 1000)
  }
  // Paused time is not rehearsal time.
  await toggleTalkTimer(page)
  await page.clock.fastForward(300_000)

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download timings' }).click(),
  ])
  const file = testInfo.outputPath(download.suggestedFilename())
  await download.saveAs(file)
  expect(download.suggestedFilename()).toMatch(/-timings\.json$/)
  const timings = JSON.parse(readFileSync(file, 'utf8')) as RehearsalTimings

  expect(timings.durationSeconds).toBe(talkMinutes * 60)
  expect(timings.slides.map(slide => [slide.slide, slide.title, slide.section])).toEqual(deck.map((slide, index) => [
    slide.no,
    slide.title,
    sections[slideSections[index]!]!.title,
  ]))
  expect(timings.slides.map(slide => slide.actualSeconds)).toEqual(deck.map(slide => rehearsed.includes(slide.no)
    ? secondsOn(slide.no)
    : 0))
  for (const [index, section] of sections.entries()) {
    const planned = timings.slides.filter(slide => slide.section === section.title).reduce((sum, slide) => sum + slide.plannedSeconds, 0)
    expect.soft(planned, `${section.title}: its slides share its budget`).toBe(section.budgetMinutes * 60)
    expect.soft(timings.slides.filter(slide => slide.section === section.title).length).toBe(slideSections.filter(at => at === index).length)
  }

  const report = runPacing(file)
  expect(report.status, report.stderr).toBe(0)
  for (const [index, section] of sections.entries()) {
    const actual = deck.filter((slide, at) => slideSections[at] === index && rehearsed.includes(slide.no)).reduce((sum, slide) => sum + secondsOn(slide.no), 0)
    expect(report.stdout).toMatch(new RegExp(`^${RegExp.escape(section.title)}\\s+${formatClock(section.budgetMinutes * 60)}\\s+${formatClock(actual)}\\s`, 'm'))
  }
  const suggested = [
    ...report.stdout.matchAll(/(\d+) min$/gm),
  ].map(([, minutes]) => Number(minutes))
  expect(suggested, 'a budget for each section, then the total').toHaveLength(sections.length + 1)
  expect(suggested.slice(0, -1).reduce((sum, minutes) => sum + minutes, 0), 'the suggested budgets fill the talk').toBe(talkMinutes)
})

test('`npm run pacing` on a recorded rehearsal: planned and actual by section, and budgets in its proportions', () => {
  const report = runPacing('tests/fixtures/rehearsal-timings.json')
  expect(report.status, report.stderr).toBe(0)
  // The fixture: 2, 5 and 3 minutes planned; 2, 6 and 4 spoken. Shares of 10 minutes: 1.67, 5, 3.33.
  expect(report.stdout).toMatch(/^Opening\s+2:00\s+2:00\s+\+0:00\s+2 min$/m)
  expect(report.stdout).toMatch(/^Middle\s+5:00\s+6:00\s+\+1:00\s+5 min$/m)
  expect(report.stdout).toMatch(/^Close\s+3:00\s+4:00\s+\+1:00\s+3 min$/m)
  expect(report.stdout).toMatch(/^total\s+10:00\s+12:00\s+\+2:00\s+10 min$/m)
})

test('`npm run pacing` names what is wrong with a file that is not a rehearsal\'s timings', () => {
  const report = runPacing('package.json')
  expect(report.status).toBe(1)
  expect(report.stderr).toContain('package.json is not a rehearsal\'s timings: "talk" is not a string')
  expect(runPacing('no-such-timings.json').stderr).toContain('Cannot read no-such-timings.json')
})
