import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import * as harfbuzz from 'harfbuzzjs'
import { checkFonts, coreFileName, faces, fontsDir, readFace } from '../../kit/fonts/subset-fonts.ts'
import { readEssay } from '../support/essay.ts'

// The core font files are generated: they must be what kit/fonts/subset-fonts.ts makes from the installed
// @fontsource files, so a font upgrade or a new character cannot leave stale subsets behind.

test('the committed core fonts and styles/fonts.css are what `npm run fonts` makes', async () => {
  expect(await checkFonts(), 'run `npm run fonts` and commit the result').toEqual([])
})

/** What a reader sees of a shaped line: glyph ids differ between the two files, outlines and positions must not. */
function drawnLine(font: harfbuzz.Font, line: string, features: harfbuzz.Feature[]): string {
  const buffer = new harfbuzz.Buffer()
  buffer.addText(line)
  buffer.guessSegmentProperties()
  harfbuzz.shape(font, buffer, features)
  return buffer.getGlyphInfosAndPositions()
    .map(glyph => `${font.glyphToPath(glyph.codepoint)} ${glyph.xAdvance} ${glyph.xOffset},${glyph.yOffset}`)
    .join('\n')
}

const tabularFigures = new harfbuzz.Feature('tnum')
const featureSets: Record<string, harfbuzz.Feature[]> = {
  'default features': [],
  'tabular figures': [tabularFigures],
}

test('each core font draws the essay as its full file does, ligatures, kerning and tabular figures included', async () => {
  const essayLines = readEssay().split('\n')
  for (const face of faces) {
    const coreFace = await readFace(join(fontsDir, coreFileName(face)))
    const core = new harfbuzz.Font(coreFace)
    const full = new harfbuzz.Font(await readFace(join(import.meta.dirname, '..', '..', face.source)))
    const inCore = new Set(coreFace.collectUnicodes())
    const everyCoreCharacter = String.fromCodePoint(...inCore)
    const lines = [everyCoreCharacter, ...essayLines]
      .map(line => [...line].filter(char => inCore.has(char.codePointAt(0)!)).join(''))
      .filter(line => line.trim() !== '')
    for (const [name, features] of Object.entries(featureSets)) {
      const differing = lines.find(line => drawnLine(core, line, features) !== drawnLine(full, line, features))
      expect.soft(differing, `${coreFileName(face)} draws this line unlike the full file (${name})`).toBeUndefined()
    }
  }
})
