import type { LoadedSlidevData } from '@slidev/parser/fs'
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { load } from '@slidev/parser/fs'

/** The deck as Slidev's own parser reads it: headmatter and slides, as the build sees them. */
export function loadDeck(root: string): Promise<LoadedSlidevData> {
  return load({
    userRoot: root,
    roots: [root],
  }, join(root, 'slides.md'))
}

/** Every file a slide is written in: where a figure's id must appear for the figure to count as shown. */
export function readDeckText(root: string): string {
  const files = [
    'slides.md',
    ...readdirSync(join(root, 'pages')).map(file => join('pages', file)),
    ...readdirSync(join(root, 'components')).filter(file => file.endsWith('.vue')).map(file => join('components', file)),
  ]
  return files.map(file => readFileSync(join(root, file), 'utf8')).join('\n')
}

/** Runs this project's Slidev CLI on the Node running this script (Node 24), whatever the system Node is. */
export function runSlidev(root: string, args: string[]) {
  return spawnSync(process.execPath, [
    join(root, 'node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs'),
    ...args,
  ], { cwd: root, stdio: 'inherit' })
}
