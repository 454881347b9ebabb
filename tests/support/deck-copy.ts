// A throwaway copy of the deck, for tests that make an author's mistake on purpose: every file git
// would commit, with each installed package linked rather than copied. node_modules itself is the copy's
// own, so Vite's dependency cache (node_modules/.vite) is too: two dev servers never share one.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import process from 'node:process'

export interface DeckCopy {
  root: string
  read: (file: string) => string
  write: (file: string, text: string) => void
  /** Replaces the first occurrence of `from`, failing loudly when the deck no longer has it. */
  edit: (file: string, from: string, to: string) => void
  /** 1-based line of the first line of `file` that contains `text`. */
  lineOf: (file: string, text: string) => number
}

/** A copy of the deck, or of another talk in the project (`from`, as `examples/second-talk`), with the project's packages. */
export function copyDeck(from = '.'): DeckCopy {
  const project = process.cwd()
  const source = join(project, from)
  const root = mkdtempSync(join(tmpdir(), 'deck-copy-'))
  const files = execFileSync('git', [
    'ls-files',
    '-z',
    '--cached',
    '--others',
    '--exclude-standard',
    '.',
  ], { cwd: source, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean)
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true })
    cpSync(join(source, file), join(root, file))
  }
  mkdirSync(join(root, 'node_modules'))
  for (const entry of readdirSync(join(project, 'node_modules')).filter(name => name !== '.vite')) {
    // A workspace package (the kit) links to the copy's own folder when the copy has it, so an edit there counts.
    const target = realpathSync(join(project, 'node_modules', entry))
    const within = relative(source, target)
    const inCopy = join(root, within)
    symlinkSync(!within.startsWith('..') && !within.startsWith('node_modules') && existsSync(inCopy)
      ? inCopy
      : join(project, 'node_modules', entry), join(root, 'node_modules', entry))
  }
  const read = (file: string) => readFileSync(join(root, file), 'utf8')
  const write = (file: string, text: string) => writeFileSync(join(root, file), text)
  return {
    root,
    read,
    write,
    edit(file, from, to) {
      const text = read(file)
      if (!text.includes(from))
        throw new Error(`${file} no longer contains ${JSON.stringify(from)}: update the mistake this test makes.`)
      write(file, text.replace(from, to))
    },
    lineOf(file, text) {
      const index = read(file).split('\n').findIndex(line => line.includes(text))
      if (index < 0)
        throw new Error(`${file} has no line with ${JSON.stringify(text)}`)
      return index + 1
    },
  }
}
