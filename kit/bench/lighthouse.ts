// `npm run bench -- --lighthouse`: Lighthouse's mobile audit of each deck's build, in the same run.
// Lighthouse is about 150 packages, too many to add to the deck's own lockfile for an opt-in
// measurement, so the bench installs a pinned major into its temporary folder, as it does the starter.
import { existsSync, readFileSync } from 'node:fs'
import process from 'node:process'
import { chromiumArgs } from '../headless/chromium.ts'
import { offHostResolverRules } from './measure.ts'
import { installTool } from './npm.ts'
import { describeExit, run, tail } from './process.ts'

const lighthouseVersion = '13'
const auditTimeoutMs = 5 * 60_000

export interface LighthouseSample {
  performance: number
  accessibility: number
  firstContentfulPaintMs: number
  largestContentfulPaintMs: number
  totalBlockingTimeMs: number
  cumulativeLayoutShift: number
}

interface LighthouseReport {
  categories: Record<'performance' | 'accessibility', { score: number | null }>
  audits: Record<string, { numericValue?: number }>
  runtimeError?: { message: string }
}

/** Installs Lighthouse into dir (not the deck's lockfile) and returns its CLI. */
export function installLighthouse(dir: string): Promise<string> {
  return installTool(dir, `lighthouse@${lighthouseVersion}`, 'lighthouse/cli/index.js')
}

function score(report: LighthouseReport, category: 'performance' | 'accessibility'): number {
  const value = report.categories[category]?.score
  if (typeof value !== 'number') {
    throw new TypeError(`Lighthouse gave no ${category} score${report.runtimeError
      ? `: ${report.runtimeError.message}`
      : ''}`)
  }
  return Math.round(value * 100)
}

function metric(report: LighthouseReport, audit: string): number {
  const value = report.audits[audit]?.numericValue
  if (typeof value !== 'number')
    throw new TypeError(`Lighthouse gave no value for ${audit}`)
  return value
}

/** One mobile audit (Lighthouse's default: simulated slow 4G and a 4x slower CPU) of url. */
export async function audit(cli: string, node: string, chromiumPath: string, url: string, reportPath: string): Promise<LighthouseSample> {
  const result = await run(node, [
    cli,
    url,
    '--form-factor=mobile',
    '--only-categories=performance,accessibility',
    '--output=json',
    `--output-path=${reportPath}`,
    '--quiet',
    `--chrome-flags=--headless=new ${chromiumArgs.join(' ')} --host-resolver-rules="${offHostResolverRules}"`,
  ], {
    cwd: process.cwd(),
    env: { ...process.env, CHROME_PATH: chromiumPath },
    timeoutMs: auditTimeoutMs,
  })
  if (result.code !== 0 || !existsSync(reportPath))
    throw new Error(`Lighthouse ${describeExit(result, auditTimeoutMs)}:\n${tail(result.output)}`)
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as LighthouseReport
  return {
    performance: score(report, 'performance'),
    accessibility: score(report, 'accessibility'),
    firstContentfulPaintMs: metric(report, 'first-contentful-paint'),
    largestContentfulPaintMs: metric(report, 'largest-contentful-paint'),
    totalBlockingTimeMs: metric(report, 'total-blocking-time'),
    cumulativeLayoutShift: metric(report, 'cumulative-layout-shift'),
  }
}
