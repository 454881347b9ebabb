/** The essay's sections, in the essay's order: each one becomes a section divider in the deck. */
export interface EssaySection {
  /** The `pages/` file that holds the section's slides. */
  page: string
  /** The title shown on the section's divider slide. */
  title: string
  /** The heading line as it stands in the essay; null for the untitled opening. */
  essayHeading: string | null
  /** Minutes of the talk this section may take; all budgets add up to the headmatter `duration` (checked). */
  budgetMinutes: number
}

// The budgets: each section's notes read at about 130 words a minute (some 3,500 words, 27 minutes), a
// minute more for each of the two things the room reads rather than hears (the comparison table, the
// four questions), then scaled to the 30-minute slot and rounded so they add up to it. The title slide
// counts with the opening, the closing slide with the last section. A rehearsal's `npm run pacing`
// suggests better ones.
export const sections: readonly EssaySection[] = [
  {
    page: '01-opening.md',
    title: 'The LinkedIn Rewrite Post',
    essayHeading: null,
    budgetMinutes: 2,
  },
  {
    page: '02-benchmark-pathology.md',
    title: 'The Benchmark Is a Controlled Pathology',
    essayHeading: 'The Benchmark Is a Controlled Pathology',
    budgetMinutes: 3,
  },
  {
    page: '03-runtime.md',
    title: 'What Go\'s Runtime Actually Gives You',
    essayHeading: 'What Go\'s Runtime Actually Gives You',
    budgetMinutes: 4,
  },
  {
    page: '04-standard-library.md',
    title: 'The Standard Library as a Security Architecture',
    essayHeading: 'The Standard Library as a Security Architecture',
    budgetMinutes: 7,
  },
  {
    page: '05-memory-safety.md',
    title: 'Memory Safety Without the Complexity Tax',
    essayHeading: 'Memory Safety Without the Complexity Tax',
    budgetMinutes: 2,
  },
  {
    page: '06-operational-simplicity.md',
    title: 'Operational Simplicity Is a Security Property',
    essayHeading: 'Operational Simplicity Is a Security Property',
    budgetMinutes: 2,
  },
  {
    page: '07-boring-technology.md',
    title: 'The Compounding Effect of Boring Technology',
    essayHeading: 'The Compounding Effect of Boring Technology',
    budgetMinutes: 2,
  },
  {
    page: '08-honest-comparison.md',
    title: 'An Honest Comparison',
    essayHeading: 'An Honest Comparison',
    budgetMinutes: 4,
  },
  {
    page: '09-suspicious-posts.md',
    title: 'The Benchmark Post You Should Be Suspicious Of',
    essayHeading: 'The Benchmark Post You Should Be Suspicious Of',
    budgetMinutes: 2,
  },
  {
    page: '10-right-question.md',
    title: 'The Right Question',
    essayHeading: 'The right question',
    budgetMinutes: 2,
  },
]
