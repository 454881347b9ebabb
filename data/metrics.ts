import type { Evidence } from './claims.ts'
import type { Source } from './sources.ts'
import { correctedBy, essayWord, measured, sourced } from './claims.ts'
import { essay, external } from './sources.ts'

/** One figure of the talk, exactly as the essay states it. */
export interface Metric {
  id: string
  /** As the slide shows it; the essay's own words and digits (spacing aside). */
  display: string
  /** The number behind it, for charts; for a range, its upper end. */
  value: number
  unit: string
  /** What the figure measures, in a few words: the caption under it. */
  measures: string
  /** Where the essay says it: every figure is the essay's, word for word. */
  source: Source
  /** What stands behind it beyond the essay's word: its kind in the claims ledger, and the evidence. */
  evidence: Evidence
}

const snippetsTest = 'tests/unit/snippets.spec.ts'

const pathology = 'The Benchmark Is a Controlled Pathology'
const runtime = 'What Go\'s Runtime Actually Gives You'
const stdlib = 'The Standard Library as a Security Architecture'
const operations = 'Operational Simplicity Is a Security Property'
const boring = 'The Compounding Effect of Boring Technology'
const comparison = 'An Honest Comparison'
const suspicious = 'The Benchmark Post You Should Be Suspicious Of'

export const metrics = [
  {
    id: 'zig-requests-per-vcpu',
    display: '4.8x',
    value: 4.8,
    unit: '× requests per vCPU',
    measures: 'more requests per vCPU for Zig, in the benchmark the posts quote',
    source: essay(pathology, 'The benchmark that shows Zig processing 4.8x more requests per vCPU'),
    evidence: essayWord(),
  },
  {
    id: 'typical-io-wait-share',
    display: '95%',
    value: 95,
    unit: '% of time',
    measures: 'of request time waiting on I/O, in the essay\'s example',
    source: essay(pathology, 'When your service spends 95% of its time waiting on I/O'),
    evidence: essayWord({ illustrative: true }),
  },
  {
    id: 'typical-compute-share',
    display: '5%',
    value: 5,
    unit: '% of time',
    measures: 'left for compute, in the same example',
    source: essay(pathology, 'the language runtime overhead of the remaining 5%'),
    evidence: essayWord({ illustrative: true }),
  },
  {
    id: 'llm-proxy-wait-share',
    display: '98%',
    value: 98,
    unit: '% of time',
    measures: 'of time waiting on the network, in the essay\'s LLM-proxy example',
    source: essay(suspicious, 'A service that proxies LLM provider APIs is waiting on network calls 98% of the time.'),
    evidence: essayWord({ illustrative: true }),
  },
  {
    id: 'llm-proxy-compute-share',
    display: '2%',
    value: 2,
    unit: '% of time',
    measures: 'of time computing, in the same LLM-proxy example',
    source: essay(suspicious, 'The language runtime overhead on the 2% that is compute is not your bottleneck'),
    evidence: essayWord({ illustrative: true }),
  },
  {
    id: 'goroutine-initial-stack',
    display: '2–8 KB',
    value: 8,
    unit: 'KB',
    measures: 'of stack for a new goroutine, growing on demand',
    source: essay(runtime, 'A goroutine costs approximately 2–8KB of stack at creation'),
    evidence: correctedBy('goroutine-stack-size'),
  },
  {
    id: 'goroutine-connections',
    display: 'hundreds of thousands',
    value: 100_000,
    unit: 'connections',
    measures: 'of concurrent connections from sequential-looking code',
    source: essay(runtime, 'handles hundreds of thousands of concurrent connections'),
    evidence: essayWord(),
  },
  {
    id: 'scheduler-production-years',
    display: 'over a decade',
    value: 10,
    unit: 'years',
    measures: 'in production at Google, Cloudflare and Dropbox',
    source: essay(runtime, 'in production at Google, Cloudflare, and Dropbox for over a decade'),
    evidence: essayWord(),
  },
  {
    id: 'concurrent-gc-since',
    display: 'Go 1.14',
    value: 1.14,
    unit: 'Go release',
    measures: 'the release the essay credits with a concurrent collector',
    source: essay(runtime, 'Since Go 1.14 the collector runs concurrently with user code'),
    evidence: correctedBy('concurrent-gc-release'),
  },
  {
    id: 'gc-pause-target',
    display: 'sub-millisecond',
    value: 1,
    unit: 'ms, upper bound',
    measures: 'pause times the collector targets',
    source: essay(runtime, 'targeting sub-millisecond pause times'),
    evidence: sourced(
      external('Go 1.8 release notes: pauses usually under 100 microseconds', 'https://go.dev/doc/go1.8#gc'),
      external('Go blog, Getting to Go: an objective of 500 microseconds stop-the-world pause per GC cycle', 'https://go.dev/blog/ismmkeynote'),
    ),
  },
  {
    id: 'gc-tuning-knobs',
    display: 'GOGC and GOMEMLIMIT',
    value: 2,
    unit: 'knobs',
    measures: 'the two settings that trade throughput for latency',
    source: essay(runtime, 'Two tuning knobs — GOGC and GOMEMLIMIT — give operators real control'),
    evidence: sourced(external('A Guide to the Go Garbage Collector: GOGC and the memory limit', 'https://go.dev/doc/gc-guide')),
  },
  {
    id: 'game-frame-rate',
    display: '60 fps',
    value: 60,
    unit: 'frames per second',
    measures: 'the frame rate a game engine must hold',
    source: essay(runtime, 'game engines targeting consistent 60fps frame budgets'),
    evidence: essayWord({ illustrative: true }),
  },
  {
    id: 'zero-deps-tls-server',
    display: '0',
    value: 0,
    unit: 'external dependencies',
    measures: 'external deps for a production TLS server',
    source: essay(stdlib, '0 external deps for production TLS server'),
    evidence: measured('the TLS server snippet\'s go.mod has no require line, and it builds and serves HTTP/2', snippetsTest),
  },
  {
    id: 'zero-deps-http2-client',
    display: '0',
    value: 0,
    unit: 'external dependencies',
    measures: 'external deps for an HTTP/2 client',
    source: essay(stdlib, '0 external deps for HTTP/2 client'),
    evidence: sourced(external('net/http: transparent support for HTTP/2 in the client and server', 'https://pkg.go.dev/net/http#hdr-HTTP_2')),
  },
  {
    id: 'zero-deps-aes-gcm',
    display: '0',
    value: 0,
    unit: 'external dependencies',
    measures: 'external deps for AES-GCM encryption',
    source: essay(stdlib, '0 external deps for AES-GCM encryption'),
    evidence: measured('the AES-GCM snippet\'s go.mod has no require line, and its tests pass', snippetsTest),
  },
  {
    id: 'zero-deps-sql-testing',
    display: '0',
    value: 0,
    unit: 'external dependencies',
    measures: 'external deps for a SQL interface and testing',
    source: essay(stdlib, '0 external deps for SQL interface + testing'),
    evidence: correctedBy('sql-needs-driver'),
  },
  {
    id: 'patch-to-production-go',
    display: 'three minutes',
    value: 3,
    unit: 'min',
    measures: 'to rebuild and redeploy a Go service after a patch',
    source: essay(operations, 'The team that can rebuild and redeploy in three minutes'),
    evidence: essayWord({ illustrative: true }),
  },
  {
    id: 'patch-to-production-rust',
    display: 'twenty minutes',
    value: 20,
    unit: 'min',
    measures: 'waiting for a Rust build before the patch ships',
    source: essay(operations, 'the team waiting twenty minutes for a Rust build to complete'),
    evidence: essayWord({ illustrative: true }),
  },
  {
    id: 'maintainer-joins-after',
    display: 'eighteen months',
    value: 18,
    unit: 'months',
    measures: 'after the service was written, a new engineer can still reason about it',
    source: essay(boring, 'The engineer who joins the team eighteen months after a service is written can reason about it'),
    evidence: essayWord({ illustrative: true }),
  },
  {
    id: 'go-compile-large-service',
    display: '~2 s',
    value: 2,
    unit: 's',
    measures: 'Go compile time, large service',
    source: essay(boring, '~2s Go compile time large service'),
    evidence: essayWord(),
  },
  {
    id: 'rust-compile-equivalent-service',
    display: '~20 min',
    value: 1200,
    unit: 's',
    measures: 'Rust compile time, equivalent service',
    source: essay(boring, '~20min Rust compile time equivalent service'),
    evidence: essayWord(),
  },
  {
    id: 'go-hello-world-binary',
    display: '1.5 MB',
    value: 1.5,
    unit: 'MB',
    measures: 'Go hello-world static binary',
    source: essay(boring, '1.5MB Go hello-world static binary'),
    evidence: correctedBy('hello-world-size'),
  },
  {
    id: 'zero-deps-production-tls',
    display: 'Zero',
    value: 0,
    unit: 'external dependencies',
    measures: 'external deps for production-grade TLS',
    source: essay(boring, 'Zero external deps for production-grade TLS'),
    evidence: measured('the TLS server snippet\'s go.mod has no require line', snippetsTest),
  },
  {
    id: 'go-production-track-record',
    display: '15 years',
    value: 15,
    unit: 'years',
    measures: 'Go\'s production track record, at hyperscale',
    source: essay(comparison, 'Production track record 15 years, hyperscale'),
    evidence: correctedBy('track-records'),
  },
] as const satisfies readonly Metric[]

export type MetricId = typeof metrics[number]['id']

export function metricById(id: string): Metric {
  const metric = metrics.find(candidate => candidate.id === id)
  if (!metric)
    throw new Error(`Unknown figure "${id}": add it to data/metrics.ts or fix the id on the slide.`)
  return metric
}
