// The reader view: the whole talk as one static page a phone reads without zooming, written at build time
// into read/index.html. The built deck's print page, opened in headless Chromium, draws every slide at
// once; each one's rendered content is copied, with every click step shown and each chart swapped for its
// own numbers table. The speaker notes come from Slidev's notes page, as Slidev renders them. The page is
// plain HTML and CSS: it needs no JavaScript, loads only this build's files and keeps the deck's
// Content-Security-Policy.
import type { LoadedSlidevData } from '@slidev/parser/fs'
import type { Browser, Page } from 'playwright-chromium'
import type { BuiltDeck } from '../headless/built-deck.ts'
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { slidesOnlyQuery } from '../first-paint/inline-script.ts'
import { darkRules, escapeHtml, loadedStylesheets, readStylesheets } from '../headless/built-deck.ts'
import { pruneForMarkup } from '../headless/css-prune.ts'
import { policyText } from '../hosting/content-security-policy.ts'
import { printPageCompleteSelector } from '../pdf/print-ready.ts'
import { slideLayoutSelector, slidevDom, slidevPrintRoutes } from '../slidev/internals.ts'
import { chartFigureSelector } from './files.ts'
import { readerScriptFile } from './script-plugin.ts'

/** What one slide contributes to the page. */
interface ReaderSlide {
  no: number
  title: string
  isSection: boolean
  /** Its title's heading level: 2 for a section divider and the slides before the first one, else 3. */
  level: 2 | 3
  /** The slide's rendered content, reflowed by kit/reader/reader-view.css. */
  content: string
  /** Its speaker notes, as the presenter renders them. */
  notes: string
}

/** Inline styles a static page may not carry under the policy: each distinct one becomes a class. */
type StyleClasses = Record<string, string>

/** What copySlide is given: it runs in the page, so Slidev's selectors come as arguments. */
interface CopyRequest {
  no: number
  title: string
  base: string
  styles: StyleClasses
  layoutSelector: string
  /** Slidev's classes for an element's click state: the page shows every step, none of them current. */
  clickStateClasses: string[]
  chartSelector: string
}

/**
 * Runs in the page: the slide's layout, made static. Its own title goes (the section's heading replaces
 * it), other headings drop below it, click steps show, charts become their tables, and scrolling boxes
 * can be reached by keyboard. Style attributes go, as the policy would block them: code keeps its colours
 * through classes, the rest only sized the slide's canvas.
 */
function copySlide({ no, title, base, styles, layoutSelector, clickStateClasses, chartSelector }: CopyRequest) {
  const source = document.querySelector(layoutSelector)!
  const layout = source.cloneNode(true) as HTMLElement
  // Markdown typography may curl a title's quotes on the slide but not in its frontmatter.
  const plain = (text: string) => text.replace(/[‘’]/g, '\'').replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim()
  const sameText = (element: Element) => plain(element.textContent) === plain(title)
  const ownTitle = [
    ...layout.querySelectorAll('h1, h2'),
  ].find(sameText)
  ownTitle?.remove()
  for (const heading of layout.querySelectorAll('h1, h2, h3')) {
    const lower = document.createElement('h4')
    for (const attribute of heading.attributes)
      lower.setAttribute(attribute.name, attribute.value)
    lower.append(...heading.childNodes)
    heading.replaceWith(lower)
  }
  // A chart becomes a box the reader script (kit/reader/browser.ts) draws it in at the screen's width,
  // and its numbers table, which is all a page without JavaScript shows.
  for (const figure of layout.querySelectorAll<HTMLElement>(chartSelector)) {
    const chart = document.createElement('figure')
    chart.className = 'reader-chart'
    chart.dataset.chart = figure.dataset.chart
    const area = document.createElement('div')
    area.className = 'reader-chart-area'
    const canvasBox = document.createElement('div')
    canvasBox.className = 'reader-chart-canvas'
    const canvas = document.createElement('canvas')
    canvas.setAttribute('role', 'img')
    canvas.setAttribute('aria-label', figure.querySelector('canvas')?.getAttribute('aria-label') ?? '')
    canvasBox.append(canvas)
    area.append(canvasBox)
    chart.append(area, ...figure.querySelectorAll('table'))
    for (const table of chart.querySelectorAll('table'))
      table.removeAttribute('id')
    figure.replaceWith(chart)
  }
  layout.querySelectorAll('button').forEach(button => button.remove())
  // Controls work only in the live deck (the Amdahl explorer's sliders): the page shows where they start.
  layout.querySelectorAll('input').forEach(input => input.remove())
  for (const label of layout.querySelectorAll('label')) {
    const text = document.createElement('span')
    text.className = label.className
    text.append(...label.childNodes)
    label.replaceWith(text)
  }
  for (const output of layout.querySelectorAll('output'))
    output.removeAttribute('for')
  for (const table of layout.querySelectorAll('table')) {
    const box = document.createElement('div')
    box.className = 'reader-scroll'
    box.tabIndex = 0
    box.setAttribute('role', 'region')
    box.setAttribute('aria-label', table.caption?.textContent.trim() || `Table on slide ${no}`)
    table.replaceWith(box)
    box.append(table)
  }
  layout.querySelectorAll('pre').forEach(pre => pre.tabIndex = 0)
  for (const link of layout.querySelectorAll('a[href]')) {
    const slide = new RegExp(`^${base}(\\d+)$`).exec(link.getAttribute('href')!)
    if (slide)
      link.setAttribute('href', `#slide-${slide[1]}`)
  }
  for (const element of layout.querySelectorAll(clickStateClasses.map(name => `.${name}`).join(', ')))
    element.classList.remove(...clickStateClasses)
  for (const element of [
    layout,
    ...layout.querySelectorAll('[style]'),
  ]) {
    const style = element.getAttribute('style')
    element.removeAttribute('style')
    if (style && element.closest('pre')) {
      styles[style] ??= `reader-style-${Object.keys(styles).length + 1}`
      element.classList.add(styles[style])
    }
  }
  const attributes = [...layout.attributes]
    .filter(({ name }) => name === 'class' || name.startsWith('data-v-'))
    .map(({ name, value }) => ` ${name}="${value}"`)
    .join('')
  return {
    content: `<div${attributes}>${layout.innerHTML}</div>`,
    styles,
  }
}

/** The narrowest phone the page is made for: its sections are tallest there. */
const narrowestWidth = 360

/**
 * Each section's height on the narrowest phone, as the size it stands in at until it is laid out
 * (kit/reader/reader-view.css): a guess too small would let its content, measured by a tool before it is
 * shown, run over the next section's; at any wider screen the guess is too tall, which nothing sees.
 */
async function sectionSizes(browser: Browser, pageUrl: string): Promise<string> {
  const page = await browser.newPage({
    viewport: { width: narrowestWidth, height: 740 },
  })
  try {
    await page.goto(pageUrl)
    const heights = await page.evaluate(async () => {
      const sections = [
        ...document.querySelectorAll<HTMLElement>('section.reader-slide'),
      ]
      // Through the CSSOM, which the Content-Security-Policy allows, so every section is laid out,
      // then measured in the faces that layout asked for.
      sections.forEach(section => section.style.contentVisibility = 'visible')
      document.body.getBoundingClientRect()
      await document.fonts.ready
      return sections.map(section => [
        section.id,
        Math.ceil(section.getBoundingClientRect().height),
      ] as const)
    })
    return `/* Each section's height at ${narrowestWidth} px, measured by kit/reader/page.ts. */\n${heights
      .map(([id, height]) => `#${id} { contain-intrinsic-size: auto ${height}px; }`)
      .join('\n')}\n`
  }
  finally {
    await page.close()
  }
}

function sectionHtml(slide: ReaderSlide, base: string): string {
  const level = `h${slide.level}`
  return `<section id="slide-${slide.no}" class="reader-slide${slide.isSection ? ' reader-section' : ''}" aria-labelledby="slide-${slide.no}-title">
<${level} id="slide-${slide.no}-title">${escapeHtml(slide.title)}</${level}>
${slide.content}
${slide.notes
  ? `<div class="reader-notes"><p class="reader-notes-label">Speaker notes</p>${slide.notes}</div>`
  : ''}
<p class="reader-slide-link"><a href="${base}${slide.no}?${slidesOnlyQuery}">Slide ${slide.no} in the deck</a></p>
</section>`
}

/** Every slide's notes, by slide number, as Slidev's notes page renders them. */
async function notesBySlide(page: Page, url: string, count: number): Promise<Map<number, string>> {
  await page.goto(url)
  await page.waitForFunction(({ selector, count }) => document.querySelectorAll(selector).length >= count, { selector: `.${slidevDom.noteClass}`, count })
  // Each slide's notes sit under a heading that begins with its number, "12/68".
  const notes = await page.evaluate(noteClass => [
    ...document.querySelectorAll(`.${noteClass}`),
  ].map(note => [
    Number.parseInt(note.parentElement!.querySelector('h2')!.textContent.trim()),
    note.innerHTML,
  ] as const), slidevDom.noteClass)
  return new Map(notes)
}

/** Writes read/index.html and read/reader.css into the built deck; returns the number of slides on the page. */
export async function writeReaderPage(builtDeck: BuiltDeck, deck: LoadedSlidevData): Promise<number> {
  const { browser, origin, dist, base } = builtDeck
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    colorScheme: 'light',
    reducedMotion: 'reduce',
  })
  const page = await context.newPage()
  try {
    const failures: string[] = []
    page.on('pageerror', error => failures.push(error.message))
    let styles: StyleClasses = {}
    const slides: ReaderSlide[] = []
    // Every slide at once, every click step shown, on the print page as the screen draws it (no ?print):
    // one load for the whole deck. The notes come from Slidev's notes page, also in one load.
    const notesPage = await context.newPage()
    notesPage.on('pageerror', error => failures.push(error.message))
    const [notes] = await Promise.all([
      notesBySlide(notesPage, `${origin}${base}${slidevPrintRoutes.notes.path.slice(1)}`, deck.slides.filter(slide => slide.note?.trim()).length),
      (async () => {
        await page.goto(`${origin}${base}${slidevPrintRoutes.slides.path.slice(1)}?${slidesOnlyQuery}`)
        // kit/pdf/print-ready.ts marks the page once every slide, click step and chart is drawn.
        await page.locator(printPageCompleteSelector).waitFor({ state: 'attached' })
        await page.evaluate(() => document.fonts.ready.then(() => undefined))
      })(),
    ])
    for (const slide of deck.slides) {
      const no = slide.index + 1
      const title = slide.title ?? `Slide ${no}`
      const copied = await page.evaluate(copySlide, {
        no,
        title,
        base,
        styles,
        layoutSelector: slideLayoutSelector(no),
        clickStateClasses: [slidevDom.hiddenClickClass, slidevDom.currentClickClass, slidevDom.priorClickClass],
        chartSelector: chartFigureSelector,
      })
      styles = copied.styles
      const isSection = slide.frontmatter.layout === 'section'
      slides.push({
        no,
        title,
        isSection,
        // Before the first divider, slides sit under the page's own h1 with no h2 to belong to.
        level: isSection || slides.every(earlier => !earlier.isSection)
          ? 2
          : 3,
        content: copied.content,
        notes: notes.get(no) ?? '',
      })
    }
    const stylesheets = await loadedStylesheets(page, builtDeck)
    // Every slide's component styles are loaded on the print page: their dark rules are read there. html:root
    // is as specific as the light theme's html:not(.dark), and later on the page: the dark rule wins.
    const dark = new Set(await page.evaluate(darkRules, 'html:root'))
    if (failures.length > 0)
      throw new Error(`The reader view met a page error: ${failures[0]}`)

    const title = String(deck.headmatter.title ?? 'Slides')
    const description = typeof deck.headmatter.info === 'string'
      ? deck.headmatter.info.trim()
      : ''
    const pdf = typeof deck.headmatter.download === 'string'
      ? deck.headmatter.download
      : undefined
    const readDir = join(dist, 'read')
    mkdirSync(readDir, { recursive: true })
    const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policyText({ base, headmatter: deck.headmatter, forMetaTag: true }))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(title)} · reader view</title>
${description
  ? `<meta name="description" content="${escapeHtml(description)}">\n`
  : ''}<link rel="icon" href="${base}favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${base}read/reader.css">
<script type="module" src="${base}${readerScriptFile}"></script>
</head>
<body class="reader">
<header class="reader-header">
<h1>${escapeHtml(title)}</h1>
<p class="reader-header-links"><a href="${base}1?${slidesOnlyQuery}">Back to the slides</a>${pdf
  ? ` · <a href="${base}${pdf}">PDF</a>`
  : ''}</p>
</header>
<main>
${slides.map(slide => sectionHtml(slide, base)).join('\n')}
</main>
</body>
</html>
`.replace(/<!--[\s\S]*?-->/g, '')
    // One stylesheet, not one per slide's components: the deck's rules this page's markup can match, then
    // the reader's own (all kept: its script adds elements they style), then code colours and the dark theme.
    const deckCss = readStylesheets(builtDeck, [...stylesheets].sort())
    const generatedCss = [
      ...Object.entries(styles).map(([style, name]) => `.${name} { ${style} }`),
      `@media (prefers-color-scheme: dark) {\n${[...dark].join('\n')}\n}`,
    ].join('\n')
    const [usedDeckCss, usedGeneratedCss] = await pruneForMarkup(browser, html, [deckCss, generatedCss])
    writeFileSync(join(readDir, 'reader.css'), [
      '/* Generated by kit/reader/page.ts: the deck\'s rules this page uses, kit/reader/reader-view.css, code colours and the dark theme for prefers-color-scheme. */',
      usedDeckCss,
      readFileSync(new URL('./reader-view.css', import.meta.url), 'utf8'),
      usedGeneratedCss,
      '',
    ].join('\n'))
    writeFileSync(join(readDir, 'index.html'), html)
    appendFileSync(join(readDir, 'reader.css'), await sectionSizes(browser, `${origin}${base}read/`))
    return slides.length
  }
  finally {
    await context.close()
  }
}
