// `npm run build [-- --base /talk/] [--out dir]`: the static web deck, in dist/ by default. The deck check
// first, then Slidev's build, then what a host serves beside it: the PDF behind the download button, the
// social preview image, the reader view for phones, the offline worker. Everything is built in a temporary
// folder beside the output, which replaces it only when every step succeeded, so a failed build leaves the
// last good site in place.
import { existsSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { withBuiltDeck } from './built-deck.ts'
import { checkedEnv } from './deck-check-plugin.ts'
import { checkDeck } from './deck-check.ts'
import { formatProblems } from './deck-problems.ts'
import { loadDeck, runSlidev } from './deck-source.ts'
import { exportDeck } from './export.ts'
import { renderOgImage } from './og-image.ts'
import { prerenderFirstSlide } from './prerender-first-slide.ts'
import { writeReaderPage } from './reader-page.ts'
import { writeServiceWorker } from './service-worker.ts'

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

const problems = await checkDeck(root)
if (problems.length > 0)
  fail(formatProblems(problems))
process.env[checkedEnv] = '1'

const deck = await loadDeck(root)
const pdfName = `${deck.headmatter.exportFilename}.pdf`
if (deck.headmatter.download !== pdfName)
  fail(`slides.md: set \`download: ${pdfName}\` (the PDF this build writes from exportFilename); it is "${deck.headmatter.download}".`)

const built = runSlidev(root, [
  'build',
  '--base',
  base,
  '--out',
  partial,
])
if (built.status !== 0)
  fail(`slidev build failed (exit ${built.status ?? built.signal}).`)

try {
  await exportDeck({
    output: join(partial, pdfName),
    root,
  }).catch((error: Error) => {
    throw new Error(`The PDF for download failed: ${(error.cause as Error | undefined)?.message ?? error.message}`)
  })
  console.log(`PDF for download: ${pdfName}`)
  await withBuiltDeck(partial, base, async (builtDeck) => {
    console.log(`Social preview: ${await renderOgImage(builtDeck)}`)
    console.log(`Reader view: read/index.html, ${await writeReaderPage(builtDeck, deck)} slides`)
    // Last: the pages above are rendered by the live deck alone.
    console.log(`Slide 1 prerendered into index.html, with ${await prerenderFirstSlide(builtDeck, deck.headmatter)} bytes of inline CSS`)
  })
  console.log(`Service worker precaches ${writeServiceWorker(partial, base).length} files`)
}
catch (error) {
  fail((error as Error).message)
}

// Two renames: the old site is out of the way for as short a time as the file system allows.
if (existsSync(out))
  renameSync(out, previous)
renameSync(partial, out)
rmSync(previous, { recursive: true, force: true })
console.log(`Built into ${values.out}/`)
