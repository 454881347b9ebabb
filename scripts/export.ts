// `npm run export [-- --format png|pptx|… --with-clicks --output path]`: Slidev's own exporter,
// with a Chromium that exists on this machine, writing to a temporary name and renaming only on success.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { load } from '@slidev/parser/fs'
import { findChromiumOrExit } from './chromium.ts'

const extensionByFormat: Record<string, string> = {
  'pdf': '.pdf',
  'pptx': '.pptx',
  'pptx-editable': '.pptx',
  'md': '.md',
  'png': '',
}

const { values, tokens } = parseArgs({
  options: {
    output: { type: 'string' },
    format: { type: 'string', default: 'pdf' },
  },
  strict: false,
  tokens: true,
})
const format = String(values.format)
const extension = extensionByFormat[format]
if (extension === undefined) {
  console.error(`Unknown export format "${format}". Use one of: ${Object.keys(extensionByFormat).join(', ')}.`)
  process.exit(1)
}

const root = process.cwd()
const deck = await load({
  userRoot: root,
  roots: [root],
}, join(root, 'slides.md'))
const exportName = String(deck.headmatter.exportFilename ?? 'slides')
const requested = typeof values.output === 'string'
  ? values.output
  : join('exports', exportName)
const output = extname(requested) === extension
  ? requested
  : `${requested}${extension}`
const partial = join(dirname(output), `.partial-${process.pid}-${basename(output)}`)

const passThrough = tokens
  .filter(token => token.kind === 'option' && token.name !== 'output')
  .flatMap(token => token.kind === 'option'
    ? [
        token.rawName,
        ...(token.value === undefined || token.inlineValue
          ? []
          : [token.value]),
      ]
    : [])

mkdirSync(dirname(output), { recursive: true })
const slidevCli = join(root, 'node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs')
const result = spawnSync(process.execPath, [
  slidevCli,
  'export',
  ...(passThrough.includes('--format')
    ? []
    : ['--format', format]),
  ...passThrough,
  '--executable-path',
  findChromiumOrExit(),
  '--output',
  partial,
], { stdio: 'inherit' })

// Slidev adds the extension itself when the name lacks it.
const written = [partial, `${partial}${extension}`].find(path => existsSync(path))
if (result.status !== 0 || !written) {
  if (written)
    rmSync(written, { recursive: true, force: true })
  console.error(`Export failed (slidev export exited with ${result.status ?? result.signal}); ${output} was left as it was.`)
  process.exit(1)
}
rmSync(output, { recursive: true, force: true })
renameSync(written, output)
console.log(`Exported ${format} to ${output}`)
