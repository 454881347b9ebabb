import type { BuiltDeck } from '../headless/built-deck.ts'
import { join } from 'node:path'
import { waitForSlide } from '../headless/built-deck.ts'

/** The social preview image: the title slide as the built deck renders it, at Open Graph's 1200x630. */
export async function renderOgImage(deck: BuiltDeck): Promise<string> {
  const output = join(deck.dist, 'og-image.png')
  const page = await deck.browser.newPage({
    viewport: { width: 1200, height: 630 },
    colorScheme: 'light',
    reducedMotion: 'reduce',
  })
  try {
    await page.goto(`${deck.origin}${deck.base}1`)
    await waitForSlide(page, 1)
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    await page.screenshot({ path: output })
    return output
  }
  finally {
    await page.close()
  }
}
