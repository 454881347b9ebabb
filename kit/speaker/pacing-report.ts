// A rehearsal's timings (the presenter view's "Download timings") per section, planned against actual,
// and the budgets they suggest; `talk-kit pacing` prints it.
import type { RehearsalTimings, SectionTiming } from './pacing.ts'
import { formatClock, suggestBudgets, timingsBySection } from './pacing.ts'

/** "+1:05" or "-0:40": how far the actual time ran over the plan. */
function signedClock(seconds: number): string {
  return `${seconds < 0
    ? '-'
    : '+'}${formatClock(seconds)}`
}

/** The report `npm run pacing` prints: one line per section, the totals, and the suggested budgets. */
export function pacingReport(timings: RehearsalTimings, sectionsDefinedIn: string): string {
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
    `To use them, set each section's budgetMinutes in ${sectionsDefinedIn}.`,
  ].join('\n')
}
