// This talk's own checks of its data, which the kit's deck check runs with its own (talk.config.ts names
// them): the data's sources and evidence, and what the deck says of its own sourcing.
import type { DeckProblem, TalkCheckInput } from 'slidev-addon-talk-kit'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { tallyChecker, validateTalkData } from './validate.ts'

/**
 * What the deck says of its own sourcing, line by line in the markdown (headmatter, slides, notes) and in
 * package.json's description, must agree with the claims ledger.
 */
function sourcingClaimProblems(root: string, files: ReadonlyMap<string, readonly string[]>): DeckProblem[] {
  const check = tallyChecker()
  const packageLines = readFileSync(join(root, 'package.json'), 'utf8').split('\n')
  return [
    ...[...files].filter(([file]) => file.endsWith('.md')),
    ['package.json', packageLines] as const,
  ].flatMap(([file, lines]) => lines.flatMap((text, index) =>
    check('this line', text).map(message => ({ file, line: index + 1, message }))))
}

export function talkChecks({ root, files, deckText }: TalkCheckInput): DeckProblem[] {
  return [
    ...validateTalkData(deckText).map(message => ({ file: 'data/', line: 0, message })),
    ...sourcingClaimProblems(root, files),
  ]
}
