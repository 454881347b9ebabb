// `npm run export [-- --format pdf|png|pptx|pptx-editable|md|notes] [--with-clicks] [--output path]`:
// Slidev's own exporter with a Chromium that exists on this machine. Every export writes to a temporary
// name beside the output and renames only on success, so a failed export never replaces a good file.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { findChromium } from './chromium.ts'
import { loadDeck, runSlidev } from './deck-source.ts'
import { exportNotesPdf } from './export-notes.ts'

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
  /** Further `slidev export` options, passed as they are. */
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

function runSlidevExport(root: string, format: string, partial: string, withClicks: boolean, slidevArgs: string[]) {
  const result = runSlidev(root, [
    'export',
    '--format',
    format,
    ...(withClicks
      ? ['--with-clicks']
      : []),
    ...slidevArgs,
    '--executable-path',
    findChromium(),
    '--output',
    partial,
  ])
  if (result.status !== 0)
    throw new Error(`slidev export exited with ${result.status ?? result.signal}`)
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
    if (format === 'notes') {
      await exportNotesPdf({
        root,
        output: partial,
        executablePath: findChromium(),
      })
    }
    else {
      runSlidevExport(root, format, partial, withClicks, slidevArgs)
    }
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
    throw new Error(`Export failed (${(error as Error).message}); ${target} was left as it was.`)
  }
}

if (import.meta.main) {
  const { values, tokens } = parseArgs({
    options: {
      'output': { type: 'string' },
      'format': { type: 'string', default: 'pdf' },
      'with-clicks': { type: 'boolean', default: false },
    },
    strict: false,
    tokens: true,
  })
  const ours = new Set(['output', 'format', 'with-clicks'])
  const slidevArgs = tokens.flatMap(token => token.kind === 'option' && !ours.has(token.name)
    ? [
        token.rawName,
        ...(token.value === undefined || token.inlineValue
          ? []
          : [token.value]),
      ]
    : [])
  try {
    const written = await exportDeck({
      format: String(values.format),
      output: typeof values.output === 'string'
        ? values.output
        : undefined,
      withClicks: values['with-clicks'] === true,
      slidevArgs,
    })
    console.log(`Exported ${values.format} to ${written}`)
  }
  catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
}
