import { chartIds } from './charts/index.ts'
import { factChecks } from './fact-checks.ts'
import { metrics } from './metrics.ts'
import { referenceFacts } from './reference-facts.ts'

/** A kind of id a slide passes to a component: what it names, where it is defined, and every valid one. */
export interface IdKind {
  noun: string
  definedIn: string
  ids: readonly string[]
}

/**
 * Keyed by the TypeScript type a component declares for the prop (`defineProps<{ id: MetricId }>()`):
 * the deck check (kit/check/deck-check.ts) resolves every id a slide passes to such a prop, and names a
 * component prop typed `…Id` that is missing here, so a new kind of id cannot go unchecked.
 */
export const idKinds: Readonly<Record<string, IdKind>> = {
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
    definedIn: 'data/charts/index.ts',
    ids: chartIds(),
  },
  ReferenceFactId: {
    noun: 'reference fact',
    definedIn: 'data/reference-facts.ts',
    ids: referenceFacts.map(fact => fact.id),
  },
}
