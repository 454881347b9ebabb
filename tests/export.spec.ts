import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { readDeckOutline } from './support/deck.ts'
import { pdfPageCount, pdfPageInk, pdfPageRasters, pdfPageText, visiblyDifferentPixels } from './support/pdf.ts'
import { normaliseText } from './support/text.ts'

const deck = await readDeckOutline()

function runExport(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, ['kit/cli/export.ts', ...args], { encoding: 'utf8', env })
}

test('the PDF export has one readable, non-blank page per slide, and renders the same twice', async () => {
  const testInfo = test.info()
  test.setTimeout(240_000)
  const [pdf, again] = [
    testInfo.outputPath('deck.pdf'),
    testInfo.outputPath('again.pdf'),
  ]
  for (const output of [pdf, again]) {
    const result = runExport(['--output', output])
    expect(result.status, result.stderr).toBe(0)
  }

  expect(pdfPageCount(pdf), 'one page per slide').toBe(deck.length)
  for (const slide of deck) {
    const text = normaliseText(pdfPageText(pdf, slide.no))
    expect.soft(text, `page ${slide.no} carries its slide's title as text`).toContain(normaliseText(slide.title))
  }
  // A slide that rendered shows at least a title; the faintest real slide inks about 2% of its body.
  for (const { page, inkRatio } of pdfPageInk(pdf))
    expect.soft(inkRatio, `page ${page} is not blank`).toBeGreaterThan(0.01)
  // Two exports of one commit: no half-drawn chart, no time-dependent content.
  const againPages = pdfPageRasters(again)
  pdfPageRasters(pdf).forEach((raster, index) => expect.soft(visiblyDifferentPixels(raster, againPages[index]!), `page ${index + 1} renders the same twice`).toBe(0))
  // Dated by the commit, not the clock: the same bytes.
  expect(readFileSync(pdf).equals(readFileSync(again)), 'two exports of one commit are the same file').toBe(true)
})

test('a missing browser fails the export with one clear line and keeps the previous file', async () => {
  const testInfo = test.info()
  const pdf = testInfo.outputPath('previous.pdf')
  writeFileSync(pdf, 'the good export from last time')
  const result = runExport(['--output', pdf], {
    ...process.env,
    CHROMIUM_PATH: testInfo.outputPath('no-such-chromium'),
  })
  expect(result.status).toBe(1)
  expect(result.stderr.trim()).toMatch(/^Export failed \(CHROMIUM_PATH is set to \S*no-such-chromium, but no file is there\. No Chromium found\. Install one with [^\n]*\); \S*previous\.pdf was left as it was\.$/)
  expect(existsSync(pdf) && readFileSync(pdf, 'utf8')).toBe('the good export from last time')
})
