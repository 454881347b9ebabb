// How every entry point prints what the deck check (kit/check/deck-check.ts) reports.
import type { DeckProblem } from '../config/talk.ts'

export function formatProblem({ file, line, slide, message }: DeckProblem): string {
  return `${file}${line > 0
    ? `:${line}`
    : ''}${slide
    ? ` (slide ${slide})`
    : ''}: ${message}`
}

export function formatProblems(problems: DeckProblem[]): string {
  return `The deck has ${problems.length} mistake${problems.length === 1
    ? ''
    : 's'}:\n${problems.map(problem => `  - ${formatProblem(problem)}`).join('\n')}`
}
