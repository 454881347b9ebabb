// `talk-kit bench [--runs N] [--lighthouse] [--keep] [--json]`: this deck against the Slidev starter and
// Marp, measured in one run (kit/bench/run.ts, docs/bench.md).
import { runBench } from '../bench/run.ts'

await runBench()
