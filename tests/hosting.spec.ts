import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { encode } from 'uqr'
import { prerenderedSlideClass } from '../kit/first-paint/prerendered-slide.ts'
import { serveDeck } from '../kit/headless/serve.ts'
import { gotoSlide, hostedDeckUrl, readDeckOutline, watchForProblems } from './support/deck.ts'
import { pngSize } from './support/files.ts'

const deck = await readDeckOutline()
const last = deck.at(-1)!
// The closing slide: the sources appendix comes after it.
const closing = deck.find(slide => slide.content.includes('<HostedDeckQr'))!

test.describe('a build for a sub-path, as on GitHub Pages', () => {
  const base = '/talk/'
  const port = 4471
  let out = ''
  let server: ReturnType<typeof serveDeck> | undefined

  test.beforeAll(async () => {
    test.setTimeout(300_000)
    out = mkdtempSync(join(tmpdir(), 'deck-subpath-'))
    const built = spawnSync(process.execPath, [
      'kit/cli/build.ts',
      '--base',
      base,
      '--out',
      out,
    ], { encoding: 'utf8' })
    expect(built.status, built.stderr).toBe(0)
    server = serveDeck({ root: out, port, base })
  })
  test.afterAll(() => server?.close())

  test('deep links, reload, the presenter and an unknown slide all work under the base path', async ({ page }) => {
    const url = (path: string) => `http://127.0.0.1:${port}${base}${path}`
    await page.goto(url('5'))
    await expect(page.locator('[data-slidev-no="5"] .slidev-layout').first()).toBeVisible()
    await page.reload()
    await expect(page.locator('[data-slidev-no="5"] .slidev-layout').first()).toBeVisible()
    await page.goto(url('presenter/3'))
    await expect(page.locator('.slidev-note')).toContainText(deck[2]!.notes.split(/\s+/).slice(0, 6).join(' '))
    await page.goto(url(String(deck.length + 1)))
    await expect(page.getByText(`Page /${deck.length + 1} not found`)).toBeVisible()
  })

  test('a phone under the base path gets the reader view, and its script draws the charts', async ({ browser }) => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    })
    const page = await phone.newPage()
    await page.goto(`http://127.0.0.1:${port}${base}5`)
    await expect(page).toHaveURL(new RegExp(`${base}read/#slide-5$`))
    const chart = page.locator('figure.reader-chart').first()
    await chart.scrollIntoViewIfNeeded()
    await expect(chart).toHaveClass(/reader-chart-ready/)
    await phone.close()
  })

  test('the download button gives the PDF the build put beside the deck', async ({ page }) => {
    await page.goto(`http://127.0.0.1:${port}${base}2`)
    await expect(page.locator('[data-slidev-no="2"] .slidev-layout').first()).toBeVisible()
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Download as PDF' }).click()
    const file = await (await download).path()
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-')
  })

  test('slide 1 is prerendered under the base path: it shows without JavaScript, and the app takes over under the policy', async ({ browser, page, context }) => {
    const noScript = await browser.newContext({ javaScriptEnabled: false })
    const staticPage = await noScript.newPage()
    await staticPage.goto(`http://127.0.0.1:${port}${base}`)
    await expect(staticPage.locator(`.${prerenderedSlideClass} h1`)).toHaveText(deck[0]!.title)
    for (const link of await staticPage.locator(`.${prerenderedSlideClass} a`).all()) {
      const href = new URL((await link.getAttribute('href'))!, staticPage.url())
      expect(href.pathname.startsWith(base), href.pathname).toBe(true)
      expect((await staticPage.request.get(href.href)).ok(), href.pathname).toBe(true)
    }
    await noScript.close()
    const problems = await watchForProblems(context, page, `http://127.0.0.1:${port}`)
    await page.goto(`http://127.0.0.1:${port}${base}`)
    await expect(page.locator('[data-slidev-no="1"] .slidev-layout')).toBeVisible()
    await expect(page.locator(`.${prerenderedSlideClass}`)).toHaveCount(0)
    expect(problems).toEqual([])
  })

  test('the social preview is the title slide, rendered by the build, and the tags point at the hosted deck', () => {
    expect(pngSize(join(out, 'og-image.png'))).toEqual({ width: 1200, height: 630 })
    const html = readFileSync(join(out, 'index.html'), 'utf8')
    expect(html).toContain(`<meta property="og:image" content="${new URL('og-image.png', hostedDeckUrl()).href}">`)
    expect(html).toContain(`<meta property="og:url" content="${hostedDeckUrl()}">`)
    expect(existsSync(join(out, 'sw.js'))).toBe(true)
  })
})

test('the closing slide\'s QR code encodes the hosted URL', async ({ page }) => {
  const slide = await gotoSlide(page, closing.no)
  const qr = slide.getByRole('img', { name: `QR code for ${hostedDeckUrl()}` })
  await expect(qr).toBeVisible()
  const rendered = await qr.locator('path').getAttribute('d')
  const expected = encode(hostedDeckUrl(), { border: 2 }).data
  const darkModules = new Set([
    ...rendered!.matchAll(/M(\d+),(\d+)/g),
  ].map(([, x, y]) => `${x},${y}`))
  expect(darkModules.size).toBeGreaterThan(0)
  expect(expected.flatMap((row, y) => row.map((isDark, x) => isDark === darkModules.has(`${x},${y}`))).every(Boolean)).toBe(true)
})

// Every slide is checked for policy violations in slides.spec.ts, where watchForProblems reports them.
test('the server sends the Content-Security-Policy, and the presenter runs under it with no violation', async ({ page, context, baseURL }) => {
  const problems = await watchForProblems(context, page, new URL(baseURL!).origin)
  const response = await page.goto(`presenter/${deck.length}`)
  expect(response!.headers()['content-security-policy'], 'the server sends the policy from dist/_headers').toContain('script-src \'self\'')
  await expect(page.locator('.slidev-note')).toBeVisible()
  await expect(page.locator(`[data-slidev-no="${deck.length}"] .slidev-layout`).first()).toBeVisible()
  expect(problems).toEqual([])
})

test('after one visit the deck works offline', async ({ page, context }) => {
  await gotoSlide(page, 1)
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
  await context.setOffline(true)
  for (const { no } of [deck[4]!, last]) {
    await gotoSlide(page, no)
    await expect(page.locator(`[data-slidev-no="${no}"] h1`).first()).toBeVisible()
  }
})

test('navigating in the presenter moves the audience\'s window too', async ({ context }) => {
  const audience = await context.newPage()
  const presenter = await context.newPage()
  await gotoSlide(audience, 2)
  await presenter.goto('presenter/2')
  await expect(presenter.locator('.slidev-note')).toBeVisible()
  await presenter.getByRole('button', { name: 'Go to next slide' }).click()
  await expect(audience).toHaveURL(/\/3(?:\?.*)?$/)
})
