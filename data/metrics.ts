import type { Source } from './sources.ts'
import { essay } from './sources.ts'

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
  source: Source
  /** True where the essay gives the figure with no source of its own: the notes must say so. */
  unsourcedInEssay?: boolean
}

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
    unsourcedInEssay: true,
  },
  {
    id: 'typical-io-wait-share',
    display: '95%',
    value: 95,
    unit: '% of time',
    measures: 'of a typical service\'s time spent waiting on I/O',
    source: essay(pathology, 'When your service spends 95% of its time waiting on I/O'),
  },
  {
    id: 'typical-compute-share',
    display: '5%',
    value: 5,
    unit: '% of time',
    measures: 'left for compute, where runtime overhead lives',
    source: essay(pathology, 'the language runtime overhead of the remaining 5%'),
  },
  {
    id: 'llm-proxy-wait-share',
    display: '98%',
    value: 98,
    unit: '% of time',
    measures: 'of an LLM-proxy service\'s time spent waiting on the network',
    source: essay(suspicious, 'A service that proxies LLM provider APIs is waiting on network calls 98% of the time.'),
  },
  {
    id: 'llm-proxy-compute-share',
    display: '2%',
    value: 2,
    unit: '% of time',
    measures: 'of an LLM-proxy service\'s time spent computing',
    source: essay(suspicious, 'The language runtime overhead on the 2% that is compute is not your bottleneck'),
  },
  {
    id: 'goroutine-initial-stack',
    display: '2–8 KB',
    value: 8,
    unit: 'KB',
    measures: 'of stack for a new goroutine, growing on demand',
    source: essay(runtime, 'A goroutine costs approximately 2–8KB of stack at creation'),
  },
  {
    id: 'goroutine-connections',
    display: 'hundreds of thousands',
    value: 100_000,
    unit: 'connections',
    measures: 'of concurrent connections from sequential-looking code',
    source: essay(runtime, 'handles hundreds of thousands of concurrent connections'),
  },
  {
    id: 'scheduler-production-years',
    display: 'over a decade',
    value: 10,
    unit: 'years',
    measures: 'in production at Google, Cloudflare and Dropbox',
    source: essay(runtime, 'in production at Google, Cloudflare, and Dropbox for over a decade'),
  },
  {
    id: 'concurrent-gc-since',
    display: 'Go 1.14',
    value: 1.14,
    unit: 'Go release',
    measures: 'the release the essay credits with a concurrent collector',
    source: essay(runtime, 'Since Go 1.14 the collector runs concurrently with user code'),
  },
  {
    id: 'gc-pause-target',
    display: 'sub-millisecond',
    value: 1,
    unit: 'ms, upper bound',
    measures: 'pause times the collector targets',
    source: essay(runtime, 'targeting sub-millisecond pause times'),
  },
  {
    id: 'gc-tuning-knobs',
    display: 'GOGC and GOMEMLIMIT',
    value: 2,
    unit: 'knobs',
    measures: 'the two settings that trade throughput for latency',
    source: essay(runtime, 'Two tuning knobs — GOGC and GOMEMLIMIT — give operators real control'),
  },
  {
    id: 'game-frame-rate',
    display: '60 fps',
    value: 60,
    unit: 'frames per second',
    measures: 'the frame rate a game engine must hold',
    source: essay(runtime, 'game engines targeting consistent 60fps frame budgets'),
  },
  {
    id: 'zero-deps-tls-server',
    display: '0',
    value: 0,
    unit: 'external dependencies',
    measures: 'external deps for a production TLS server',
    source: essay(stdlib, '0 external deps for production TLS server'),
  },
  {
    id: 'zero-deps-http2-client',
    display: '0',
    value: 0,
    unit: 'external dependencies',
    measures: 'external deps for an HTTP/2 client',
    source: essay(stdlib, '0 external deps for HTTP/2 client'),
  },
  {
    id: 'zero-deps-aes-gcm',
    display: '0',
    value: 0,
    unit: 'external dependencies',
    measures: 'external deps for AES-GCM encryption',
    source: essay(stdlib, '0 external deps for AES-GCM encryption'),
  },
  {
    id: 'zero-deps-sql-testing',
    display: '0',
    value: 0,
    unit: 'external dependencies',
    measures: 'external deps for a SQL interface and testing',
    source: essay(stdlib, '0 external deps for SQL interface + testing'),
  },
  {
    id: 'patch-to-production-go',
    display: 'three minutes',
    value: 3,
    unit: 'min',
    measures: 'to rebuild and redeploy a Go service after a patch',
    source: essay(operations, 'The team that can rebuild and redeploy in three minutes'),
  },
  {
    id: 'patch-to-production-rust',
    display: 'twenty minutes',
    value: 20,
    unit: 'min',
    measures: 'waiting for a Rust build before the patch ships',
    source: essay(operations, 'the team waiting twenty minutes for a Rust build to complete'),
  },
  {
    id: 'maintainer-joins-after',
    display: 'eighteen months',
    value: 18,
    unit: 'months',
    measures: 'after the service was written, a new engineer can still reason about it',
    source: essay(boring, 'The engineer who joins the team eighteen months after a service is written can reason about it'),
  },
  {
    id: 'go-compile-large-service',
    display: '~2 s',
    value: 2,
    unit: 's',
    measures: 'Go compile time, large service',
    source: essay(boring, '~2s Go compile time large service'),
    unsourcedInEssay: true,
  },
  {
    id: 'rust-compile-equivalent-service',
    display: '~20 min',
    value: 1200,
    unit: 's',
    measures: 'Rust compile time, equivalent service',
    source: essay(boring, '~20min Rust compile time equivalent service'),
    unsourcedInEssay: true,
  },
  {
    id: 'go-hello-world-binary',
    display: '1.5 MB',
    value: 1.5,
    unit: 'MB',
    measures: 'Go hello-world static binary',
    source: essay(boring, '1.5MB Go hello-world static binary'),
  },
  {
    id: 'zero-deps-production-tls',
    display: 'Zero',
    value: 0,
    unit: 'external dependencies',
    measures: 'external deps for production-grade TLS',
    source: essay(boring, 'Zero external deps for production-grade TLS'),
  },
  {
    id: 'go-production-track-record',
    display: '15 years',
    value: 15,
    unit: 'years',
    measures: 'Go\'s production track record, at hyperscale',
    source: essay(comparison, 'Production track record 15 years, hyperscale'),
  },
] as const satisfies readonly Metric[]

export type MetricId = typeof metrics[number]['id']

export function metricById(id: string): Metric {
  const metric = metrics.find(candidate => candidate.id === id)
  if (!metric)
    throw new Error(`Unknown figure "${id}": add it to data/metrics.ts or fix the id on the slide.`)
  return metric
}
