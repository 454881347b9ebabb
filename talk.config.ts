// What the kit (slidev-addon-talk-kit, in kit/) needs to know of this talk: its sections and budgets,
// the ids its components take, its own checks, and the few files its features point at.
import type { IdKind } from 'slidev-addon-talk-kit'
import { defineTalk } from 'slidev-addon-talk-kit'
import { chartProblems } from './charts/check.ts'
import { chartDataPages } from './charts/data-pages.ts'
import { chartIds } from './charts/index.ts'
import { talkChecks } from './data/deck-checks.ts'
import { factChecks } from './data/fact-checks.ts'
import { correctionPages } from './data/ledger.ts'
import { metricById, metrics } from './data/metrics.ts'
import { referenceFacts } from './data/reference-facts.ts'
import { sections } from './data/sections.ts'
import { sourceAppendixPages } from './data/source-index.ts'

/**
 * Keyed by the TypeScript type a component declares for the prop (`defineProps<{ id: MetricId }>()`):
 * the deck check (kit/check/deck-check.ts) resolves every id a slide passes to such a prop, and names a
 * component prop typed `…Id` that is missing here, so a new kind of id cannot go unchecked.
 */
const idKinds: Readonly<Record<string, IdKind>> = {
  MetricId: {
    noun: 'figure',
    definedIn: 'data/metrics.ts',
    ids: metrics.map(metric => metric.id),
  },
  FactCheckId: {
    noun: 'fact check',
    definedIn: 'data/fact-checks.ts',
    ids: factChecks.map(check => check.id),
  },
  ChartId: {
    noun: 'chart',
    definedIn: 'charts/index.ts',
    ids: chartIds(),
  },
  ReferenceFactId: {
    noun: 'reference fact',
    definedIn: 'data/reference-facts.ts',
    ids: referenceFacts.map(fact => fact.id),
  },
}

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
    {
      component: 'ChartDataAppendix',
      what: 'the chart data appendix',
      heading: 'Chart data',
      definedIn: 'charts/data-pages.ts',
      pageCount: () => chartDataPages().length,
    },
  ],
  check: input => [
    ...talkChecks(input),
    ...chartProblems(input.files),
  ],
  appendix: { page: 'sources-appendix.md', title: 'Sources' },
  firstSlideFonts: ['styles/fonts/inter-core-400.woff2', 'styles/fonts/inter-core-800.woff2'],
  readerCharts: 'charts/reader-charts.ts',
  plainText: {
    FigureValue: ({ id }) => metricById(id as Parameters<typeof metricById>[0]).display,
  },
})
