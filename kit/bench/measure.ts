// The measurements themselves, one deck at a time: build, what the build weighs, a cold load of
// slide 1 on an emulated slow phone (a Slidev deck's or Marp's), a cold load of this deck's reader view
// on the same phone, and the PDF export.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { loadDeck } from '../check/deck-source.ts'
import { withBuiltDeck } from '../headless/built-deck.ts'
import { prerenderUnderPolicy } from '../hosting/content-security-policy.ts'
import { writeServiceWorker } from '../offline/service-worker.ts'
import { writeReaderPage } from '../reader/page.ts'
import { slidevDom } from '../slidev/internals.ts'
import { describeExit, run, tail } from './process.ts'

export interface Deck {
  name: string
  root: string
  /** Whether its build gets the reader view (read/index.html) that `npm run build` adds: this deck's does, the starter has none. */
  readerView: boolean
}

const buildTimeoutMs = 15 * 60_000
const exportTimeoutMs = 15 * 60_000
const loadTimeoutMs = 300_000

function slidevCli(root: string): string {
  return join(root, 'node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs')
}

/** Wall-clock seconds of `slidev build` into outDir. A failed build stops the bench: nothing after it can be measured. */
export async function buildDeck(deck: Deck, node: string, outDir: string): Promise<number> {
  const result = await run(node, [
    slidevCli(deck.root),
    'build',
    '--out',
    outDir,
  ], { cwd: deck.root, timeoutMs: buildTimeoutMs })
  if (result.code !== 0)
    throw new Error(`slidev build of the ${deck.name} ${describeExit(result, buildTimeoutMs)}:\n${tail(result.output)}`)
  return result.ms / 1000
}

/**
 * What `npm run build` adds to Slidev's build that a page load can fetch: the reader view, slide 1 prerendered
 * into index.html, then the offline worker written again to precache them. The PDF and the social preview
 * image are left out: no load fetches them (index.html links the PDF by the headmatter's name).
 */
export async function addReaderView(deck: Deck, outDir: string) {
  const source = await loadDeck(deck.root)
  await withBuiltDeck(outDir, '/', async (builtDeck) => {
    await writeReaderPage(builtDeck, source)
    await prerenderUnderPolicy(builtDeck, source.headmatter)
  })
  writeServiceWorker(outDir, '/')
}

export interface DistStats {
  bytes: number
  jsGzipBytes: number
  jsFiles: number
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => entry.isDirectory()
    ? listFiles(join(dir, entry.name))
    : [
        join(dir, entry.name),
      ])
}

/** Bytes on disk, and the JavaScript as a host would send it gzipped (every .js file, whether slide 1 needs it or not). */
export function distStats(dir: string): DistStats {
  let bytes = 0
  let jsGzipBytes = 0
  let jsFiles = 0
  for (const file of listFiles(dir)) {
    bytes += statSync(file).size
    if (file.endsWith('.js')) {
      jsGzipBytes += gzipSync(readFileSync(file)).length
      jsFiles++
    }
  }
  return { bytes, jsGzipBytes, jsFiles }
}

export interface Transfer {
  bytes: number
  requests: number
  /** Requests that failed: off-host ones, which the browser is not allowed to resolve. */
  failedRequests: number
}

/** Milliseconds since navigation start. */
export interface PaintTimings {
  firstContentfulPaintMs: number
  largestContentfulPaintMs: number
}

export interface LoadSample extends Transfer, PaintTimings {
  ms: number
  /** What the responses that had finished by the largest contentful paint weighed: the bytes slide 1 waited for. */
  bytesBeforeLargestPaint: number
}

export type ReaderSample = Transfer & PaintTimings

/** Chromium's resolver rules for the bench: off-host names fail at once, the same way on every run. */
export const offHostResolverRules = 'MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'

/** The slow phone: Lighthouse's "slow 4G" numbers, and a CPU four times slower than this one. */
const slowMobile = {
  offline: false,
  latency: 150,
  downloadThroughput: 1.6 * 1024 * 1024 / 8,
  uploadThroughput: 750 * 1024 / 8,
}

/** A phone held upright (an iPhone 12 to 14's screen): the reader view is the page phones get. */
const phone = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
}

/** Slide 1 in a Slidev build. */
export const slidevSlideOne = `[${slidevDom.slideNumberAttribute}="1"]`

/**
 * Runs in the page: resolves with performance.now() (milliseconds since navigation start) once slide 1
 * is visible, has no loading placeholder, and its fonts are in, the same wait as Slidev's exporter and our tests.
 * Polls, because the slide is rendered by Vue at a moment no DOM event marks.
 */
function slideOneReady({ selector, loading, timeoutMs }: { selector: string, loading: string, timeoutMs: number }): Promise<number> {
  return new Promise((resolve, reject) => {
    const deadline = performance.now() + timeoutMs
    const isVisible = (element: Element) => {
      const box = element.getBoundingClientRect()
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden'
    }
    const check = () => {
      const slide = [
        ...document.querySelectorAll(selector),
      ].find(isVisible)
      if (slide && !slide.querySelector(loading)) {
        document.fonts.ready.then(() => resolve(performance.now()), reject)
        return
      }
      if (performance.now() > deadline) {
        reject(new Error(`slide 1 not visible after ${timeoutMs} ms`))
        return
      }
      setTimeout(check, 10)
    }
    check()
  })
}

/**
 * Runs in the page: first and largest contentful paint from the browser's own entries. They come once the
 * frame that shows the content has been presented, which can be after slide 1 counts as ready, so this
 * waits for both, then one frame more for the rest of that batch, and takes the latest largest paint.
 */
function paintTimings(timeoutMs: number): Promise<PaintTimings> {
  return new Promise((resolve, reject) => {
    let firstContentfulPaintMs: number | undefined
    let largestContentfulPaintMs: number | undefined
    const observers: PerformanceObserver[] = []
    const deadline = setTimeout(() => {
      observers.forEach(observer => observer.disconnect())
      reject(new Error(`no first and largest contentful paint after ${timeoutMs} ms`))
    }, timeoutMs)
    const finish = () => {
      clearTimeout(deadline)
      observers.forEach(observer => observer.disconnect())
      resolve({ firstContentfulPaintMs: firstContentfulPaintMs!, largestContentfulPaintMs: largestContentfulPaintMs! })
    }
    const observe = (type: string, take: (entries: PerformanceEntry[]) => void) => {
      const observer = new PerformanceObserver((list) => {
        take(list.getEntries())
        if (firstContentfulPaintMs !== undefined && largestContentfulPaintMs !== undefined)
          requestAnimationFrame(() => setTimeout(finish))
      })
      observer.observe({ type, buffered: true })
      observers.push(observer)
    }
    observe('paint', (entries) => {
      firstContentfulPaintMs ??= entries.find(entry => entry.name === 'first-contentful-paint')?.startTime
    })
    observe('largest-contentful-paint', (entries) => {
      largestContentfulPaintMs = entries.at(-1)?.startTime ?? largestContentfulPaintMs
    })
  })
}

interface ThrottledPage {
  page: Page
  /** Counted as the page loads. */
  transfer: Transfer
  /** Bytes of the responses that had finished by `ms` after navigation start. */
  bytesFinishedBy: (ms: number) => Promise<number>
}

/** A page in the context on the slow phone's network and CPU, with cache off, and what it transfers, counted as it goes. */
async function throttledPage(context: BrowserContext): Promise<ThrottledPage> {
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  const transfer = { bytes: 0, requests: 0, failedRequests: 0 }
  /** In seconds on the browser's monotonic clock, the one Network events and Performance.getMetrics share. */
  const finished: { at: number, bytes: number }[] = []
  cdp.on('Network.requestWillBeSent', (event) => {
    // data: and blob: URLs cost nothing on the wire; a redirect is a second request.
    if (event.request.url.startsWith('http'))
      transfer.requests++
  })
  cdp.on('Network.loadingFinished', (event) => {
    transfer.bytes += event.encodedDataLength
    finished.push({ at: event.timestamp, bytes: event.encodedDataLength })
  })
  cdp.on('Network.loadingFailed', () => {
    transfer.failedRequests++
  })
  await cdp.send('Network.enable')
  await cdp.send('Performance.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Network.emulateNetworkConditions', slowMobile)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  const bytesFinishedBy = async (ms: number) => {
    // The page's paint entries count from navigation start; this is that moment on the Network events' clock.
    const { metrics } = await cdp.send('Performance.getMetrics')
    const navigationStart = metrics.find(metric => metric.name === 'NavigationStart')?.value
    if (navigationStart === undefined)
      throw new Error('Chromium reported no NavigationStart metric')
    return finished
      .filter(response => (response.at - navigationStart) * 1000 <= ms)
      .reduce((sum, response) => sum + response.bytes, 0)
  }
  return { page, transfer, bytesFinishedBy }
}

/** One cold load of slide 1 (the element `slideOne` finds) in a fresh context (no cache, no service worker, no cookies). */
export async function coldLoad(browser: Browser, url: string, slideOne: string): Promise<LoadSample> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
  })
  try {
    const { page, transfer, bytesFinishedBy } = await throttledPage(context)
    await page.goto(url, { waitUntil: 'commit', timeout: loadTimeoutMs })
    const ms = await page.evaluate(slideOneReady, { selector: slideOne, loading: `.${slidevDom.loadingClass}`, timeoutMs: loadTimeoutMs })
    // What slide 1 cost, not what Slidev prefetches afterwards.
    const counts = { ...transfer }
    const paints = await page.evaluate(paintTimings, loadTimeoutMs)
    return {
      ms,
      ...counts,
      ...paints,
      bytesBeforeLargestPaint: await bytesFinishedBy(paints.largestContentfulPaintMs),
    }
  }
  finally {
    await context.close()
  }
}

/**
 * One cold load of the reader view on the phone, in a fresh context. It is settled at the load event and
 * half a second without requests (Playwright's networkidle): the page is static, so no element marks the end.
 */
export async function readerLoad(browser: Browser, url: string): Promise<ReaderSample> {
  const context = await browser.newContext(phone)
  try {
    const { page, transfer } = await throttledPage(context)
    await page.goto(url, { waitUntil: 'networkidle', timeout: loadTimeoutMs })
    const counts = { ...transfer }
    return {
      ...counts,
      ...await page.evaluate(paintTimings, loadTimeoutMs),
    }
  }
  finally {
    await context.close()
  }
}

export type ExportSample
  = | { ok: true, seconds: number, pages: number, secondsPerPage: number }
    | { ok: false, reason: string }

export function pdfPageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8', timeout: 60_000 })
  const pages = /^Pages:\s+(\d+)/m.exec(info)?.[1]
  if (!pages)
    throw new Error(`pdfinfo gave no page count for ${pdf}`)
  return Number(pages)
}

/** The line of Slidev's output that says why an export failed, rather than its whole log. */
function failureReason(output: string): string {
  const lines = output.split('\n').map(line => line.trim()).filter(Boolean)
  const telling = lines.find(line => /timeout|error/i.test(line))
  return telling ?? tail(output, 3)
}

/** `slidev export` to a PDF with the same flags for both decks; a failure is a result to report, not a crash. */
export async function exportDeck(deck: Deck, node: string, chromiumPath: string, pdf: string, extraArgs: string[]): Promise<ExportSample> {
  const args = [
    slidevCli(deck.root),
    'export',
    '--executable-path',
    chromiumPath,
    '--output',
    pdf,
    ...extraArgs,
  ]
  const result = await run(node, args, { cwd: deck.root, timeoutMs: exportTimeoutMs })
  if (result.code !== 0)
    return { ok: false, reason: `${describeExit(result, exportTimeoutMs)}: ${failureReason(result.output)}` }
  if (!existsSync(pdf))
    return { ok: false, reason: `exited with 0 but wrote no ${pdf}: ${failureReason(result.output)}` }
  const pages = pdfPageCount(pdf)
  const seconds = result.ms / 1000
  return {
    ok: true,
    seconds,
    pages,
    secondsPerPage: seconds / pages,
  }
}
