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
  /** The verdict at room size: a dozen words at most. */
  short: string
  sources: readonly Source[]
}

export const factChecks = [
  {
    id: 'concurrent-gc-release',
    section: 'What Go\'s Runtime Actually Gives You',
    essayClaim: 'Since Go 1.14 the collector runs concurrently with user code',
    verdict: 'wrong',
    correction: 'The collector has been concurrent since Go 1.5 (2015); Go 1.8 brought typical pauses under 100 µs. Go 1.14 added asynchronous preemption of goroutines.',
    short: 'Essay: Go 1.14. In fact: concurrent since Go 1.5, 2015.',
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
    short: 'GOMEMLIMIT is recent: Go 1.19, 2022.',
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
    short: 'No JWT package in the standard library: verify with crypto/hmac.',
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
    short: 'database/sql needs an external driver for a real database.',
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
    short: 'Structured logging, log/slog, arrived in Go 1.21, 2023.',
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
    short: 'No code base, hardware or method given: an anecdote.',
    sources: [
      external('Go at Google: Language Design in the Service of Software Engineering (build times as a design driver)', 'https://go.dev/talks/2012/splash.article'),
    ],
  },
  {
    id: 'zig-throughput-unsourced',
    section: 'The Benchmark Is a Controlled Pathology',
    essayClaim: 'The benchmark that shows Zig processing 4.8x more requests per vCPU',
    verdict: 'unsourced',
    correction: 'The essay names no benchmark for 4.8x. We use it only as the post\'s claim, to show how little it buys an I/O-bound service.',
    short: 'No benchmark named: the posts\' claim, not a measurement.',
    sources: [
      external('Amdahl\'s law (the arithmetic behind the point)', 'https://en.wikipedia.org/wiki/Amdahl%27s_law'),
    ],
  },
  {
    id: 'static-binary-needs-cgo-off',
    section: 'Operational Simplicity Is a Security Property',
    essayClaim: 'Go produces statically linked, single binary executables.',
    verdict: 'needs context',
    correction: 'Only with cgo off: on a machine with a C compiler, a Linux build that imports net or os/user links libc dynamically (measured here on our TLS snippet). Build with CGO_ENABLED=0, as our Dockerfile does.',
    short: 'Static only with cgo off: CGO_ENABLED=0.',
    sources: [
      external('net package: name resolution (cgo vs pure Go resolver)', 'https://pkg.go.dev/net#hdr-Name_Resolution'),
      external('os/user package: cgo-based (libc-backed) code is used when cgo is available', 'https://pkg.go.dev/os/user'),
    ],
  },
  {
    id: 'hello-world-size',
    section: 'The Compounding Effect of Boring Technology',
    essayClaim: '1.5MB Go hello-world static binary',
    verdict: 'needs context',
    correction: 'Depends on release and flags: with Go 1.19 a fmt hello-world built here is about 1.8 MB, or 1.2 MB stripped (-ldflags="-s -w").',
    short: 'Measured here with Go 1.19: 1.8 MB, 1.2 MB stripped.',
    sources: [
      external('Go FAQ: why is my trivial program such a large binary?', 'https://go.dev/doc/faq#Why_is_my_trivial_program_such_a_large_binary'),
    ],
  },
  {
    id: 'xz-is-not-a-package-manager-story',
    section: 'The Standard Library as a Security Architecture',
    essayClaim: 'XZ Utils. event-stream. node-ipc. Colors.js.',
    verdict: 'needs context',
    correction: 'XZ Utils was a C library shipped by Linux distributions, not a language package: a Go standard library does not protect the OS under it. A FROM scratch image keeps liblzma out of your container, but the backdoor targeted the host\'s sshd, so patching the host stays your job.',
    short: 'XZ was a C library in Linux distributions, not a language package.',
    sources: [
      external('NVD: CVE-2024-3094 (XZ Utils)', 'https://nvd.nist.gov/vuln/detail/CVE-2024-3094'),
      external('Russ Cox: Timeline of the xz open source attack (a backdoor for sshd)', 'https://research.swtch.com/xz-timeline'),
    ],
  },
  {
    id: 'patch-times-unlike',
    section: 'Operational Simplicity Is a Security Property',
    essayClaim: 'The team that can rebuild and redeploy in three minutes responds faster than the team waiting twenty minutes for a Rust build to complete.',
    verdict: 'overstated',
    correction: 'The figures time different steps: Go\'s three minutes is rebuild and redeploy, Rust\'s twenty the build alone, and neither has a source. Studies of patch delays point first at coordination and deployment.',
    short: 'Unlike steps: Go rebuilds and deploys, Rust only builds. Both unsourced.',
    sources: [
      external('Dissanayake et al.: security patch management, a review (delays come mostly from coordination)', 'https://arxiv.org/abs/2202.09016'),
    ],
  },
  {
    id: 'memory-safety-cells',
    section: 'An Honest Comparison',
    essayClaim: 'Memory safety GC-safe Compile-time proven',
    verdict: 'needs context',
    correction: 'Go is memory-safe only without data races: the Go memory model says a race on an interface, slice, string or map can corrupt memory. Rust\'s guarantee covers safe Rust; unsafe code opts out of it.',
    short: 'Go: a data race can corrupt memory. Rust: safe Rust only.',
    sources: [
      external('The Go Memory Model: races on multiword values can lead to arbitrary memory corruption', 'https://go.dev/ref/mem#restrictions'),
      external('The Rust Reference: unsafe operations can violate the memory-safety guarantees', 'https://doc.rust-lang.org/reference/unsafety.html'),
    ],
  },
  {
    id: 'rust-compile-speed',
    section: 'An Honest Comparison',
    essayClaim: 'Compile speed Excellent Poor Good',
    verdict: 'needs context',
    correction: 'A judgement, not a measurement. Rust has since sped up linking: Rust 1.90 (September 2025) made LLD the default linker on x86_64 Linux.',
    short: 'An opinion. Rust links faster since 1.90, September 2025.',
    sources: [
      external('Announcing Rust 1.90.0: LLD is now the default linker on x86_64-unknown-linux-gnu', 'https://blog.rust-lang.org/2025/09/18/Rust-1.90.0/'),
    ],
  },
  {
    id: 'track-records',
    section: 'An Honest Comparison',
    essayClaim: 'Production track record 15 years, hyperscale Growing Minimal',
    verdict: 'needs context',
    correction: 'Go 1 shipped in March 2012 and Go went open source in November 2009: 14 or 17 years by late 2026. Rust 1.0 shipped in May 2015, and Rust runs at scale in Cloudflare\'s Pingora and in AWS Firecracker, behind Lambda and Fargate: more than "growing".',
    short: 'Rust 1.0 was 2015; it runs Pingora and Firecracker at scale.',
    sources: [
      external('Go release history: go1 released 2012-03-28', 'https://go.dev/doc/devel/release'),
      external('Announcing Rust 1.0 (15 May 2015)', 'https://blog.rust-lang.org/2015/05/15/Rust-1.0.html'),
      external('Cloudflare: How we built Pingora, the proxy that connects Cloudflare to the Internet', 'https://blog.cloudflare.com/how-we-built-pingora-the-proxy-that-connects-cloudflare-to-the-internet/'),
      external('Firecracker: developed at AWS for services like Lambda and Fargate', 'https://github.com/firecracker-microvm/firecracker'),
    ],
  },
  {
    id: 'single-fix-needs-rebuild',
    section: 'The Standard Library as a Security Architecture',
    essayClaim: 'When a CVE is filed against Go\'s TLS implementation, a single upstream fix propagates everywhere.',
    verdict: 'overstated',
    correction: 'Go links the standard library into every binary, so a fix reaches a service only when it is rebuilt with a patched, supported Go release and redeployed. govulncheck, run on the source or the binaries, says which services need it.',
    short: 'One fix, then rebuild and redeploy each service; govulncheck says which.',
    sources: [
      external('Go FAQ: the gc linker creates statically-linked binaries by default', 'https://go.dev/doc/faq#Why_is_my_trivial_program_such_a_large_binary'),
      external('govulncheck: reports known vulnerabilities that affect Go code, in source or binaries', 'https://pkg.go.dev/golang.org/x/vuln/cmd/govulncheck'),
    ],
  },
  {
    id: 'stdlib-audit-scope',
    section: 'The Standard Library as a Security Architecture',
    essayClaim: 'audited by the broader security community',
    verdict: 'needs context',
    correction: 'The public audit we found is Trail of Bits\' 2025 review of Go\'s core cryptography packages, AES-GCM included, with one low-severity finding. TLS and X.509 were out of its scope, and net/http is not a cryptography package.',
    short: 'Crypto core audited in 2025; TLS was out of scope.',
    sources: [
      external('Go blog: Go Cryptography Security Audit (Trail of Bits, 2025; TLS and X.509 not in scope)', 'https://go.dev/blog/tob-crypto-audit'),
    ],
  },
  {
    id: 'bill-is-not-latency',
    section: 'The Benchmark Is a Controlled Pathology',
    essayClaim: 'the language runtime overhead of the remaining 5% is not your infrastructure bill',
    verdict: 'needs context',
    correction: 'Requests per vCPU is a cost figure: waiting on I/O holds no vCPU, so if the 4.8x were real a CPU-sized fleet would need about a fifth of its vCPUs, whatever the wait. Amdahl\'s law limits latency, not the bill. The bill argument needs compute\'s share of the whole bill, which the essay does not give.',
    short: 'Waiting holds no vCPU: a faster runtime does cut the compute bill.',
    sources: [
      external('Amdahl\'s law: the theoretical speedup in latency at a fixed workload', 'https://en.wikipedia.org/wiki/Amdahl%27s_law'),
    ],
  },
  {
    id: 'goroutine-stack-size',
    section: 'What Go\'s Runtime Actually Gives You',
    essayClaim: 'A goroutine costs approximately 2–8KB of stack at creation',
    verdict: 'needs context',
    correction: 'A new goroutine\'s stack has been 2 KB since Go 1.4 (8 KB only in Go 1.2 and 1.3, and today the minimum on 64-bit Windows). Since Go 1.19 the runtime starts new goroutines at the recent average stack size.',
    short: '2 KB since Go 1.4; sized from recent use since Go 1.19.',
    sources: [
      external('Go 1.4 release notes: starting stack reduced from 8192 to 2048 bytes', 'https://go.dev/doc/go1.4#runtime'),
      external('Go 1.19 release notes: initial stacks from the historic average stack usage', 'https://go.dev/doc/go1.19#runtime'),
    ],
  },
  {
    id: 'rustls-crate-names',
    section: 'The Standard Library as a Security Architecture',
    essayClaim: 'mio bytes pin-project tracing futures ring webpki tokio-util h2 http',
    verdict: 'needs context',
    correction: 'Dated names: since rustls 0.23 (2024) the default crypto provider is aws-lc-rs, ring only where a crate picks it, and certificates go through the maintained rustls-webpki fork.',
    short: 'Since rustls 0.23: aws-lc-rs by default, and rustls-webpki.',
    sources: [
      external('rustls 0.23.0 README: by default it uses aws-lc-rs for the cryptography', 'https://github.com/rustls/rustls/blob/v/0.23.0/README.md'),
      external('RUSTSEC-2023-0052: webpki; rustls-webpki is the maintained fork', 'https://rustsec.org/advisories/RUSTSEC-2023-0052.html'),
    ],
  },
  {
    id: 'zero-transitive-risk',
    section: 'The Standard Library as a Security Architecture',
    essayClaim: 'Zero transitive risk.',
    verdict: 'overstated',
    correction: 'No third-party packages, but the standard library has CVEs of its own, such as HTTP/2 rapid reset in net/http (GO-2023-2102), fixed only in supported releases. The risk moves to the Go version you build with.',
    short: 'The standard library has CVEs too: your risk is your Go version.',
    sources: [
      external('Go vulnerability GO-2023-2102: HTTP/2 rapid reset in net/http', 'https://pkg.go.dev/vuln/GO-2023-2102'),
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
