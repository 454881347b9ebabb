import process from 'node:process'
import { expect, test } from '@playwright/test'
import { checkFonts, findPython } from '../scripts/subset-fonts.ts'

// The core font files are generated: they must be what scripts/subset-fonts.ts makes from the installed
// @fontsource files, so a font upgrade or a new character cannot leave stale subsets behind.

const hasFontTools = findPython() !== undefined
const installHint = 'Install fontTools (apt-get install python3-fonttools python3-brotli) to run it.'

test('the committed core fonts and styles/fonts.css are what `npm run fonts` makes', () => {
  if (!hasFontTools && process.env.CI)
    throw new Error(`fontTools is not installed, but CI must check the generated fonts. ${installHint}`)
  test.skip(!hasFontTools, `fontTools is not installed: the generated-font check is skipped. ${installHint}`)
  expect(checkFonts(), 'run `npm run fonts` and commit the result').toEqual([])
})
