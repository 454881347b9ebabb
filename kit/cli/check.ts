// `talk-kit check [--json]`: the deck check alone (kit/check/deck-check.ts), as the build and the dev server run it.
import process from 'node:process'
import { parseArgs } from 'node:util'
import { checkDeck } from '../check/deck-check.ts'
import { formatProblems } from '../check/problems.ts'

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
  },
})
const problems = await checkDeck(process.cwd())
if (values.json)
  console.log(JSON.stringify(problems))
else if (problems.length > 0)
  console.error(formatProblems(problems))
else
  console.log('The deck check found no mistakes.')
process.exitCode = problems.length > 0
  ? 1
  : 0
