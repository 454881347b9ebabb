import { expect, test } from '@playwright/test'
import talk from '../talk.config.ts'
import { gotoSlide, watchForProblems } from './support/deck.ts'

// What makes slide 1 quick on a slow phone (kit/first-paint/first-slide-plugin.ts, kit/first-paint/lean-client.ts) is that the
// page names everything it needs up front. These tests hold that shape; `npm run bench` measures the time.

/** The scripts, styles and fonts index.html names, as absolute URLs. */
function declaredInHtml(baseURL: string, html: string): Set<string> {
  return new Set([
    ...html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)="([^"]+)"/g),
  ].map(([, path]) => new URL(path!, baseURL).href))
}

test('slide 1 renders from the files index.html names alone, exactly as with everything', async ({ page, context, baseURL }) => {
  await gotoSlide(page, 1)
  const withEverything = await page.screenshot()
  const held = await context.newPage()
  const declared = declaredInHtml(baseURL!, await (await held.request.get(baseURL!)).text())
  // Everything else under assets/ is held back (Slidev's fetch of slide 2 ahead of time among it): slide 1 must not need it.
  await held.route(url => url.pathname.includes('/assets/') && !declared.has(url.href), route => route.abort('blockedbyclient'))
  await gotoSlide(held, 1)
  expect(await held.screenshot(), 'slide 1 with only what index.html names').toEqual(withEverything)
})

test('the fonts index.html preloads are the ones slide 1 draws in', async ({ page, baseURL }) => {
  const html = await (await page.request.get(baseURL!)).text()
  const preloaded = [
    ...html.matchAll(/<link rel="preload" as="font"[^>]*href="[^"]*\/([^/"]+?)-[\w-]{8}\.woff2"/g),
  ].map(([, name]) => name!).sort()
  expect(preloaded.map(name => `styles/fonts/${name}.woff2`)).toEqual([...talk.firstSlideFonts].sort())
  const slide = await gotoSlide(page, 1)
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  // Read from slide 1's own text: what else loads later (Slidev renders the next slide ahead, hidden, on
  // a timer) depends on the machine's speed, not on slide 1.
  const used = await slide.evaluate((element) => {
    const faces = new Set<string>()
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!
      if (!node.textContent!.trim() || !parent.checkVisibility())
        continue
      const style = getComputedStyle(parent)
      const family = style.fontFamily.split(',')[0]!.replaceAll('"', '').trim()
      const face = [
        ...document.fonts,
      ].find(font => font.family.replaceAll('"', '') === family && font.weight === style.fontWeight && font.status === 'loaded')
      // A core face's range starts at the space; the rest of a Latin file starts at U+0.
      const part = face?.unicodeRange.startsWith('U+20-7E')
        ? 'core'
        : 'not loaded or not core'
      faces.add(`${family.toLowerCase().replaceAll(' ', '-')}-${part}-${style.fontWeight}`)
    }
    return [...faces]
  })
  expect(used.sort(), 'the faces slide 1 draws its text in, loaded').toEqual(preloaded)
})

test('the menus Slidev loads on demand open without errors', async ({ page, context, baseURL }) => {
  const problems = await watchForProblems(context, page, new URL(baseURL!).origin)
  await gotoSlide(page, 2)
  await page.keyboard.press('g')
  const goTo = page.getByPlaceholder('Goto...')
  await goTo.fill('4')
  await goTo.press('Enter')
  await expect(page).toHaveURL(/\/4(?:\?.*)?$/)
  await page.locator('button[title="More Options"]').click()
  await expect(page.getByText('Slide Scale')).toBeVisible()
  expect(problems).toEqual([])
})
