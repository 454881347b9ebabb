// Slide 1 before any JavaScript: index.html (and 404.html, the same page for a host's unknown paths) gets
// slide 1 as static HTML, copied from the built deck as Slidev's player draws it (kit/headless/built-deck.ts, the
// reader view's way), with the CSS it needs inlined and its fonts already preloaded (kit/first-paint/first-slide-plugin.ts).
// It paints once the HTML and those fonts are in: the app's stylesheet no longer holds the first paint back.
// The app then draws the same slide under it and removes it (kit/first-paint/prerendered-slide.ts).
import type { BuiltDeck } from '../headless/built-deck.ts'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { darkRules, escapeHtml, loadedStylesheets, readStylesheets, waitForSlide } from '../headless/built-deck.ts'
import { pruneForMarkup } from '../headless/css-prune.ts'
import { slidevDom, slidevVerticalScreenMarginPx } from '../slidev/internals.ts'
import { slidesOnlyQuery } from './inline-script.ts'
import { notSlideOneClass, prerenderedSlideClass, waitingStylesheetAttribute } from './prerendered-slide.ts'

/** What the copy of slide 1 brings back from the page. */
interface CopiedSlide {
  /** The player's slide container with slide 1 alone in it, and the navigation bar. */
  markup: string
  /** Its style attributes, which the Content-Security-Policy would block, as rules for generated classes. */
  styleRules: string[]
  /** The size of the slide before the player scales it, in CSS px. */
  width: number
  height: number
}

/** The copy of Slidev's navigation bar, shown where Slidev shows it before the pointer comes near. */
const prerenderedNavClass = 'prerendered-nav'

/** What copySlideContainer is given: it runs in the page, so Slidev's ids and classes come as arguments. */
interface CopyRequest {
  navClasses: string[]
  navOnly: boolean
  classPrefix: string
  dom: typeof slidevDom
}

/**
 * Runs in the page: the player's slide container as static HTML, with slide 1 alone in it and its navigation
 * bar marked with `navClasses`, or that bar alone. Ids, slide numbers and Slidev's own attributes go, so nothing that looks for
 * the live slide finds the copy; each style attribute becomes a class, its declarations important as an
 * inline style's would win. The slide's scale is left to the stylesheet (kit/first-paint/prerendered-slide.css).
 */
function copySlideContainer({ navClasses, navOnly, classPrefix, dom }: CopyRequest): CopiedSlide {
  const content = document.getElementById(dom.slideContentId)!
  const container = document.getElementById(dom.slideContainerId)!
  // Until its font arrives, text is laid out, unseen, in a fallback font, whose other widths could wrap a
  // line and move what is around it (the title's accent bar). Each box that holds text keeps the size it
  // has in its own font, so nothing moves when the font comes.
  const textBoxes = new Set<HTMLElement>()
  const texts = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
  while (texts.nextNode()) {
    let box = texts.currentNode.parentElement
    while (box && ['inline', 'contents'].includes(getComputedStyle(box).display))
      box = box.parentElement
    if (box && texts.currentNode.textContent!.trim() && box.checkVisibility())
      textBoxes.add(box)
  }
  const boxSizes = new Map([...textBoxes].map((box) => {
    const { width, height } = getComputedStyle(box)
    return [box, `width: ${width}; height: ${height}`]
  }))
  const original = navOnly
    ? container.querySelector(dom.navBarSelector)!
    : container
  const copy = original.cloneNode(true) as HTMLElement
  const originals = [
    original,
    ...original.querySelectorAll('*'),
  ]
  ;[
    copy,
    ...copy.querySelectorAll('*'),
  ].forEach((element, index) => {
    const size = boxSizes.get(originals[index] as HTMLElement)
    if (size)
      element.setAttribute('style', `${element.getAttribute('style') ?? ''}; ${size}`)
  })
  ;(navOnly
    ? copy
    : copy.querySelector(dom.navBarSelector))?.classList.add(...navClasses)
  // Slidev's menus nest a button in a button, which an HTML parser would split into two: a div keeps the
  // shape, centring its content as a button does.
  for (const outer of copy.querySelectorAll('button:has(button)')) {
    const box = document.createElement('div')
    box.className = outer.className
    box.style.cssText = 'display: flex; align-items: center; justify-content: center'
    box.append(...outer.childNodes)
    outer.replaceWith(box)
  }
  for (const page of copy.querySelectorAll(`[${dom.slideNumberAttribute}]`)) {
    if (page.getAttribute(dom.slideNumberAttribute) !== '1')
      page.remove()
  }
  const comments = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT)
  const found: Node[] = []
  while (comments.nextNode())
    found.push(comments.currentNode)
  found.forEach(comment => comment.parentNode!.removeChild(comment))
  const kept = /^(?:class|role|href|src|alt|lang|dir|title|data-v-[\w-]+|aria-[\w-]+)$/
  const classes = new Map<string, string>()
  for (const element of [
    copy,
    ...copy.querySelectorAll('*'),
  ]) {
    const declarations = (element.getAttribute('style') ?? '')
      .split(';')
      .map(declaration => declaration.trim())
      .filter(declaration => declaration && !declaration.startsWith(dom.slideScaleVariable))
    for (const { name } of [...element.attributes]) {
      if (!kept.test(name))
        element.removeAttribute(name)
    }
    if (declarations.length > 0) {
      const rule = declarations.map(declaration => `${declaration} !important;`).join(' ')
      if (!classes.has(rule))
        classes.set(rule, `${classPrefix}${classes.size + 1}`)
      element.classList.add(classes.get(rule)!)
    }
  }
  return {
    markup: copy.outerHTML,
    styleRules: [...classes].map(([rule, name]) => `.${name} { ${rule} }`),
    width: content.offsetWidth,
    height: content.offsetHeight,
  }
}

/**
 * Stand-in scales for a browser without typed arithmetic and without scripts: the largest quarter step
 * at which the slide fits the screen.
 */
function steppedScales(width: number, height: number): string {
  const steps = Array.from({ length: 8 }, (_, index) => (index + 1) / 4)
  return `@supports not (scale: calc(1px / 1px)) {
${steps.map(scale => `@media (min-width: ${Math.ceil(width * scale)}px) and (min-height: ${Math.ceil(height * scale)}px) {
  .${prerenderedSlideClass} .${slidevDom.slideContentClass} { ${slidevDom.slideScaleVariable}: ${scale}; }
}`).join('\n')}
}`
}

/** The font files index.html preloads, as URL paths: slide 1's faces, which alone are kept, and drawn only once loaded. */
function preloadedFonts(html: string): string[] {
  return [
    ...html.matchAll(/<link rel="preload" as="font"[^>]*href="([^"]+)"/g),
  ].map(([, href]) => href!)
}

/**
 * The font faces of the pruned CSS, only those of the preloaded files, with `font-display: block`: the
 * text waits for its font rather than being drawn in a fallback and drawn again, which would be a second
 * paint of the largest element and could move it.
 */
function keepPreloadedFaces(css: string, fonts: string[]): string {
  return css.replace(/@font-face\s*\{[^}]*\}/g, face => fonts.some(font => face.includes(`url(${font})`))
    ? face.replace(/font-display:\s*\w+/, 'font-display: block')
    : '')
}

/** The slide's markup as index.html carries it: the copy, and what the page says without JavaScript. */
function prerenderedMarkup(copied: CopiedSlide, base: string, pdf: string | undefined): string {
  return `<main class="${prerenderedSlideClass}">${copied.markup}<p class="prerendered-slide-links">This deck runs on JavaScript. Without it: <a href="${base}read/">read the talk as one page, with its notes</a>${pdf
    ? ` or <a href="${escapeHtml(`${base}${pdf}`)}">download the PDF</a>`
    : ''}.</p></main>`
}

/** The slide's aspect ratio as Slidev reads the headmatter's `aspectRatio` (a number, or `16/9` or `16:9`; 16/9 if unset). */
function aspectRatio(headmatter: Record<string, unknown>): number {
  const value = headmatter.aspectRatio ?? '16/9'
  const [width, height = 1] = String(value).split(/[/:]/).map(Number)
  const ratio = width! / height
  if (!Number.isFinite(ratio) || ratio <= 0)
    throw new Error(`slides.md: aspectRatio "${String(value)}" is not a ratio like 16/9.`)
  return ratio
}

/** The empty element Slidev's build mounts the app on. */
const appElement = `<div id="${slidevDom.appId}"></div>`

/**
 * Puts the prerendered slide 1 into the built deck's index.html and 404.html. Returns the inline
 * stylesheet it added, which the pages' Content-Security-Policy must allow (kit/hosting/).
 */
export async function prerenderFirstSlide(deck: BuiltDeck, headmatter: Record<string, unknown>): Promise<string> {
  const { browser, origin, dist, base } = deck
  const aspect = aspectRatio(headmatter)
  const pdf = typeof headmatter.download === 'string'
    ? headmatter.download
    : undefined
  // On a screen taller than the slide by more than slidevVerticalScreenMarginPx, Slidev keeps its navigation bar on show below it
  // (isScreenVertical in @slidev/client), as on a 1024x768 projector: the copy is made on such a screen,
  // and the bar is shown on the same screens by the rule written below.
  const page = await browser.newPage({
    viewport: { width: 1024, height: Math.round(1024 / aspect) + slidevVerticalScreenMarginPx + 80 },
    colorScheme: 'light',
    reducedMotion: 'reduce',
  })
  const failures: string[] = []
  page.on('pageerror', error => failures.push(error.message))
  let copied: CopiedSlide
  let deckCss: string
  let dark: string[]
  try {
    await page.goto(`${origin}${base}1?${slidesOnlyQuery}`)
    await waitForSlide(page, 1)
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    copied = await page.evaluate(copySlideContainer, {
      navClasses: [prerenderedNavClass, 'prerendered-light'],
      navOnly: false,
      classPrefix: 'prerendered-style-',
      dom: slidevDom,
    })
    deckCss = readStylesheets(deck, await loadedStylesheets(page, deck))
    // The dark theme applies while the static slide is on the page, and stops with it, whatever the app chooses next.
    dark = await page.evaluate(darkRules, `html:has(> body > .${prerenderedSlideClass})`)
    // The bar's theme switch shows the theme it is in: its dark copy goes beside the light one.
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.locator('html.dark').waitFor({ state: 'attached' })
    const darkNav = await page.evaluate(copySlideContainer, {
      navClasses: [prerenderedNavClass, 'prerendered-dark'],
      navOnly: true,
      classPrefix: 'prerendered-dark-style-',
      dom: slidevDom,
    })
    if (!copied.markup.endsWith('</div>'))
      throw new Error('Slidev\'s slide container no longer ends in a div: update kit/first-paint/prerender.ts.')
    copied = {
      ...copied,
      markup: `${copied.markup.slice(0, -'</div>'.length)}${darkNav.markup}</div>`,
      styleRules: [
        ...copied.styleRules,
        ...darkNav.styleRules,
      ],
    }
  }
  finally {
    await page.close()
  }
  if (failures.length > 0)
    throw new Error(`Prerendering slide 1 met a page error: ${failures[0]}`)

  const indexFile = join(dist, 'index.html')
  const indexHtml = readFileSync(indexFile, 'utf8')
  const markup = prerenderedMarkup(copied, base, pdf)
  // The deck's rules and their dark theme are pruned to what the copy's markup matches; the layer's own
  // rules are all kept, as they style states the markup is not in (no script, a deep link).
  const [usedDeckCss, usedDarkCss] = await pruneForMarkup(browser, `<!doctype html><html lang="en"><head></head><body>${markup}</body></html>`, [
    deckCss,
    `@media (prefers-color-scheme: dark) {\n${dark.join('\n')}\n}`,
  ]) as [string, string]
  const css = [
    keepPreloadedFaces(usedDeckCss, preloadedFonts(indexHtml)),
    ...copied.styleRules,
    usedDarkCss,
    `.${prerenderedSlideClass} { --prerendered-width: ${copied.width}px; --prerendered-height: ${copied.height}px; }`,
    readFileSync(new URL('./prerendered-slide.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''),
    steppedScales(copied.width, copied.height),
    `@media (scripting: enabled) and (height > calc(100vw / ${aspect} + ${slidevVerticalScreenMarginPx}px)) { .${prerenderedNavClass} { display: block; } }`,
    `html.${notSlideOneClass} .${prerenderedSlideClass} { display: none; }`,
  ].join('\n')
  for (const file of [
    indexFile,
    join(dist, '404.html'),
  ].filter(existsSync)) {
    const html = readFileSync(file, 'utf8')
    const stylesheets = [
      ...html.matchAll(/<link rel="stylesheet"[^>]*>/g),
    ].map(([link]) => link)
    if (stylesheets.length === 0 || !html.includes(appElement))
      throw new Error(`${file} is not the page Slidev's build writes (no stylesheet link, or no empty <div id="app">): update kit/first-paint/prerender.ts.`)
    // The app's stylesheets stay where they are but wait: media="print" does not hold the first paint back,
    // and index.html's inline script gives them their media once loaded. The inline stylesheet goes before
    // them: its rules are copies of some of theirs, and a copy placed after would beat the rules that
    // follow its original, on every page of the deck.
    const waiting = (link: string) => link.replace(/>$/, ` media="print" ${waitingStylesheetAttribute}="all">`)
    const prerendered = stylesheets.reduce((text, link, index) => text.replace(link, `${index === 0
      ? `<style>${css}</style>\n  `
      : ''}${waiting(link)}`), html)
      .replace(appElement, `${markup}\n  ${appElement}`)
    writeFileSync(file, prerendered)
  }
  return css
}
