// `talk-kit pacing timings.json`: a rehearsal's timings (the presenter's "Download timings") by section,
// with budgets that would have fitted it (kit/speaker/pacing-report.ts).
import type { RehearsalTimings } from '../speaker/pacing.ts'
import { readFileSync } from 'node:fs'
import process from 'node:process'
import { loadTalk } from '../config/load.ts'
import { pacingReport } from '../speaker/pacing-report.ts'
import { timingsProblems } from '../speaker/pacing.ts'

const [file] = process.argv.slice(2)
if (!file) {
  console.error('Usage: npm run pacing -- timings.json (the file "Download timings" saves in the presenter view)')
  process.exit(1)
}
let timings: unknown
try {
  timings = JSON.parse(readFileSync(file, 'utf8'))
}
catch (error) {
  console.error(`Cannot read ${file}: ${(error as Error).message}`)
  process.exit(1)
}
const problems = timingsProblems(timings)
if (problems.length > 0) {
  console.error(`${file} is not a rehearsal's timings: ${problems.join('; ')}.`)
  process.exit(1)
}
try {
  console.log(pacingReport(timings as RehearsalTimings, (await loadTalk(process.cwd())).config.sectionsDefinedIn))
}
catch (error) {
  if (!(error instanceof RangeError))
    throw error
  console.error(`${file}: ${error.message}.`)
  process.exit(1)
}
