// The claims ledger against what the deck says of its own sourcing: the title slide's tally, the PDF's subject,
// the "What we corrected" slide and every figure's kind.
import { join } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { factChecks } from '../data/fact-checks.ts'
import { corrections } from '../data/ledger.ts'
import { proseClaims } from '../data/prose-claims.ts'
import { tallySentence } from '../data/tally.ts'
import { loadDeck } from '../kit/check/deck-source.ts'
import { countsIn, expectedCounts } from './support/claims.ts'
import { gotoSlide, readDeckOutline } from './support/deck.ts'
import { pdfInfo } from './support/pdf.ts'

import { normaliseText } from './support/text.ts'

const deck = await readDeckOutline()
const { headmatter } = await loadDeck(process.cwd())

test('the headmatter, PDF subject and page description state the tally the figures give', () => {
  expect(countsIn(String(headmatter.info))).toEqual(expectedCounts())
  expect(countsIn(String((headmatter.seoMeta as { ogDescription: string }).ogDescription))).toEqual(expectedCounts())
  expect(countsIn(pdfInfo(join('dist', `${String(headmatter.exportFilename)}.pdf`)).Subject!)).toEqual(expectedCounts())
})

test('the title slide shows the tally, and "What we corrected" lists every correction with its source', async ({ page }) => {
  const title = await gotoSlide(page, 1)
  expect(countsIn(await title.locator('[data-claims-tally]').textContent() ?? '')).toEqual(expectedCounts())
  expect(tallySentence()).toBe(normaliseText(await title.locator('[data-claims-tally]').textContent() ?? ''))

  const correctionSlides = deck.filter(slide => slide.content.includes('<CorrectionsList'))
  expect(correctionSlides.length, 'slides show <CorrectionsList :page="N" />').toBeGreaterThan(0)
  const shown: (string | null)[] = []
  for (const { no } of correctionSlides) {
    const slide = await gotoSlide(page, no)
    shown.push(...await slide.locator('[data-correction]').evaluateAll(items => items.map(item => item.getAttribute('data-correction'))))
    for (const item of await slide.locator('[data-correction]').all())
      await expect(item.locator('a[href^="https://"]')).toHaveCount(1)
  }
  const checksThatCorrect = factChecks.filter(check => check.verdict !== 'unsourced').map(check => check.id)
  const ownCorrections = proseClaims.filter(claim => claim.kind === 'corrected' && !claim.factCheck).map(claim => claim.id)
  expect(shown).toEqual([
    ...checksThatCorrect,
    ...ownCorrections,
  ])
  expect(corrections().map(correction => correction.id)).toEqual(shown)
})
