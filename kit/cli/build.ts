// `npm run build [-- --base /talk/] [--out dir]`: the static web deck, in dist/ by default. The deck check
// first, then Slidev's build, then what a host serves beside it, all made from the built deck: the PDF
// behind the download button, the social preview image, the reader view for phones, the offline worker.
// Everything is built in a temporary folder beside the output, which replaces it only when every step
// succeeded, so a failed build leaves the last good site in place.
import { existsSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { checkDeck } from '../check/deck-check.ts'
import { loadDeck, runSlidev } from '../check/deck-source.ts'
import { checkedEnv } from '../check/plugin.ts'
import { formatProblems } from '../check/problems.ts'
import { withBuiltDeck } from '../headless/built-deck.ts'
import { prerenderUnderPolicy } from '../hosting/content-security-policy.ts'
import { renderOgImage } from '../hosting/og-image.ts'
import { writeServiceWorker } from '../offline/service-worker.ts'
import { exportBuiltDeck } from '../pdf/export.ts'
import { writeReaderPage } from '../reader/page.ts'

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: process.env.DECK_BASE ?? '/' },
    out: { type: 'string', default: 'dist' },
  },
})
const base = String(values.base)
const root = process.cwd()
const out = resolve(root, String(values.out))
const partial = join(dirname(out), `.${basename(out)}-partial-${process.pid}`)
const previous = join(dirname(out), `.${basename(out)}-previous-${process.pid}`)

function fail(message: string): never {
  rmSync(partial, { recursive: true, force: true })
  console.error(`${message}\n${existsSync(out)
    ? `${values.out}/ was left as it was.`
    : `Nothing was written to ${values.out}/.`}`)
  process.exit(1)
}

if (!base.startsWith('/') || !base.endsWith('/'))
  fail(`The base path must start and end with "/", like /talk/; got "${base}".`)

/** Each step's name and seconds, printed as the build goes and again at the end. */
const timings: [string, number][] = []

async function timed<T>(step: string, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now()
  const result = await work()
  const seconds = (performance.now() - started) / 1000
  timings.push([step, seconds])
  console.log(`  ${step}: ${seconds.toFixed(1)} s`)
  return result
}

const problems = await timed('deck check', () => checkDeck(root))
if (problems.length > 0)
  fail(formatProblems(problems))
process.env[checkedEnv] = '1'

const deck = await loadDeck(root)
const pdfName = `${deck.headmatter.exportFilename}.pdf`
if (deck.headmatter.download !== pdfName)
  fail(`slides.md: set \`download: ${pdfName}\` (the PDF this build writes from exportFilename); it is "${deck.headmatter.download}".`)

const built = await timed('slidev build', () => runSlidev(root, [
  'build',
  '--base',
  base,
  '--out',
  partial,
]))
if (built.status !== 0)
  fail(`slidev build failed (exit ${built.status ?? built.signal}).`)

try {
  await withBuiltDeck(partial, base, async (builtDeck) => {
    // The PDF is printed from the built deck's print page while the reader view reads its slides: on two
    // cores they overlap.
    await Promise.all([
      timed('PDF for download', () => exportBuiltDeck(builtDeck, deck, join(partial, pdfName), root).catch((error: Error) => {
        throw new Error(`The PDF for download failed: ${error.message}`)
      })),
      (async () => {
        await timed('social preview', () => renderOgImage(builtDeck))
        await timed('reader view', () => writeReaderPage(builtDeck, deck))
      })(),
    ])
    // Last: the pages above are rendered by the live deck alone.
    await timed('slide 1 prerendered', () => prerenderUnderPolicy(builtDeck, deck.headmatter))
  })
  await timed('offline worker', () => writeServiceWorker(partial, base))
}
catch (error) {
  fail((error as Error).message)
}

// Two renames: the old site is out of the way for as short a time as the file system allows.
if (existsSync(out))
  renameSync(out, previous)
renameSync(partial, out)
rmSync(previous, { recursive: true, force: true })
const total = timings.reduce((sum, [, seconds]) => sum + seconds, 0)
console.log(`Built into ${values.out}/: ${timings.map(([step, seconds]) => `${step} ${seconds.toFixed(1)} s`).join(', ')} (steps add up to ${total.toFixed(1)} s; the PDF overlaps the preview and the reader view)`)
