/** The essay's sections, in the essay's order: each one becomes a section divider in the deck. */
export interface EssaySection {
  /** The `pages/` file that holds the section's slides. */
  page: string
  /** The title shown on the section's divider slide. */
  title: string
  /** The heading line as it stands in the essay; null for the untitled opening. */
  essayHeading: string | null
}

export const sections: readonly EssaySection[] = [
  { page: '01-opening.md', title: 'The LinkedIn Rewrite Post', essayHeading: null },
  { page: '02-benchmark-pathology.md', title: 'The Benchmark Is a Controlled Pathology', essayHeading: 'The Benchmark Is a Controlled Pathology' },
  { page: '03-runtime.md', title: 'What Go\'s Runtime Actually Gives You', essayHeading: 'What Go\'s Runtime Actually Gives You' },
  { page: '04-standard-library.md', title: 'The Standard Library as a Security Architecture', essayHeading: 'The Standard Library as a Security Architecture' },
  { page: '05-memory-safety.md', title: 'Memory Safety Without the Complexity Tax', essayHeading: 'Memory Safety Without the Complexity Tax' },
  { page: '06-operational-simplicity.md', title: 'Operational Simplicity Is a Security Property', essayHeading: 'Operational Simplicity Is a Security Property' },
  { page: '07-boring-technology.md', title: 'The Compounding Effect of Boring Technology', essayHeading: 'The Compounding Effect of Boring Technology' },
  { page: '08-honest-comparison.md', title: 'An Honest Comparison', essayHeading: 'An Honest Comparison' },
  { page: '09-suspicious-posts.md', title: 'The Benchmark Post You Should Be Suspicious Of', essayHeading: 'The Benchmark Post You Should Be Suspicious Of' },
  { page: '10-right-question.md', title: 'The Right Question', essayHeading: 'The right question' },
]
