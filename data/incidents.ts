import type { Source } from './sources.ts'
import { essay, external } from './sources.ts'

/** A supply-chain compromise the essay names, with what happened (our summary) and a reference. */
export interface SupplyChainIncident {
  name: string
  year: number
  ecosystem: string
  /** How trust was abused, in a few words: what the room reads on the slide. */
  how: string
  whatHappened: string
  source: Source
}

/** The essay lists the four by name only; the years and summaries are ours, from the references. */
export const incidentsInEssay = essay('The Standard Library as a Security Architecture', 'XZ Utils. event-stream. node-ipc. Colors.js.')

export const incidents: readonly SupplyChainIncident[] = [
  {
    name: 'event-stream',
    year: 2018,
    ecosystem: 'npm',
    how: 'A maintainer handover',
    whatHappened: 'A new maintainer, handed the package, added a dependency that stole from Copay bitcoin wallets.',
    source: external('npm blog: Details about the event-stream incident', 'https://blog.npmjs.org/post/180565383195/details-about-the-event-stream-incident'),
  },
  {
    name: 'Colors.js',
    year: 2022,
    ecosystem: 'npm',
    how: 'Sabotaged by its own maintainer',
    whatHappened: 'Its own maintainer published a release that loops forever printing garbage, breaking thousands of apps.',
    source: external('Snyk: open source maintainer pulls the plug on npm packages colors and faker', 'https://snyk.io/blog/open-source-npm-packages-colors-faker/'),
  },
  {
    name: 'node-ipc',
    year: 2022,
    ecosystem: 'npm',
    how: 'Turned on its users by its maintainer',
    whatHappened: 'Releases 10.1.1 and 10.1.2 carried code that overwrote files on machines with Russian or Belarusian IP addresses.',
    source: external('NVD: CVE-2022-23812 (node-ipc)', 'https://nvd.nist.gov/vuln/detail/CVE-2022-23812'),
  },
  {
    name: 'XZ Utils',
    year: 2024,
    ecosystem: 'C library in Linux distributions',
    how: 'A patient attacker, two years in',
    whatHappened: 'A contributor who became co-maintainer over two years hid a backdoor for sshd in liblzma.',
    source: external('Russ Cox: Timeline of the xz open source attack', 'https://research.swtch.com/xz-timeline'),
  },
]
