import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Every file a slide is written in: where a figure's id must appear for the figure to count as shown. */
export function readDeckText(root: string): string {
  const files = [
    'slides.md',
    ...readdirSync(join(root, 'pages')).map(file => join('pages', file)),
    ...readdirSync(join(root, 'components')).filter(file => file.endsWith('.vue')).map(file => join('components', file)),
  ]
  return files.map(file => readFileSync(join(root, file), 'utf8')).join('\n')
}
