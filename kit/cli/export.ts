// `talk-kit export [--format pdf|png|pptx|pptx-editable|md|notes] [--with-clicks] [--output path]`: the deck
// checked, then exported (kit/pdf/export.ts); any other option goes to Slidev's exporter.
import process from 'node:process'
import { parseArgs } from 'node:util'
import { checkDeck } from '../check/deck-check.ts'
import { formatProblems } from '../check/problems.ts'
import { exportDeck } from '../pdf/export.ts'

const { values, tokens } = parseArgs({
  options: {
    'output': { type: 'string' },
    'format': { type: 'string', default: 'pdf' },
    'with-clicks': { type: 'boolean', default: false },
  },
  strict: false,
  tokens: true,
})
const ours = new Set(['output', 'format', 'with-clicks'])
const slidevArgs = tokens.flatMap(token => token.kind === 'option' && !ours.has(token.name)
  ? [
      token.rawName,
      ...(token.value === undefined || token.inlineValue
        ? []
        : [token.value]),
    ]
  : [])
try {
  const problems = await checkDeck(process.cwd())
  if (problems.length > 0)
    throw new Error(`${formatProblems(problems)}\nNothing was exported.`)
  const written = await exportDeck({
    format: String(values.format),
    output: typeof values.output === 'string'
      ? values.output
      : undefined,
    withClicks: values['with-clicks'] === true,
    slidevArgs,
  })
  console.log(`Exported ${values.format} to ${written}`)
}
catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
