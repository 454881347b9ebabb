// `npm run bench [-- --runs N --keep --json]`: this deck against two references, measured in one run on one
// machine, alternating between the decks so background load falls on all alike. The official Slidev starter
// is built and exported like this deck; the same talk in Marp, whose markdown is derived from this deck's
// slides (kit/bench/marp.ts) and built once with Marp CLI, is loaded beside both decks' slide 1. This
// deck's reader view for phones is measured against its own slide 1, in the same runs. Prints medians,
// ratios and targets. Needs the npm registry once (for the starter and Marp CLI, installed into the bench's
// temporary folder, never into the project); everything else stays on localhost.
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser } from 'playwright-chromium'
import type { BuildTime } from './growth.ts'
import type { LighthouseSample } from './lighthouse.ts'
import type { MarpDeck } from './marp.ts'
import type { Deck, DistStats, ExportSample, LoadSample, ReaderSample } from './measure.ts'
import type { Comparison, ReferenceComparison } from './report.ts'
import type { OurVersions, Starter } from './starter.ts'
import { execFileSync } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-chromium'
import { loadDeck } from '../check/deck-source.ts'
import { loadTalk } from '../config/load.ts'
import { chromiumArgs, findChromiumOrExit } from '../headless/chromium.ts'
import { serveDeck } from '../headless/serve.ts'
import { buildTimes, generateDeck } from './growth.ts'
import { audit, installLighthouse } from './lighthouse.ts'
import { makeMarpDeck, marpCliMajor, marpSlideOne } from './marp.ts'
import { addReaderView, buildDeck, coldLoad, distStats, exportDeck, offHostResolverRules, readerLoad, slidevSlideOne } from './measure.ts'
import { killAllChildren } from './process.ts'
import {
  comparisonHeadings,
  formatBytes,
  formatCount,
  formatMs,
  formatSeconds,
  markdownTable,
  median,
  referenceHeadings,
  summarizeExports,
  toReferenceRow,
  toRow,
} from './report.ts'
import { makeStarter } from './starter.ts'

interface Samples {
  build: number[]
  dist: DistStats[]
  load: LoadSample[]
  /** Cold loads of the reader view: only a deck with one has them. */
  reader: ReaderSample[]
  lighthouse: LighthouseSample[]
  exportDefault: ExportSample[]
  exportLoad: ExportSample[]
}

/** Where the bench writes its last run's results, in the talk's folder. */
export const benchResultsFile = 'bench-results.json'

const usage = `Usage: talk-kit bench [--runs N] [--lighthouse] [--keep] [--json]
  --runs N      measured runs per deck, alternating deck, starter and Marp (default 5; medians are reported)
  --lighthouse  also audit both builds with Lighthouse (mobile) each run; installs it into the temporary folder
  --keep        keep the temporary folder (starter, Marp deck, generated decks, builds, PDFs) and print its path
  --json        also print the results as JSON after the table`

function parseOptions() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      lighthouse: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    console.log(usage)
    process.exit(0)
  }
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`--runs must be a whole number of at least 1, not "${values.runs}".\n${usage}`)
    process.exit(1)
  }
  return {
    runs,
    lighthouse: values.lighthouse,
    keep: values.keep,
    json: values.json,
  }
}

function readVersion(root: string, name: string): string {
  const path = join(root, 'node_modules', name, 'package.json')
  if (!existsSync(path))
    throw new Error(`${name} is not installed in ${root}: run \`npm ci\` first.`)
  return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version
}

/** Our Node 24 (the `node` devDependency): Slidev 53 does not run on the system's Node 20. */
function nodeBinary(repoRoot: string): string {
  const local = join(repoRoot, 'node_modules', '.bin', 'node')
  return existsSync(local)
    ? local
    : process.execPath
}

/** Exits with the install hint when pdfinfo, which counts the exported pages, is missing. */
function requirePdfinfo() {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore', timeout: 10_000 })
  }
  catch {
    console.error('pdfinfo not found (it counts the exported pages). Install poppler-utils: `apt-get install poppler-utils`.')
    process.exit(1)
  }
}

/** The browser's own answer; Debian's chromium wrapper also prints shell noise on stderr, which is dropped. */
function chromiumVersion(chromiumPath: string, browser: Browser): string {
  try {
    return execFileSync(chromiumPath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 30_000,
    }).trim()
  }
  catch {
    return `Chromium ${browser.version()}`
  }
}

function machineLine(chromium: string): string {
  const cpu = cpus()
  const memory = `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${memory} RAM, Node ${process.version}, ${chromium}`
}

async function startServer(root: string): Promise<{ server: Server, url: string }> {
  // Port 0: the OS picks a free one, so parallel test servers on this machine are never in the way.
  const server = serveDeck({ root, port: 0, base: '/' })
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return { server, url: `http://127.0.0.1:${port}/` }
}

async function stopServer(server: Server) {
  server.closeAllConnections()
  await new Promise(resolve => server.close(resolve))
}

async function measureLoad(browser: Browser, dist: string, slideOne: string): Promise<LoadSample> {
  const { server, url } = await startServer(dist)
  try {
    return await coldLoad(browser, url, slideOne)
  }
  finally {
    await stopServer(server)
  }
}

async function measureReader(browser: Browser, dist: string): Promise<ReaderSample> {
  const { server, url } = await startServer(dist)
  try {
    return await readerLoad(browser, `${url}read/`)
  }
  finally {
    await stopServer(server)
  }
}

function emptySamples(): Samples {
  return {
    build: [],
    dist: [],
    load: [],
    reader: [],
    lighthouse: [],
    exportDefault: [],
    exportLoad: [],
  }
}

function progress(message: string) {
  console.log(`  ${new Date().toTimeString().slice(0, 8)} ${message}`)
}

function describePaints(sample: LoadSample | ReaderSample): string {
  return `FCP ${formatMs(sample.firstContentfulPaintMs)}, LCP ${formatMs(sample.largestContentfulPaintMs)}`
}

function describeLoad(sample: LoadSample): string {
  return `slide 1 in ${formatMs(sample.ms)}, ${formatBytes(sample.bytes)}, ${sample.requests} requests (${sample.failedRequests} failed), `
    + `${describePaints(sample)}, ${formatBytes(sample.bytesBeforeLargestPaint)} by LCP`
}

function describeExport(sample: ExportSample): string {
  return sample.ok
    ? `${formatSeconds(sample.seconds)} / ${sample.pages} p = ${sample.secondsPerPage.toFixed(2)} s/page`
    : `FAILED (${sample.reason})`
}

interface Context {
  decks: Deck[]
  /** Built once before the runs: only its page load is measured, so there is no build to repeat. */
  marp: MarpDeck
  samples: Map<string, Samples>
  browser: Browser
  node: string
  chromiumPath: string
  workDir: string
  keep: boolean
  /** Lighthouse's CLI, when --lighthouse asked for it. */
  lighthouseCli?: string
}

async function measureLighthouse(ctx: Context, deck: Deck, dist: string, reportPath: string): Promise<LighthouseSample> {
  const { server, url } = await startServer(dist)
  try {
    return await audit(ctx.lighthouseCli!, ctx.node, ctx.chromiumPath, url, reportPath)
  }
  finally {
    await stopServer(server)
  }
}

/** One run: each measurement for the deck, then the starter (and Marp, for slide 1), before the next measurement. */
async function measureRun(run: number, ctx: Context) {
  const runDir = join(ctx.workDir, 'runs', String(run))
  mkdirSync(runDir, { recursive: true })
  const dist = (deck: Deck) => join(runDir, `${deck.name}-dist`)
  for (const deck of ctx.decks) {
    const seconds = await buildDeck(deck, ctx.node, dist(deck))
    ctx.samples.get(deck.name)!.build.push(seconds)
    ctx.samples.get(deck.name)!.dist.push(distStats(dist(deck)))
    progress(`${deck.name}: build ${formatSeconds(seconds)}`)
    // After the timed build: the build row stays Slidev's build, the same step for both decks.
    if (deck.readerView)
      await addReaderView(deck, dist(deck))
  }
  for (const deck of ctx.decks) {
    const load = await measureLoad(ctx.browser, dist(deck), slidevSlideOne)
    ctx.samples.get(deck.name)!.load.push(load)
    progress(`${deck.name}: ${describeLoad(load)}`)
  }
  const marpLoad = await measureLoad(ctx.browser, ctx.marp.dist, marpSlideOne)
  ctx.samples.get('marp')!.load.push(marpLoad)
  progress(`marp: ${describeLoad(marpLoad)}`)
  for (const deck of ctx.decks.filter(deck => deck.readerView)) {
    const reader = await measureReader(ctx.browser, dist(deck))
    ctx.samples.get(deck.name)!.reader.push(reader)
    progress(`${deck.name}: reader view ${describePaints(reader)}, ${formatBytes(reader.bytes)}, ${reader.requests} requests (${reader.failedRequests} failed)`)
  }
  if (ctx.lighthouseCli) {
    for (const deck of ctx.decks) {
      const sample = await measureLighthouse(ctx, deck, dist(deck), join(runDir, `${deck.name}-lighthouse.json`))
      ctx.samples.get(deck.name)!.lighthouse.push(sample)
      progress(`${deck.name}: Lighthouse performance ${sample.performance}, accessibility ${sample.accessibility}, LCP ${formatMs(sample.largestContentfulPaintMs)}`)
    }
  }
  const exportModes = [
    { key: 'exportDefault', label: 'export (default wait)', args: [] },
    {
      key: 'exportLoad',
      label: 'export (--wait-until load)',
      args: ['--wait-until', 'load'],
    },
  ] as const
  for (const mode of exportModes) {
    for (const deck of ctx.decks) {
      const pdf = join(runDir, `${deck.name}-${mode.key}.pdf`)
      const sample = await exportDeck(deck, ctx.node, ctx.chromiumPath, pdf, [...mode.args])
      ctx.samples.get(deck.name)![mode.key].push(sample)
      progress(`${deck.name}: ${mode.label} ${describeExport(sample)}`)
    }
  }
  // Builds are tens of MB each; only the last ones are worth keeping for a look.
  if (!ctx.keep) {
    for (const deck of ctx.decks)
      rmSync(dist(deck), { recursive: true, force: true })
  }
}

function lighthouseRows(deck: LighthouseSample[], starter: LighthouseSample[]): Comparison[] {
  const row = (metric: string, value: (sample: LighthouseSample) => number, format: (value: number) => string, atLeast?: number): Comparison => ({
    metric: `Lighthouse mobile: ${metric}`,
    deck: median(deck.map(value)),
    starter: median(starter.map(value)),
    format,
    atLeast,
  })
  return [
    row('performance', s => s.performance, formatCount, 95),
    row('accessibility', s => s.accessibility, formatCount, 100),
    row('first contentful paint', s => s.firstContentfulPaintMs, formatMs),
    row('largest contentful paint', s => s.largestContentfulPaintMs, formatMs),
    row('total blocking time', s => s.totalBlockingTimeMs, formatMs),
  ]
}

/** The deck's reader view on the phone against its own slide 1, both from the same runs. */
function readerRows(deck: Samples): Comparison[] {
  const row = (metric: string, value: (sample: ReaderSample) => number, format: (value: number) => string, target?: number): Comparison => ({
    metric,
    deck: median(deck.reader.map(value)),
    starter: median(deck.load.map(value)),
    format,
    target,
  })
  return [
    row('first contentful paint', s => s.firstContentfulPaintMs, formatMs, 0.7),
    row('largest contentful paint', s => s.largestContentfulPaintMs, formatMs),
    row('bytes transferred', s => s.bytes, formatBytes),
    row('requests', s => s.requests, formatCount),
  ]
}

/** Slide 1 of all three decks, from the same runs; the issue's targets for it are against Marp. */
function referenceRows(deck: Samples, starter: Samples, marp: Samples): ReferenceComparison[] {
  type Targets = Pick<ReferenceComparison, 'marpRatioTarget' | 'deckAtMost'>
  const row = (metric: string, value: (sample: LoadSample) => number, format: (value: number) => string, targets: Targets = {}): ReferenceComparison => ({
    metric,
    deck: median(deck.load.map(value)),
    starter: median(starter.load.map(value)),
    marp: median(marp.load.map(value)),
    format,
    ...targets,
  })
  return [
    row('first contentful paint', s => s.firstContentfulPaintMs, formatMs),
    row('largest contentful paint', s => s.largestContentfulPaintMs, formatMs, { marpRatioTarget: 1 }),
    row('bytes before slide 1 is painted (by LCP)', s => s.bytesBeforeLargestPaint, formatBytes, { deckAtMost: 60 * 1024 }),
    row('bytes transferred (to slide 1 ready)', s => s.bytes, formatBytes),
    row('requests (to slide 1 ready)', s => s.requests, formatCount),
  ]
}

function comparisons(deck: Samples, starter: Samples): { rows: Comparison[], exportFailures: string[] } {
  const pick = <T>(samples: T[], value: (sample: T) => number) => median(samples.map(value))
  const exportsDefault = [
    summarizeExports(deck.exportDefault),
    summarizeExports(starter.exportDefault),
  ] as const
  const exportsLoad = [
    summarizeExports(deck.exportLoad),
    summarizeExports(starter.exportLoad),
  ] as const
  const exportFailures = [
    ...exportsDefault[0].reasons.map(reason => `deck, default wait: ${reason}`),
    ...exportsDefault[1].reasons.map(reason => `starter, default wait: ${reason}`),
    ...exportsLoad[0].reasons.map(reason => `deck, --wait-until load: ${reason}`),
    ...exportsLoad[1].reasons.map(reason => `starter, --wait-until load: ${reason}`),
  ]
  const rows: Comparison[] = [
    {
      metric: 'slide 1 visible, slow mobile',
      deck: pick(deck.load, s => s.ms),
      starter: pick(starter.load, s => s.ms),
      format: formatMs,
      target: 0.1,
    },
    {
      metric: 'slide 1 bytes transferred',
      deck: pick(deck.load, s => s.bytes),
      starter: pick(starter.load, s => s.bytes),
      format: formatBytes,
      target: 0.05,
    },
    {
      metric: 'slide 1 requests',
      deck: pick(deck.load, s => s.requests),
      starter: pick(starter.load, s => s.requests),
      format: formatCount,
    },
    ...(deck.lighthouse.length > 0
      ? lighthouseRows(deck.lighthouse, starter.lighthouse)
      : []),
    {
      metric: 'build (slidev build)',
      deck: median(deck.build),
      starter: median(starter.build),
      format: formatSeconds,
      target: 0.7,
    },
    {
      metric: 'dist size',
      deck: pick(deck.dist, s => s.bytes),
      starter: pick(starter.dist, s => s.bytes),
      format: formatBytes,
    },
    {
      metric: 'JS gzip (every .js in dist)',
      deck: pick(deck.dist, s => s.jsGzipBytes),
      starter: pick(starter.dist, s => s.jsGzipBytes),
      format: formatBytes,
    },
    {
      metric: 'export s/page (default wait)',
      deck: exportsDefault[0].value,
      starter: exportsDefault[1].value,
      format: formatSeconds,
      target: 0.7,
      deckNote: exportsDefault[0].note,
      starterNote: exportsDefault[1].note,
    },
    {
      metric: 'export s/page (--wait-until load)',
      deck: exportsLoad[0].value,
      starter: exportsLoad[1].value,
      format: formatSeconds,
      target: 0.7,
      deckNote: exportsLoad[0].note,
      starterNote: exportsLoad[1].note,
    },
  ]
  return { rows, exportFailures }
}

function printReport(ctx: Context, header: string[], starter: Starter, json: boolean, growth: BuildTime[]) {
  const deck = ctx.samples.get('deck')!
  const starterSamples = ctx.samples.get('starter')!
  const { rows, exportFailures } = comparisons(deck, starterSamples)
  const references = referenceRows(deck, starterSamples, ctx.samples.get('marp')!)
  const reader = readerRows(deck)
  console.log(`\n${header.join('\n')}\n`)
  console.log(markdownTable(rows.map(toRow), comparisonHeadings))
  console.log('\nSlide 1 against both references, the Slidev starter and the same talk in Marp, same runs:\n')
  console.log(markdownTable(references.map(toReferenceRow), referenceHeadings))
  console.log('\nReader view (/read/, phone) against slide 1 (/, desktop), this deck, same runs:\n')
  console.log(markdownTable(reader.map(toRow), {
    ...comparisonHeadings,
    deck: 'reader view',
    starter: 'slide 1',
    ratio: 'ratio (reader/slide 1)',
  }))
  if (exportFailures.length > 0)
    console.log(`\nExport failures:\n${exportFailures.map(failure => `- ${failure}`).join('\n')}`)
  console.log(`\nNotes:\n${starter.notes.map(note => `- ${note}`).join('\n')}`)
  console.log('- slide 1: cold load, fresh context, cache off, 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up, CPU ×4 slower, 1280×720;')
  console.log('  time from navigation start to slide 1 visible, not loading, fonts ready; text served gzipped by kit/headless/serve.ts, as a static host sends it;')
  console.log('  off-host requests (the starter\'s Google Fonts, images) fail at DNS inside the browser and count as failed requests.')
  console.log(`- Marp: one HTML file in the default theme, built once in ${formatSeconds(ctx.marp.buildSeconds)} and served like the decks;`
    + ` its ${ctx.marp.slides} slides are this deck's titles and text as Slidev's parser reads them,`)
  console.log('  components and HTML tags stripped, figures and code snippets inlined, charts and speaker notes left out (kit/bench/marp.ts);'
    + ' slide 1 counts as ready on the same wait as the decks\'.')
  console.log('- bytes before slide 1 is painted: the responses that had finished by the largest contentful paint, timed from navigation start;'
    + ' the issue\'s targets: LCP ≤ 1.0× Marp\'s, at most 60 KiB.')
  console.log('- reader view: the same cold load on a 390×844 phone (isMobile, scale 3), until the load event and 500 ms without requests;')
  console.log('  first and largest contentful paint from the page\'s PerformanceObserver entries, read then (slide 1\'s once it is ready, as above,'
    + ' and its paint reported);')
  console.log('  bytes and requests up to that point, slide 1\'s up to slide 1 ready.')
  const results = {
    header,
    rows: rows.map(row => ({ ...row, format: undefined })),
    references: references.map(row => ({ ...row, format: undefined })),
    reader: reader.map(row => ({
      metric: row.metric,
      reader: row.deck,
      slideOne: row.starter,
      target: row.target,
    })),
    growth,
    samples: Object.fromEntries(ctx.samples),
    // Without the temporary folder's paths: the file is kept with the talk, the folder is not.
    starter: { ...starter, root: undefined },
    marp: { ...ctx.marp, dist: undefined },
  }
  console.log('\nBuild growth (seconds; ratio = talk-kit build / slidev build; the target for this deck is ≤ 3x):')
  console.log('| deck | slides | slidev build | talk-kit build | ratio | talk-kit s/slide |')
  console.log('| --- | --- | --- | --- | --- | --- |')
  for (const row of growth)
    console.log(`| ${row.deck} | ${row.slides} | ${row.slidevSeconds.toFixed(1)} | ${row.kitSeconds.toFixed(1)} | ${(row.kitSeconds / row.slidevSeconds).toFixed(2)}x | ${(row.kitSeconds / row.slides).toFixed(3)} |`)
  // The bench's own record of its last run, beside the talk: docs point here rather than copy figures.
  const path = join(process.cwd(), benchResultsFile)
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`)
  console.log(`\nResults as JSON: ${benchResultsFile}`)
  if (json)
    console.log(`\n${JSON.stringify(results, null, 2)}`)
}

/** `talk-kit bench`: the whole benchmark, printed. */
export async function runBench() {
  const { runs, lighthouse, keep, json } = parseOptions()
  const repoRoot = process.cwd()
  const chromiumPath = findChromiumOrExit()
  requirePdfinfo()
  const ours: OurVersions = {
    cli: readVersion(repoRoot, '@slidev/cli'),
    themeDefault: readVersion(repoRoot, '@slidev/theme-default'),
    playwright: readVersion(repoRoot, 'playwright-chromium'),
  }
  const node = nodeBinary(repoRoot)
  const workDir = mkdtempSync(join(tmpdir(), 'slidev-bench-'))
  let browser: Browser | undefined
  const cleanUp = () => {
    killAllChildren()
    if (!keep)
      rmSync(workDir, { recursive: true, force: true })
  }
  // Ctrl-C must not leave a build, an exporter's Chromium or a 1 GB temp folder behind.
  process.once('SIGINT', () => {
    console.error('\nInterrupted: stopping child processes and removing the temporary folder.')
    cleanUp()
    process.exit(130)
  })
  try {
    console.log(`Benchmark: this deck against the Slidev starter and Marp, ${runs} run(s) each, in ${workDir}`)
    const starter = await makeStarter(workDir, ours)
    const marp = await makeMarpDeck(workDir, repoRoot, node, (await loadTalk(repoRoot)).config.plainText)
    const lighthouseCli = lighthouse
      ? await installLighthouse(join(workDir, 'lighthouse'))
      : undefined
    browser = await chromium.launch({
      executablePath: chromiumPath,
      // Off-host names fail at once and the same way on every run, instead of waiting on DNS or a network.
      args: [...chromiumArgs, `--host-resolver-rules=${offHostResolverRules}`],
      timeout: 60_000,
    })
    const ctx: Context = {
      decks: [
        { name: 'deck', root: repoRoot, readerView: true },
        { name: 'starter', root: starter.root, readerView: false },
      ],
      marp,
      samples: new Map([
        [
          'deck',
          emptySamples(),
        ],
        [
          'starter',
          emptySamples(),
        ],
        [
          'marp',
          emptySamples(),
        ],
      ]),
      browser,
      node,
      chromiumPath,
      workDir,
      keep,
      lighthouseCli,
    }
    for (let run = 1; run <= runs; run++) {
      console.log(`Run ${run} of ${runs}`)
      await measureRun(run, ctx)
    }
    const header = [
      `Date: ${new Date().toISOString()}`,
      `Machine: ${machineLine(chromiumVersion(chromiumPath, browser))}`,
      `Slidev: @slidev/cli ${ours.cli} (deck and starter), starter themes: ${Object.entries(starter.resolved).map(([name, version]) => `${name} ${version}`).join(', ')}`,
      `Marp: @marp-team/marp-cli ${marp.cliVersion} (npm's newest ${marpCliMajor}.x), @marp-team/marp-core ${marp.coreVersion}`,
      `Runs: ${runs} per deck, alternating deck, starter and Marp; medians shown`,
    ]
    console.log('Build growth: this deck, then generated decks of its slide count and four times it (plain slidev build, then talk-kit build)')
    const slideCount = (await loadDeck(repoRoot)).slides.length
    const growthDir = join(workDir, 'growth')
    const growth = [await buildTimes('this deck', repoRoot, slideCount, node, growthDir)]
    for (const times of [1, 4]) {
      const dir = join(workDir, `generated-${times}x`)
      generateDeck(dir, slideCount * times, repoRoot)
      growth.push(await buildTimes(`generated, ${times}x`, dir, slideCount * times, node, growthDir))
    }
    printReport(ctx, header, starter, json, growth)
  }
  catch (error) {
    console.error(`\nBenchmark failed: ${(error as Error).message}`)
    process.exitCode = 1
  }
  finally {
    await browser?.close()
    cleanUp()
    if (keep)
      console.log(`Kept the temporary folder: ${workDir}`)
  }
}
