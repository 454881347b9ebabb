// The build's one way of turning live slides into static HTML: the built deck is served and opened in
// headless Chromium, a slide is waited for as Slidev's exporter does, and its rendered markup, the
// stylesheets it loaded and their dark theme are read back. The reader view (kit/reader/page.ts) and
// the prerendered slide 1 in index.html (kit/first-paint/prerender.ts) are both made this way.
import type { AddressInfo } from 'node:net'
import type { Browser, Page } from 'playwright-chromium'
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { slideLayoutSelector, slidevDom } from '../slidev/internals.ts'
import { chromiumArgs, findChromium } from './chromium.ts'
import { serveDeck } from './serve.ts'

export interface BuiltDeck {
  browser: Browser
  /** Where the deck is served, without the base path. */
  origin: string
  /** The built deck's folder. */
  dist: string
  base: string
}

/** Text or an attribute value, safe to write into HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, character => `&${{
    '&': 'amp',
    '<': 'lt',
    '>': 'gt',
    '"': 'quot',
  }[character]};`)
}

/** Serves the built deck in `dist` and opens Chromium for `use`; both are closed after it, whatever it does. */
export async function withBuiltDeck<T>(dist: string, base: string, use: (deck: BuiltDeck) => Promise<T>): Promise<T> {
  // Port 0: the system picks a free one, so builds running side by side never collide.
  const server = serveDeck({ root: dist, port: 0, base })
  await once(server, 'listening')
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  try {
    const browser = await chromium.launch({
      executablePath: findChromium(),
      args: chromiumArgs,
    })
    try {
      return await use({ browser, origin, dist, base })
    }
    finally {
      await browser.close()
    }
  }
  finally {
    server.close()
  }
}

/** Waits for slide `no` as Slidev's exporter does: its layout is there, nothing is loading, charts have their data. */
export async function waitForSlide(page: Page, no: number) {
  const slide = `[${slidevDom.slideNumberAttribute}="${no}"]`
  await page.locator(slideLayoutSelector(no)).first().waitFor()
  await page.locator(`${slide} .${slidevDom.loadingClass}`).waitFor({ state: 'detached' })
  // A chart's table is filled in once chart.js has its data.
  await page.waitForFunction(({ slide, waitFor }) => [
    ...document.querySelectorAll(`${slide} [${waitFor}]`),
  ]
    .every(element => element.querySelector(element.getAttribute(waitFor)!)), { slide, waitFor: slidevDom.waitForAttribute })
}

/** The paths (under the base) of the deck's own stylesheets the page has loaded. */
export async function loadedStylesheets(page: Page, deck: BuiltDeck): Promise<string[]> {
  const hrefs = await page.evaluate(() => [...document.styleSheets].map(sheet => sheet.href ?? ''))
  return hrefs.filter(href => href.startsWith(deck.origin)).map(href => href.slice(deck.origin.length))
}

/** The text of built stylesheets, by their paths under the base, in the order given. */
export function readStylesheets(deck: BuiltDeck, paths: Iterable<string>): string {
  return [...paths].map(path => readFileSync(join(deck.dist, path.slice(deck.base.length)), 'utf8')).join('\n')
}

/**
 * Runs in the page: the dark theme of the styles loaded, with `html.dark` replaced by `darkRoot`. Slidev
 * switches the theme with a class that a page without JavaScript never gets; a static copy puts these rules
 * under `@media (prefers-color-scheme: dark)` instead. The rules are read from the built CSS, so they stay
 * as written.
 */
export function darkRules(darkRoot: string): string[] {
  // The class itself, not a class that starts with it (UnoCSS's dark\:border).
  const darkClass = /(^|[\s,])(?:html)?\.dark(?![\w\\-])/g
  const rules = [...document.styleSheets].flatMap((sheet) => {
    try {
      return [...sheet.cssRules]
    }
    catch {
      return []
    }
  })
  return rules
    .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText.search(darkClass) !== -1)
    .map(rule => rule.cssText.replace(darkClass, `$1${darkRoot}`))
}
