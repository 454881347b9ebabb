// `npm run export [-- --format pdf|png|pptx|pptx-editable|md|notes] [--with-clicks] [--output path]`:
// the deck checked first, then printed with a Chromium that exists on this machine. PDFs are printed here
// from Slidev's print page (kit/pdf/print-page.ts); the other formats go to Slidev's own exporter once the
// print page has opened without an error. Every export writes to a temporary name beside the output and
// renames only on success, so a failed export never replaces a good file.
import type { LoadedSlidevData } from '@slidev/parser/fs'
import type { Page } from 'playwright-chromium'
import type { TalkConfig } from '../config/talk.ts'
import type { BuiltDeck } from '../headless/built-deck.ts'
import type { PrintPage } from './print-page.ts'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import process from 'node:process'
import { loadDeck, runSlidev } from '../check/deck-source.ts'
import { loadTalk } from '../config/load.ts'
import { findChromium } from '../headless/chromium.ts'
import { finishPdf } from './finish.ts'
import { deckOutline, documentInfo, firstPageOfEachSlide, nestNotesHeadings, pageOutline } from './outline.ts'
import { withBuiltPrintPage, withPrintPage } from './print-page.ts'

const extensionByFormat: Record<string, string> = {
  'pdf': '.pdf',
  'pptx': '.pptx',
  'pptx-editable': '.pptx',
  'md': '.md',
  'png': '',
  'notes': '.pdf',
}

export interface ExportRequest {
  format?: string
  /** Where to write; by default exports/<exportFilename><suffix>, the suffix telling formats apart. */
  output?: string
  withClicks?: boolean
  /** Further `slidev export` options, passed as they are; a PDF with any of them is printed by Slidev's exporter. */
  slidevArgs?: string[]
  root?: string
}

async function defaultOutput(root: string, format: string, withClicks: boolean): Promise<string> {
  const deck = await loadDeck(root)
  const name = String(deck.headmatter.exportFilename ?? 'slides')
  const suffix = format === 'notes'
    ? '-notes'
    : format === 'png'
      ? '-png'
      : withClicks ? '-clicks' : ''
  return join(root, 'exports', `${name}${suffix}`)
}

/** The time the notes page prints and the PDFs are dated: the last commit's, so two exports of one commit are the same file. */
function reproducibleNow(root: string): Date {
  const fromEnv = process.env.SOURCE_DATE_EPOCH
  if (fromEnv)
    return new Date(Number(fromEnv) * 1000)
  try {
    return new Date(Number(execFileSync('git', ['log', '-1', '--format=%ct'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()) * 1000)
  }
  catch {
    return new Date()
  }
}

function runSlidevExport(root: string, format: string, partial: string, withClicks: boolean, slidevArgs: string[]) {
  const result = runSlidev(root, [
    'export',
    '--format',
    format,
    ...(withClicks
      ? ['--with-clicks']
      : []),
    // Its 30 s default for opening the print page is too short for a cold server on a busy machine.
    ...(slidevArgs.includes('--timeout')
      ? []
      : ['--timeout', '120000']),
    ...slidevArgs,
    '--executable-path',
    findChromium(),
    '--output',
    partial,
  ])
  if (result.status !== 0)
    throw new Error(`slidev export exited with ${result.status ?? result.signal}`)
}

/** What each link on the page says, by its href: the first link's text where several share a URL. */
async function linkTexts(page: Page): Promise<Map<string, string>> {
  const links = await page.locator('a[href]').evaluateAll(anchors => anchors.map(anchor => [
    anchor.getAttribute('href')!,
    (anchor.getAttribute('aria-label') ?? anchor.textContent ?? '').replace(/\s+/g, ' ').trim(),
  ] as const))
  const texts = new Map<string, string>()
  for (const [href, text] of links) {
    if (text && !texts.has(href))
      texts.set(href, text)
  }
  return texts
}

/** The slides' PDF from a complete print page: tagged, with the reader's outline, link texts and metadata. */
async function printSlides(print: PrintPage, config: TalkConfig, printedAt: Date): Promise<Uint8Array> {
  const { page, width, height, slides, headmatter } = print
  const printed = await page.pdf({
    width,
    height,
    printBackground: true,
    preferCSSPageSize: true,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
    tagged: true,
  })
  const outline = pageOutline(deckOutline(slides, config), await firstPageOfEachSlide(page))
  return finishPdf(printed, outline, {
    ...documentInfo(headmatter, printedAt),
    linkText: await linkTexts(page),
  })
}

async function printFormat(root: string, format: string, partial: string, withClicks: boolean, slidevArgs: string[]) {
  const executablePath = findChromium()
  const { config } = await loadTalk(root)
  const printedAt = reproducibleNow(root)
  if (format === 'notes') {
    // `slidev export-notes` launches Playwright's own browser and takes no executable path.
    await withPrintPage({
      root,
      executablePath,
      route: 'presenter/print',
      fixedTime: printedAt,
    }, async ({ page, slides, headmatter }) => {
      await nestNotesHeadings(page, deckOutline(slides, config))
      // Chromium's own outline follows the notes' headings: the title, each section, its slides.
      const printed = await page.pdf({
        printBackground: true,
        preferCSSPageSize: true,
        margin: { top: 0, right: 0, bottom: 0, left: 0 },
        tagged: true,
        outline: true,
      })
      writeFileSync(partial, finishPdf(printed, undefined, {
        ...documentInfo(headmatter, printedAt),
        linkText: await linkTexts(page),
      }))
    })
    return
  }
  if (format === 'pdf' && slidevArgs.length === 0) {
    await withPrintPage({ root, executablePath, withClicks }, async (print) => {
      writeFileSync(partial, await printSlides(print, config, printedAt))
    })
    return
  }
  // Slidev's exporter waits 30 s on a broken slide and writes the file anyway: open the page first.
  await withPrintPage({ root, executablePath, withClicks }, async () => {})
  runSlidevExport(root, format, partial, withClicks, slidevArgs)
}

/**
 * The build's PDF, printed from the built deck's own print page into `output` (a file in the build's
 * temporary folder): the same file `npm run export` prints from Slidev's server, without starting one.
 */
export async function exportBuiltDeck(builtDeck: BuiltDeck, deck: LoadedSlidevData, output: string, root: string): Promise<void> {
  const { config } = await loadTalk(root)
  await withBuiltPrintPage(builtDeck, deck, { root }, async (print) => {
    writeFileSync(output, await printSlides(print, config, reproducibleNow(root)))
  })
}

/** Exports the deck and returns the path written. Throws, with the previous file untouched, on failure. */
export async function exportDeck({ format = 'pdf', output, withClicks = false, slidevArgs = [], root = process.cwd() }: ExportRequest): Promise<string> {
  const extension = extensionByFormat[format]
  if (extension === undefined)
    throw new Error(`Unknown export format "${format}". Use one of: ${Object.keys(extensionByFormat).join(', ')}.`)
  const requested = output ?? await defaultOutput(root, format, withClicks)
  const target = extname(requested) === extension
    ? requested
    : `${requested}${extension}`
  const partial = join(dirname(target), `.partial-${process.pid}-${basename(target)}`)
  mkdirSync(dirname(target), { recursive: true })
  try {
    await printFormat(root, format, partial, withClicks, slidevArgs)
    // Slidev adds the extension itself when the name lacks it.
    const written = [partial, `${partial}${extension}`].find(path => existsSync(path))
    if (!written)
      throw new Error('the exporter wrote no file')
    rmSync(target, { recursive: true, force: true })
    renameSync(written, target)
    return target
  }
  catch (error) {
    for (const leftover of [partial, `${partial}${extension}`])
      rmSync(leftover, { recursive: true, force: true })
    throw new Error(`Export failed (${(error as Error).message}); ${target} was left as it was.`, { cause: error })
  }
}
