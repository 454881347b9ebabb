import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { chromiumArgs, findChromium } from './chromium.ts'
import { serveDeck } from './serve.ts'

const previewPort = 12448

/** The social preview image: the title slide as the built deck renders it, at Open Graph's 1200x630. */
export async function renderOgImage(dist: string, base: string): Promise<string> {
  const output = join(dist, 'og-image.png')
  const server = serveDeck({ root: dist, port: previewPort, base })
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: chromiumArgs,
  })
  try {
    const page = await browser.newPage({
      viewport: { width: 1200, height: 630 },
      colorScheme: 'light',
      reducedMotion: 'reduce',
    })
    await page.goto(`http://127.0.0.1:${previewPort}${base}1`)
    const slide = page.locator('[data-slidev-no="1"]')
    await slide.waitFor()
    await slide.locator('.slidev-slide-loading').waitFor({ state: 'detached' })
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    await page.screenshot({ path: output })
    return output
  }
  finally {
    await browser.close()
    server.close()
  }
}
