import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'

/** The essay the talk is made from lives beside the project, in ../shared/essay.txt. */
export function readEssay(): string {
  const path = join(process.cwd(), '..', 'shared', 'essay.txt')
  if (!existsSync(path))
    throw new Error(`The essay is missing at ${path}: the checks that compare the deck with the essay need ../shared/essay.txt beside the project folder.`)
  return readFileSync(path, 'utf8')
}
