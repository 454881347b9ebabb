// What the deck check (kit/check/deck-check.ts) reports, and how every entry point prints it.

export interface DeckProblem {
  /** Relative to the deck's root. */
  file: string
  /** 1-based; 0 where the problem has no single line. */
  line: number
  /** The slide the line belongs to, where it is in a slide's markdown. */
  slide?: number
  message: string
}

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
