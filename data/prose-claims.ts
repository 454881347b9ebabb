// The ledger's rows for claims made in words rather than data: slide text, speaker notes, code on a slide and
// source titles. Figures and fact checks add their own rows (data/ledger.ts). Audited 2026-12 against the
// primary sources named; a row marked 'corrected' says what the deck says now.
import type { Claim, ClaimKind } from './claims.ts'
import type { FactCheckId } from './fact-checks.ts'
import type { Source } from './sources.ts'
import { goReleasePolicy } from './go-support.ts'
import { external } from './sources.ts'

function claim(id: string, file: string, says: string, kind: ClaimKind, verdict: string, sources: Source[] = [], factCheck?: FactCheckId): Claim {
  return {
    id,
    file,
    says,
    kind,
    verdict,
    sources,
    ...(factCheck
      ? { factCheck }
      : {}),
  }
}

const goFaq = (anchor: string, title: string) => external(`Go FAQ: ${title}`, `https://go.dev/doc/faq#${anchor}`)
const splash = external('Go at Google: Language Design in the Service of Software Engineering', 'https://go.dev/talks/2012/splash.article')
const rustUnsafe = external('The Rust Reference: unsafe operations can violate the memory-safety guarantees', 'https://doc.rust-lang.org/reference/unsafety.html')

const operations = 'pages/06-operational-simplicity.md'
const boring = 'pages/07-boring-technology.md'
const comparison = 'pages/08-honest-comparison.md'
const suspicious = 'pages/09-suspicious-posts.md'
const closing = 'pages/10-right-question.md'
const appendix = 'pages/sources-appendix.md'

export const proseClaims: readonly Claim[] = [
  claim('dockerfile-go-release', 'snippets/Dockerfile', 'The production container builds with golang:1.19', 'corrected', `Now golang:${goReleasePolicy.newestRelease}, supported; Go 1.19 lost support in August 2023.`, [goReleasePolicy.source]),
  claim('static-binary-subtitle', operations, 'One static binary, nothing else to attack', 'corrected', 'Static only with cgo off: the binary and the kernel.', [
    external('os/user package: cgo-based (libc-backed) code is used when cgo is available', 'https://pkg.go.dev/os/user'),
  ]),
  claim('cgo-dns-wording', operations, 'A build that does DNS lookups through the system resolver may link the C library', 'corrected', 'Linking is decided at build time, by cgo and imports; measured here.', [
    external('net package: by default the pure Go resolver is used', 'https://pkg.go.dev/net#hdr-Name_Resolution'),
  ]),
  claim('scratch-has-nothing', operations, 'The runtime image has no shell, no package manager, no utilities: only the binary', 'measured', 'holds: the runtime stage is FROM scratch and one COPY (tests/unit/snippets.spec.ts)'),
  claim('binary-hash-sign', operations, 'The binary can be inspected, hashed and signed', 'opinion', 'true of any single file; said as the speaker\'s point'),
  claim('image-smaller', operations, 'Smaller than a Python, Node or JVM image; smaller than a Rust service heavy with dependencies', 'opinion', 'not measured here; a Rust binary can also be static on musl and ship FROM scratch'),
  claim('exposure-window', operations, 'Between "patch available" and "patch in production", you are exposed', 'opinion', 'holds by definition; build time is one part of the window'),
  claim('patch-promptly', operations, 'Fast builds mean people actually patch promptly', 'corrected', 'Dropped: no source; studies blame coordination and deployment first.', [
    external('Dissanayake et al., Software security patch management: a systematic literature review of challenges', 'https://arxiv.org/abs/2202.09016'),
  ]),
  claim('readability-goal', boring, 'Go is designed to be read by engineers who did not write the code', 'sourced', 'holds: Go was designed for people who read, debug and maintain large systems', [splash]),
  claim('no-operator-overloading', boring, 'No operator overloading', 'sourced', 'holds', [
    goFaq('overloading', 'why does Go not support overloading of methods and operators?'),
  ]),
  claim('no-implicit-conversions', boring, 'No implicit conversions', 'sourced', 'holds for numeric types', [
    goFaq('conversions', 'why does Go not provide implicit numeric conversions?'),
  ]),
  claim('no-metaprogramming', boring, 'No complex macro systems, no template metaprogramming', 'sourced', 'holds; Go has generics since 1.18, which the notes say', [
    external('Go 1.18 release notes: generics', 'https://go.dev/doc/go1.18#generics'),
  ]),
  claim('floor-and-ceiling', boring, 'Go\'s constraints narrow the variance: the floor is higher even when the ceiling is lower', 'opinion', 'the essay\'s judgement, which the speaker shares'),
  claim('binary-tiny-vs-runtime', boring, 'A Go binary is tiny next to a language runtime in a container', 'opinion', 'plausible, not measured here'),
  claim('table-word-for-word', comparison, 'The table is the essay\'s, word for word', 'measured', 'holds: tests/unit/talk-data.spec.ts matches every row against a line of the essay'),
  claim('reader-notes-list-corrections', comparison, 'The notes of the reader view list our corrections', 'corrected', 'No note did: four cells are now checked on their own slide.', [
    external('The Go Memory Model: races on multiword values can lead to arbitrary memory corruption', 'https://go.dev/ref/mem#restrictions'),
    rustUnsafe,
  ]),
  claim('table-ratings', comparison, 'The ratings of raw throughput, stdlib, supply chain, readability, ecosystem and use case', 'opinion', 'the essay\'s judgement, shown as its words'),
  claim('zig-optional-safety', comparison, 'Zig: manual memory management with optional safety', 'sourced', 'holds: runtime safety checks are on in Debug and ReleaseSafe, off in ReleaseFast and ReleaseSmall', [
    external('Zig overview: performance and safety, choose two (build modes)', 'https://ziglang.org/learn/overview/'),
  ]),
  claim('single-binary-all', comparison, 'All three ship a single binary', 'sourced', 'holds, with caveats: Go is fully static with cgo off; Rust links glibc dynamically on the gnu target, statically on musl', [
    external('Rust RFC 1721: crt-static', 'https://github.com/rust-lang/rfcs/blob/master/text/1721-crt-static.md'),
  ]),
  claim('radar-reading', comparison, 'The table as a shape: the words ranked on a five-step scale', 'opinion', 'our reading, labelled as such on the slide and the chart'),
  claim('four-questions', suspicious, 'Four questions to ask of a rewrite post', 'opinion', 'the essay\'s questions, word for word (tests/unit/talk-data.spec.ts)'),
  claim('answer-is-go', closing, 'For networked services today, the essay\'s answer, and ours, is Go', 'opinion', 'said as the speaker\'s opinion'),
  claim('throughput-not-constraint', closing, 'Raw throughput is not the constraint for most services', 'essay', 'rests on the essay\'s illustrative 95 % and 98 % waiting shares'),
  claim('appendix-every-source', appendix, 'The appendix lists every source behind a figure, a chart or a fact check', 'measured', 'holds: data/source-index.ts builds it from data/, and the deck check keeps its pages in step'),
  claim('appendix-mostly-primary', appendix, 'Outside sources here are mostly primary', 'measured', 'holds: release notes, runtime source, manual pages, NVD and project docs; a few blog posts'),
  claim('appendix-https-only', appendix, 'An address that is not https stops the build', 'measured', 'holds: data/validate.ts requires https for every outside source'),
]
