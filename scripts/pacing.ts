// `npm run pacing -- timings.json`: a rehearsal's timings (the presenter view's "Download timings") per
// section, planned against actual, and the budgets they suggest for data/sections.ts.
import type { RehearsalTimings, SectionTiming } from '../data/pacing.ts'
import { readFileSync } from 'node:fs'
import process from 'node:process'
import { formatClock, suggestBudgets, timingsBySection, timingsProblems } from '../data/pacing.ts'

/** "+1:05" or "-0:40": how far the actual time ran over the plan. */
function signedClock(seconds: number): string {
  return `${seconds < 0
    ? '-'
    : '+'}${formatClock(seconds)}`
}

/** The report `npm run pacing` prints: one line per section, the totals, and the suggested budgets. */
export function pacingReport(timings: RehearsalTimings): string {
  const bySection = timingsBySection(timings)
  const durationMinutes = Math.round(timings.durationSeconds / 60)
  const suggested = suggestBudgets(bySection.map(section => section.actualSeconds), durationMinutes)
  const total = (key: keyof Omit<SectionTiming, 'section'>) => bySection.reduce((sum, section) => sum + section[key], 0)
  const titleWidth = Math.max(...bySection.map(section => section.section.length), 'section'.length)
  const row = (cells: string[]) => [
    cells[0]!.padEnd(titleWidth),
    ...cells.slice(1).map(cell => cell.padStart(10)),
  ].join('  ').trimEnd()
  return [
    `Rehearsal of "${timings.talk}", ${timings.slides.length} slides`,
    '',
    row([
      'section',
      'planned',
      'actual',
      'over',
      'suggested',
    ]),
    ...bySection.map((section, index) => row([
      section.section,
      formatClock(section.plannedSeconds),
      formatClock(section.actualSeconds),
      signedClock(section.actualSeconds - section.plannedSeconds),
      `${suggested[index]} min`,
    ])),
    row([
      'total',
      formatClock(total('plannedSeconds')),
      formatClock(total('actualSeconds')),
      signedClock(total('actualSeconds') - total('plannedSeconds')),
      `${durationMinutes} min`,
    ]),
    '',
    `The suggested budgets share the ${durationMinutes}-minute talk in the proportions of this rehearsal.`,
    'To use them, set each section\'s budgetMinutes in data/sections.ts.',
  ].join('\n')
}

if (import.meta.main) {
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
    console.log(pacingReport(timings as RehearsalTimings))
  }
  catch (error) {
    if (!(error instanceof RangeError))
      throw error
    console.error(`${file}: ${error.message}.`)
    process.exit(1)
  }
}
