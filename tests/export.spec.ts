import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { loadDeck } from '../kit/check/deck-source.ts'
import { readDeckOutline } from './support/deck.ts'
import { pdfPageCount, pdfPageInk, pdfPageRasters, pdfPageText, visiblyDifferentPixels } from './support/pdf.ts'
import { normaliseText } from './support/text.ts'

const deck = await readDeckOutline()
const { headmatter } = await loadDeck(process.cwd())
// The PDF behind the download button: the one `npm run build` put in dist/ before the tests.
const builtPdf = join('dist', `${String(headmatter.exportFilename)}.pdf`)

function runExport(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, ['kit/cli/export.ts', ...args], { encoding: 'utf8', env })
}

test('the PDF export has one readable, non-blank page per slide, and is the same file as the build\'s', async () => {
  const testInfo = test.info()
  test.setTimeout(240_000)
  const pdf = testInfo.outputPath('deck.pdf')
  const result = runExport(['--output', pdf])
  expect(result.status, result.stderr).toBe(0)

  expect(pdfPageCount(pdf), 'one page per slide').toBe(deck.length)
  for (const slide of deck) {
    const text = normaliseText(pdfPageText(pdf, slide.no))
    expect.soft(text, `page ${slide.no} carries its slide's title as text`).toContain(normaliseText(slide.title))
  }
  // A slide that rendered shows at least a title; the faintest real slide inks about 2% of its body.
  for (const { page, inkRatio } of pdfPageInk(pdf))
    expect.soft(inkRatio, `page ${page} is not blank`).toBeGreaterThan(0.01)
  // The export prints Slidev's server's print page; the build printed the built deck's, in another
  // process: no half-drawn chart, no time-dependent content, no difference between the two.
  const builtPages = pdfPageRasters(builtPdf)
  pdfPageRasters(pdf).forEach((raster, index) => expect.soft(visiblyDifferentPixels(raster, builtPages[index]!), `page ${index + 1} renders as in the build's PDF`).toBe(0))
  // Dated by the commit, not the clock: the same bytes.
  expect(readFileSync(pdf).equals(readFileSync(builtPdf)), 'the export and the build\'s PDF of one commit are the same file').toBe(true)
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
