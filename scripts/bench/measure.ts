// The measurements themselves, one deck at a time: build, what the build weighs, a cold load of
// slide 1 on an emulated slow phone, and the PDF export.
import type { Browser } from 'playwright-chromium'
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describeExit, run, tail } from './process.ts'

export interface Deck {
  name: string
  root: string
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

export interface LoadSample {
  ms: number
  bytes: number
  requests: number
  /** Requests that failed: off-host ones, which the browser is not allowed to resolve. */
  failedRequests: number
}

/** Chromium's resolver rules for the bench: off-host names fail at once, the same way on every run. */
export const offHostResolverRules = 'MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'

/** The slow phone: Lighthouse's "slow 4G" numbers, and a CPU four times slower than this one. */
const slowMobile = {
  offline: false,
  latency: 150,
  downloadThroughput: 1.6 * 1024 * 1024 / 8,
  uploadThroughput: 750 * 1024 / 8,
}

/**
 * Runs in the page: resolves with performance.now() (milliseconds since navigation start) once slide 1
 * is visible, has no loading placeholder, and its fonts are in, the same wait as Slidev's exporter and our tests.
 * Polls, because the slide is rendered by Vue at a moment no DOM event marks.
 */
function slideOneReady(timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const deadline = performance.now() + timeoutMs
    const isVisible = (element: Element) => {
      const box = element.getBoundingClientRect()
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden'
    }
    const check = () => {
      const slide = [
        ...document.querySelectorAll('[data-slidev-no="1"]'),
      ].find(isVisible)
      if (slide && !slide.querySelector('.slidev-slide-loading')) {
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

/** One cold load of slide 1 in a fresh context (no cache, no service worker, no cookies). */
export async function coldLoad(browser: Browser, url: string): Promise<LoadSample> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
  })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    const counts = { bytes: 0, requests: 0, failedRequests: 0 }
    cdp.on('Network.requestWillBeSent', (event) => {
      // data: and blob: URLs cost nothing on the wire; a redirect is a second request.
      if (event.request.url.startsWith('http'))
        counts.requests++
    })
    cdp.on('Network.loadingFinished', (event) => {
      counts.bytes += event.encodedDataLength
    })
    cdp.on('Network.loadingFailed', () => {
      counts.failedRequests++
    })
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Network.emulateNetworkConditions', slowMobile)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await page.goto(url, { waitUntil: 'commit', timeout: loadTimeoutMs })
    const ms = await page.evaluate(slideOneReady, loadTimeoutMs)
    // What slide 1 cost, not what Slidev prefetches afterwards.
    return { ms, ...counts }
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
