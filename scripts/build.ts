// `npm run build [-- --base /talk/] [--out dir]`: the static web deck, in dist/ by default. Slidev's
// build, then what a host serves beside it: the PDF behind the download button, the social preview image, the offline worker.
import { join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { loadDeck, runSlidev } from './deck-source.ts'
import { exportDeck } from './export.ts'
import { renderOgImage } from './og-image.ts'
import { writeServiceWorker } from './service-worker.ts'

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: process.env.DECK_BASE ?? '/' },
    out: { type: 'string', default: 'dist' },
  },
})
const base = String(values.base)
const root = process.cwd()
const dist = resolve(root, String(values.out))

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

if (!base.startsWith('/') || !base.endsWith('/'))
  fail(`The base path must start and end with "/", like /talk/; got "${base}".`)

const deck = await loadDeck(root)
const pdfName = `${deck.headmatter.exportFilename}.pdf`
if (deck.headmatter.download !== pdfName)
  fail(`slides.md: set \`download: ${pdfName}\` (the PDF this build writes from exportFilename); it is "${deck.headmatter.download}".`)

const built = runSlidev(root, [
  'build',
  '--base',
  base,
  '--out',
  dist,
])
if (built.status !== 0)
  fail(`slidev build failed (exit ${built.status ?? built.signal}).`)

try {
  console.log(`PDF for download: ${await exportDeck({
    output: join(dist, pdfName),
    root,
  })}`)
  console.log(`Social preview: ${await renderOgImage(dist, base)}`)
  console.log(`Service worker precaches ${writeServiceWorker(dist, base).length} files`)
}
catch (error) {
  fail((error as Error).message)
}
