import type { AddressInfo } from 'node:net'
import { once } from 'node:events'
import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { chromiumArgs, findChromium } from './chromium.ts'
import { serveDeck } from './serve.ts'

/** The social preview image: the title slide as the built deck renders it, at Open Graph's 1200x630. */
export async function renderOgImage(dist: string, base: string): Promise<string> {
  const output = join(dist, 'og-image.png')
  // Port 0: the system picks a free one, so builds running side by side never collide.
  const server = serveDeck({ root: dist, port: 0, base })
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
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
    await page.goto(`http://127.0.0.1:${port}${base}1`)
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
