import type { AddressInfo } from 'node:net'
// Slidev's print page, served by Slidev's own export server (for `npm run export`) or by the built deck
// (for the build's PDF), and opened in Chromium with every page error and console error caught the moment
// it happens. The PDF exports print it; the other formats open it first, so a broken slide stops an
// export at once, naming the slide and the error, instead of a 30 s wait and a PDF with a blank page.
import type { Browser, Page } from 'playwright-chromium'
import type { BuiltDeck } from '../headless/built-deck.ts'
import type { OutlineSlide } from './outline.ts'
import { join, relative } from 'node:path'
import { createServer, resolveOptions } from '@slidev/cli'
import { chromium } from 'playwright-chromium'
import { slideSize } from '../check/deck-source.ts'
import { chromiumArgs } from '../headless/chromium.ts'
import { slidevDom } from '../slidev/internals.ts'
import { printPageCompleteSelector } from './print-ready.ts'

export interface PrintPageRequest {
  /** The talk's folder: slides' files are named relative to it. */
  root: string
  /** Slidev's route: `print` for the slides, `presenter/print` for the notes. */
  route?: 'print' | 'presenter/print'
  /** One page per click step, as `slidev export --with-clicks`. */
  withClicks?: boolean
  /** The page's clock, for pages that print the time (the notes do). */
  fixedTime?: Date
}

export interface PrintPage {
  page: Page
  /** The slide canvas in CSS pixels: one PDF page. */
  width: number
  height: number
  slideCount: number
  /** Every slide's number, title and source file, for the outline. */
  slides: OutlineSlide[]
  /** The deck's headmatter, for the document's metadata. */
  headmatter: Record<string, unknown>
  /** Rejects with the first page or console error, naming the slide where it can. */
  failure: Promise<never>
}

function describeFailure(kind: string, text: string): Error {
  // kit/setup/main.ts prefixes a component's error with its slide ("Slide 6: …"); other errors say what they are.
  return new Error(`a ${kind} on the print page: ${text.split('\n')[0]}`)
}

interface Screen {
  viewport: { width: number, height: number }
  deviceScaleFactor: number
}

async function openPrintPage(browser: Browser, url: string, screen: Screen | undefined, fixedTime: Date | undefined) {
  const context = await browser.newContext({ ...screen, colorScheme: 'light' })
  const page = await context.newPage()
  await page.emulateMedia({ media: 'screen' })
  if (fixedTime)
    await page.clock.setFixedTime(fixedTime)
  let fail: (error: Error) => void = () => {}
  const failure = new Promise<never>((_, reject) => {
    fail = reject
  })
  // Handled by whoever races it; an unraced rejection must not crash the process.
  failure.catch(() => {})
  page.on('pageerror', error => fail(describeFailure('page error', error.message)))
  page.on('console', (message) => {
    if (message.type() === 'error')
      fail(describeFailure('console error', message.text()))
  })
  await Promise.race([
    // A cold dev server compiles the whole deck for this first request: on a busy machine that takes a while.
    page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 }),
    failure,
  ])
  return { page, failure }
}

/** How often the print page may reload on its own before the export gives up. */
const reloadsAllowed = 3

/**
 * Waits until the print page is complete and its fonts are in. A cold dev server that meets a dependency
 * late re-optimises it and reloads the page; the wait then starts over instead of failing with a
 * destroyed page.
 */
async function settle(print: PrintPage, notes: boolean): Promise<void> {
  const { page } = print
  let navigations = 0
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame())
      navigations++
  })
  for (let attempt = 0; ; attempt++) {
    const before = navigations
    try {
      const ready = notes
        ? page.waitForLoadState('networkidle').then(() => page.locator(`.${slidevDom.noteClass}`).first().waitFor({ timeout: 120_000 }))
        : page.locator(printPageCompleteSelector).waitFor({ state: 'attached', timeout: 120_000 })
      await Promise.race([ready, print.failure])
      // As Slidev's exporter: its off-screen helpers would otherwise start one more, blank, page after the last slide.
      await page.locator('#mermaid-rendering-container, .monaco-aria-container').evaluateAll((helpers: HTMLElement[]) => helpers.forEach(helper => helper.style.display = 'none'))
      await Promise.race([
        page.evaluate(() => document.fonts.ready.then(() => undefined)),
        print.failure,
      ])
      await page.waitForLoadState('networkidle')
    }
    catch (error) {
      if (navigations === before || attempt >= reloadsAllowed)
        throw error
      continue
    }
    if (navigations === before)
      return
  }
}

/** The slides and headmatter of a deck, as Slidev's parser reads them for its server or the kit's build. */
interface DeckData {
  slides: { index: number, title?: string, source: { filepath: string } }[]
  headmatter: Record<string, unknown>
}

/**
 * Opens the print page at `origin` (Slidev's dev server, or the built deck, which keeps the page) in
 * `browser`, waits until it is complete and hands it over. Any error before or during `use` rejects at once.
 */
async function usePrintPage<T>(browser: Browser, origin: string, deck: DeckData, request: PrintPageRequest, use: (print: PrintPage) => Promise<T>): Promise<T> {
  const notes = request.route === 'presenter/print'
  const { width, height } = slideSize(deck.headmatter)
  const exportConfig = deck.headmatter.export as { scale?: unknown } | undefined
  const { page, failure } = await openPrintPage(
    browser,
    `${origin}${request.route ?? 'print'}${notes
      ? ''
      : `?print=${request.withClicks ? 'clicks' : 'true'}`}`,
    // A window one slide in size. Slidev's exporter opens one as tall as every slide together, which made
    // printing take twice as long; the pages differ only in the bottom pixel row of a few section
    // dividers, where the slide's edge falls between pixels. Twice the resolution unless the headmatter's
    // `export.scale` says otherwise, as Slidev's exporter. The notes lay out on their own.
    notes
      ? undefined
      : {
          viewport: { width, height },
          deviceScaleFactor: Number(exportConfig?.scale) || 2,
        },
    request.fixedTime,
  )
  try {
    const print: PrintPage = {
      page,
      failure,
      width,
      height,
      slideCount: deck.slides.length,
      slides: deck.slides.map(slide => ({
        no: slide.index + 1,
        title: slide.title ?? '',
        file: relative(request.root, slide.source.filepath),
      })),
      headmatter: deck.headmatter,
    }
    await settle(print, notes)
    return await Promise.race([
      use(print),
      print.failure,
    ])
  }
  finally {
    await page.context().close()
  }
}

/**
 * Starts Slidev's export server for the deck, opens its print page and waits until it is complete, then
 * hands it over. Any error before or during `use` rejects at once; the server and browser always close.
 */
export async function withPrintPage<T>(request: PrintPageRequest & { executablePath: string }, use: (print: PrintPage) => Promise<T>): Promise<T> {
  const options = await resolveOptions({
    entry: join(request.root, 'slides.md'),
  }, 'export')
  const server = await createServer(options, {
    server: { port: 0 },
    clearScreen: false,
    logLevel: 'warn',
  })
  const browser = await chromium.launch({ executablePath: request.executablePath, args: chromiumArgs })
  try {
    await server.listen()
    const { port } = server.httpServer!.address() as AddressInfo
    return await usePrintPage(browser, `http://localhost:${port}/`, options.data, request, use)
  }
  finally {
    await browser.close()
    await server.close()
  }
}

/** The built deck's print page (kit/setup/routes.ts keeps it in the hosted build), opened in its browser. */
export function withBuiltPrintPage<T>(builtDeck: BuiltDeck, deck: DeckData, request: PrintPageRequest, use: (print: PrintPage) => Promise<T>): Promise<T> {
  return usePrintPage(builtDeck.browser, `${builtDeck.origin}${builtDeck.base}`, deck, request, use)
}
