// What the kit (slidev-addon-talk-kit, in kit/) needs to know of this talk: its sections and budgets,
// the ids its components take, its own checks, and the few files its features point at.
import { defineTalk } from 'slidev-addon-talk-kit'
import { talkChecks } from './data/deck-checks.ts'
import { idKinds } from './data/id-kinds.ts'
import { correctionPages } from './data/ledger.ts'
import { metricById } from './data/metrics.ts'
import { sections } from './data/sections.ts'
import { sourceAppendixPages } from './data/source-index.ts'

export default defineTalk({
  sections,
  sectionsDefinedIn: 'data/sections.ts',
  idKinds,
  dataDirs: ['data'],
  pagedLists: [
    {
      component: 'SourcesAppendix',
      what: 'the sources appendix',
      heading: 'Sources',
      definedIn: 'data/source-index.ts',
      pageCount: () => sourceAppendixPages().length,
    },
    {
      component: 'CorrectionsList',
      what: '"What we corrected"',
      heading: 'What we corrected',
      definedIn: 'data/ledger.ts',
      pageCount: () => correctionPages().length,
    },
  ],
  check: talkChecks,
  appendix: { page: 'sources-appendix.md', title: 'Sources' },
  firstSlideFonts: ['styles/fonts/inter-core-400.woff2', 'styles/fonts/inter-core-800.woff2'],
  readerCharts: 'components/charts/reader-charts.ts',
  plainText: {
    FigureValue: ({ id }) => metricById(id as Parameters<typeof metricById>[0]).display,
  },
})
