import type { ClaimKind } from './claims.ts'
import type { Source } from './sources.ts'
import { essay, external } from './sources.ts'

/** A fact the talk adds to the essay's figures, for scale in a chart; each with an outside source. */
export interface ReferenceFact {
  id: string
  value: number
  unit: string
  label: string
  /** The deck's section (a title in data/sections.ts) whose chart shows the fact. */
  section: string
  source: Source
  /** Its kind in the claims ledger: 'sourced' needs an outside source, 'essay' the essay's words. */
  kind: ClaimKind
  /** True where the number is our illustration of a range the source gives only in words. */
  illustrative?: boolean
}

export const referenceFacts = [
  {
    id: 'linux-thread-stack-reservation',
    value: 8,
    unit: 'MB',
    label: 'default stack reserved per Linux thread (RLIMIT_STACK 8 MB, virtual, not resident)',
    section: 'What Go\'s Runtime Actually Gives You',
    kind: 'sourced',
    source: external('pthread_create(3): default thread stack size comes from RLIMIT_STACK (8 MB in its example)', 'https://man7.org/linux/man-pages/man3/pthread_create.3.html'),
  },
  {
    id: 'goroutine-minimum-stack',
    value: 2,
    unit: 'KB',
    label: 'the smallest stack a new goroutine starts with (stackMin = 2048 bytes), the lower end of the essay\'s 2–8 KB',
    section: 'What Go\'s Runtime Actually Gives You',
    kind: 'sourced',
    source: external('Go runtime source, runtime/stack.go: stackMin = 2048', 'https://github.com/golang/go/blob/master/src/runtime/stack.go'),
  },
  {
    id: 'go-gc-typical-pause-since-1-8',
    value: 100,
    unit: 'µs',
    label: 'Go GC pause since Go 1.8: usually under 100 µs, often as low as 10 µs',
    section: 'What Go\'s Runtime Actually Gives You',
    kind: 'sourced',
    source: external('Go 1.8 release notes: pauses usually under 100 microseconds', 'https://go.dev/doc/go1.8#gc'),
  },
  {
    id: 'trading-latency-budget',
    value: 10,
    unit: 'µs',
    label: 'a microsecond-class trading latency budget (illustrative)',
    section: 'What Go\'s Runtime Actually Gives You',
    kind: 'essay',
    source: essay('What Go\'s Runtime Actually Gives You', 'high-frequency trading systems with microsecond latency requirements'),
    illustrative: true,
  },
] as const satisfies readonly ReferenceFact[]

export type ReferenceFactId = typeof referenceFacts[number]['id']

export function referenceFactById(id: ReferenceFactId): ReferenceFact {
  return referenceFacts.find(fact => fact.id === id)!
}
