import type { Source } from './sources.ts'
import { external } from './sources.ts'

/** Where the essay is wrong, overstated or unsourced: its claim, our correction, and where to check it. */
export interface FactCheck {
  id: string
  /** The deck's section (a title in data/sections.ts) whose slides show the check. */
  section: string
  /** Words copied from the essay: the claim being checked. */
  essayClaim: string
  verdict: 'wrong' | 'overstated' | 'unsourced' | 'needs context'
  /** Our correction, short enough for a footnote. */
  correction: string
  sources: readonly Source[]
}

export const factChecks = [
  {
    id: 'concurrent-gc-release',
    section: 'What Go\'s Runtime Actually Gives You',
    essayClaim: 'Since Go 1.14 the collector runs concurrently with user code',
    verdict: 'wrong',
    correction: 'The collector has been concurrent since Go 1.5 (2015); Go 1.8 brought typical pauses under 100 µs. Go 1.14 added asynchronous preemption of goroutines.',
    sources: [
      external('Go 1.5 release notes: concurrent garbage collector', 'https://go.dev/doc/go1.5#gc'),
      external('Go 1.8 release notes: pauses usually under 100 microseconds', 'https://go.dev/doc/go1.8#gc'),
      external('Go 1.14 release notes: goroutines are asynchronously preemptible', 'https://go.dev/doc/go1.14#runtime'),
    ],
  },
  {
    id: 'gomemlimit-release',
    section: 'What Go\'s Runtime Actually Gives You',
    essayClaim: 'Two tuning knobs — GOGC and GOMEMLIMIT',
    verdict: 'needs context',
    correction: 'GOGC is as old as the collector; GOMEMLIMIT, the soft memory limit, arrived only in Go 1.19 (2022).',
    sources: [
      external('Go 1.19 release notes: soft memory limit', 'https://go.dev/doc/go1.19#runtime'),
      external('A Guide to the Go Garbage Collector', 'https://go.dev/doc/gc-guide'),
    ],
  },
  {
    id: 'jwt-not-in-stdlib',
    section: 'The Standard Library as a Security Architecture',
    essayClaim: 'HTTP/2-capable API server with JWT authentication',
    verdict: 'overstated',
    correction: 'The standard library has no JWT package: you verify the HMAC yourself with crypto/hmac (or add a JWT module).',
    sources: [
      external('Go standard library package index', 'https://pkg.go.dev/std'),
      external('crypto/hmac', 'https://pkg.go.dev/crypto/hmac'),
    ],
  },
  {
    id: 'sql-needs-driver',
    section: 'The Standard Library as a Security Architecture',
    essayClaim: '0 external deps for SQL interface + testing',
    verdict: 'overstated',
    correction: 'database/sql is an interface: talking to a real database needs a driver, which is an external module.',
    sources: [
      external('database/sql: must be used with a database driver', 'https://pkg.go.dev/database/sql'),
      external('Go wiki: SQL database drivers', 'https://go.dev/wiki/SQLDrivers'),
    ],
  },
  {
    id: 'structured-logging-release',
    section: 'The Standard Library as a Security Architecture',
    essayClaim: 'structured logging, SQL database access',
    verdict: 'needs context',
    correction: 'Structured logging in the standard library is log/slog, added in Go 1.21 (2023).',
    sources: [
      external('Go 1.21 release notes: log/slog', 'https://go.dev/doc/go1.21#slog'),
    ],
  },
  {
    id: 'compile-times-unsourced',
    section: 'The Compounding Effect of Boring Technology',
    essayClaim: '~2s Go compile time large service',
    verdict: 'unsourced',
    correction: 'The essay gives no source or method for ~2 s vs ~20 min; both depend on code size, caching and hardware. Treat the ratio as an anecdote.',
    sources: [
      external('Go at Google: build speed as a design goal', 'https://go.dev/talks/2012/splash.article'),
    ],
  },
  {
    id: 'zig-throughput-unsourced',
    section: 'The Benchmark Is a Controlled Pathology',
    essayClaim: 'The benchmark that shows Zig processing 4.8x more requests per vCPU',
    verdict: 'unsourced',
    correction: 'The essay names no benchmark for 4.8x. We use it only as the post\'s claim, to show how little it buys an I/O-bound service.',
    sources: [
      external('Amdahl\'s law (the arithmetic behind the point)', 'https://en.wikipedia.org/wiki/Amdahl%27s_law'),
    ],
  },
  {
    id: 'static-binary-needs-cgo-off',
    section: 'Operational Simplicity Is a Security Property',
    essayClaim: 'Go produces statically linked, single binary executables.',
    verdict: 'needs context',
    correction: 'Only without cgo: a default Linux build that uses net or os/user may link libc dynamically. Build with CGO_ENABLED=0, as our Dockerfile does.',
    sources: [
      external('net package: name resolution (cgo vs pure Go resolver)', 'https://pkg.go.dev/net#hdr-Name_Resolution'),
    ],
  },
  {
    id: 'hello-world-size',
    section: 'The Compounding Effect of Boring Technology',
    essayClaim: '1.5MB Go hello-world static binary',
    verdict: 'needs context',
    correction: 'Depends on release and flags: with Go 1.19 a fmt hello-world built here is about 1.8 MB, or 1.2 MB stripped (-ldflags="-s -w").',
    sources: [
      external('Go FAQ: why is my trivial program such a large binary?', 'https://go.dev/doc/faq#Why_is_my_trivial_program_such_a_large_binary'),
    ],
  },
  {
    id: 'xz-is-not-a-package-manager-story',
    section: 'The Standard Library as a Security Architecture',
    essayClaim: 'XZ Utils. event-stream. node-ipc. Colors.js.',
    verdict: 'needs context',
    correction: 'XZ Utils was a C library shipped by Linux distributions, not a language package: a Go standard library does not protect the OS under it (a FROM scratch image does).',
    sources: [
      external('NVD: CVE-2024-3094 (XZ Utils)', 'https://nvd.nist.gov/vuln/detail/CVE-2024-3094'),
    ],
  },
] as const satisfies readonly FactCheck[]

export type FactCheckId = typeof factChecks[number]['id']

export function factCheckById(id: string): FactCheck {
  const check = factChecks.find(candidate => candidate.id === id)
  if (!check)
    throw new Error(`Unknown fact check "${id}": add it to data/fact-checks.ts or fix the id on the slide.`)
  return check
}
