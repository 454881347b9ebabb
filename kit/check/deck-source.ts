import type { LoadedSlidevData } from '@slidev/parser/fs'
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { resolveConfig } from '@slidev/parser'
import { load } from '@slidev/parser/fs'
import { slidevSlideHeight } from '../slidev/internals.ts'

/** The deck as Slidev's own parser reads it: headmatter and slides, as the build sees them. */
export function loadDeck(root: string): Promise<LoadedSlidevData> {
  return load({
    userRoot: root,
    roots: [root],
  }, join(root, 'slides.md'))
}

/** One slide's size in CSS pixels, as Slidev sizes it from the headmatter: one page of the PDF. */
export function slideSize(headmatter: Record<string, unknown>): { width: number, height: number } {
  const { canvasWidth, aspectRatio } = resolveConfig(headmatter)
  return {
    width: canvasWidth,
    height: slidevSlideHeight(canvasWidth, aspectRatio),
  }
}

/** Every file a slide is written in: where a figure's id must appear for the figure to count as shown. */
export function readDeckText(root: string): string {
  const filesIn = (dir: string, keep: (file: string) => boolean) => existsSync(join(root, dir))
    ? readdirSync(join(root, dir)).filter(keep).map(file => join(dir, file))
    : []
  const files = [
    'slides.md',
    ...filesIn('pages', file => file.endsWith('.md')),
    ...filesIn('components', file => file.endsWith('.vue')),
  ]
  return files.map(file => readFileSync(join(root, file), 'utf8')).join('\n')
}

/** Slidev's command-line entry, as installed for the kit (in the talk's node_modules or one above it). */
export function slidevBin(): string {
  let dir = dirname(fileURLToPath(import.meta.resolve('@slidev/cli')))
  while (!existsSync(join(dir, 'bin', 'slidev.mjs')) && dirname(dir) !== dir)
    dir = dirname(dir)
  return join(dir, 'bin', 'slidev.mjs')
}

/** Runs Slidev's CLI on the Node running this script (Node 24 under npm), whatever the system Node is. */
export function runSlidev(root: string, args: string[]) {
  return spawnSync(process.execPath, [
    slidevBin(),
    ...args,
  ], { cwd: root, stdio: 'inherit' })
}
