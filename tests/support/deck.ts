// What the tests know about the deck, read from the built deck itself rather than from constants.
import type { BrowserContext, Page } from '@playwright/test'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import process from 'node:process'
import { expect } from '@playwright/test'
import { findTags, maskMarkdown, templateOf } from '../../kit/check/deck-check.ts'
import { loadDeck } from '../../kit/check/deck-source.ts'
import { hostedUrl } from '../../kit/config/load.ts'

/** Where the deck says it is hosted: the QR code, the social preview and the PDF point there. */
export function hostedDeckUrl(): string {
  return hostedUrl(process.cwd())
}

export interface SlideOutline {
  no: number
  title: string
  layout: string
  notes: string
  /** The markdown file the slide comes from, relative to the deck's root. */
  file: string
  /** The slide's markdown, without frontmatter and notes. */
  content: string
}

/** The deck as Slidev's own parser reads it: the same source of truth the build uses. */
export async function readDeckOutline(): Promise<SlideOutline[]> {
  const root = process.cwd()
  const deck = await loadDeck(root)
  return deck.slides.map(slide => ({
    no: slide.index + 1,
    title: slide.title ?? '',
    layout: String(slide.frontmatter.layout ?? 'default'),
    notes: slide.note?.trim() ?? '',
    file: relative(root, slide.source.filepath),
    content: slide.content,
  }))
}

/** The components that draw a chart: ChartCanvas, and every component whose template uses one that does. */
function chartComponents(): Set<string> {
  const dir = join(process.cwd(), 'components')
  const uses = new Map(readdirSync(dir).filter(file => file.endsWith('.vue')).map(file => [
    file.replace(/\.vue$/, ''),
    new Set(findTags(templateOf(readFileSync(join(dir, file), 'utf8'))).map(({ tag }) => tag)),
  ]))
  const drawing = new Set(['ChartCanvas'])
  for (let grew = true; grew;) {
    grew = false
    for (const [name, tags] of uses) {
      if (!drawing.has(name) && [...tags].some(tag => drawing.has(tag))) {
        drawing.add(name)
        grew = true
      }
    }
  }
  return drawing
}

/** The slides that draw a chart, read from their sources; tests/slides.spec.ts holds that the rendered slides agree. */
export function chartSlides(deck: SlideOutline[]): SlideOutline[] {
  const drawing = chartComponents()
  return deck.filter(slide => findTags(maskMarkdown(slide.content)).some(({ tag }) => drawing.has(tag)))
}

/**
 * Opens slide N and waits the way Slidev's exporter does: the slide is there and nothing is loading.
 * Relative to the test's baseURL, or to `deckUrl` for a deck served elsewhere.
 */
export async function gotoSlide(page: Page, no: number, query = '', deckUrl?: string) {
  await page.goto(deckUrl
    ? new URL(`${no}${query}`, deckUrl).href
    : `${no}${query}`)
  const slide = page.locator(`[data-slidev-no="${no}"]`)
  await expect(slide).toBeVisible()
  // Slidev shows its loading placeholder only after a delay: wait for the layout itself, then for no placeholder.
  await expect(slide.locator('.slidev-layout').first()).toBeVisible()
  await expect(slide.locator('.slidev-slide-loading')).toHaveCount(0)
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  // chart.js follows its container's size a frame late: wait until every chart fills its box.
  await expect.poll(() => slide.evaluate(element => [
    ...element.querySelectorAll('canvas'),
  ].every(canvas =>
    canvas.width > 0
    && Math.abs(canvas.clientWidth - canvas.parentElement!.clientWidth) <= 1
    && Math.abs(canvas.clientHeight - canvas.parentElement!.clientHeight) <= 1)), { message: 'charts sized to their boxes' }).toBe(true)
  return slide
}

/**
 * Records what must never happen on a slide: console errors, page errors, requests off the local
 * server, and Content-Security-Policy violations (the served deck carries the policy from dist/_headers).
 */
export async function watchForProblems(context: BrowserContext, page: Page, localOrigin: string) {
  const problems: string[] = []
  await page.exposeFunction('reportPolicyViolation', (violation: string) => problems.push(`Content-Security-Policy violation: ${violation}`))
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (event) => {
    const report = (window as unknown as { reportPolicyViolation: (violation: string) => void }).reportPolicyViolation
    report(`${event.violatedDirective} ${event.blockedURI} "${event.sample}" at ${event.sourceFile}:${event.lineNumber}`)
  }))
  await context.route(url => url.origin !== localOrigin && url.protocol !== 'data:' && url.protocol !== 'blob:', (route) => {
    problems.push(`request to another host: ${route.request().url()}`)
    return route.abort('blockedbyclient')
  })
  page.on('console', (message) => {
    if (message.type() === 'error')
      problems.push(`console error: ${message.text()}`)
  })
  page.on('pageerror', error => problems.push(`page error: ${error.message}`))
  return problems
}

/**
 * What kinds of thing a slide shows, read from its source: its layout, every component it uses by
 * tag, and code shown from a snippet file, a code block, a markdown table, an image or click steps.
 */
export function slideKinds(slide: SlideOutline): string[] {
  const components = new Set([
    ...slide.content.matchAll(/<([A-Z][\w-]*)/g),
  ].map(([, name]) => `component ${name}`))
  // One <Chart> component draws every chart: each chart id is a kind of its own.
  for (const [, id] of slide.content.matchAll(/<Chart\s+id="([^"]+)"/g))
    components.add(`chart ${id}`)
  const shapes = [
    /^<<< /m.test(slide.content) && 'code from a snippet file',
    /^```/m.test(slide.content) && 'code block',
    /^\|.*\|\s*$/m.test(slide.content) && 'markdown table',
    /!\[[^\]]*\]\(/.test(slide.content) && 'image',
    /\bv-clicks?\b/.test(slide.content) && 'click steps',
  ].filter(shape => typeof shape === 'string')
  return [
    `layout ${slide.layout}`,
    ...components,
    ...shapes,
  ]
}

/**
 * The fewest slides, in deck order, that together show every kind in `slideKinds`: each step takes the
 * slide adding the most kinds not yet shown (the earlier one on a tie). For checks too slow for every slide.
 */
export function slidesCoveringEveryKind(deck: SlideOutline[]): { slide: SlideOutline, kinds: string[] }[] {
  const left = new Set(deck.flatMap(slideKinds))
  const chosen: { slide: SlideOutline, kinds: string[] }[] = []
  while (left.size > 0) {
    const best = deck
      .map(slide => ({
        slide,
        kinds: slideKinds(slide).filter(kind => left.has(kind)),
      }))
      .reduce((most, candidate) => candidate.kinds.length > most.kinds.length
        ? candidate
        : most)
    chosen.push(best)
    for (const kind of best.kinds)
      left.delete(kind)
  }
  return chosen.sort((a, b) => a.slide.no - b.slide.no)
}
