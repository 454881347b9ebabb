// The comparison deck: the official Slidev starter, made at bench time from the `create-slidev`
// template, with its Slidev pinned to ours so the comparison is deck against deck, not version against version.
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { installedVersion, npmEnv } from './npm.ts'
import { describeExit, run, tail } from './process.ts'

export interface OurVersions {
  cli: string
  themeDefault: string
  playwright: string
}

export interface Starter {
  root: string
  createSlidevVersion: string
  /** What was changed in the template and why, printed with the results. */
  notes: string[]
  /** The versions npm resolved in the starter, for the report. */
  resolved: Record<string, string>
}

const npmTimeoutMs = 10 * 60_000

async function npm(args: string[], cwd: string, what: string): Promise<string> {
  const result = await run('npm', args, {
    cwd,
    env: npmEnv(),
    timeoutMs: npmTimeoutMs,
  })
  if (result.code !== 0)
    throw new Error(`${what} failed (npm ${args.join(' ')} ${describeExit(result, npmTimeoutMs)}):\n${tail(result.output)}`)
  return result.output
}

function major(version: string): number {
  return Number(version.split('.')[0])
}

function compareVersions(a: string, b: string): number {
  const partsA = a.split('.').map(Number)
  const partsB = b.split('.').map(Number)
  for (let i = 0; i < 3; i++) {
    if (partsA[i] !== partsB[i])
      return (partsA[i] ?? 0) - (partsB[i] ?? 0)
  }
  return 0
}

/** The newest create-slidev of our Slidev major, else the latest one (whose template we then re-pin). */
async function pickCreateSlidevVersion(cliVersion: string, cwd: string): Promise<{ version: string, sameMajor: boolean }> {
  const output = await npm([
    'view',
    'create-slidev',
    'versions',
    'dist-tags',
    '--json',
  ], cwd, 'Looking up create-slidev on the npm registry')
  const info = JSON.parse(output) as { 'versions': string | string[], 'dist-tags': Record<string, string> }
  // npm prints a single version as a string, several as an array.
  const versions = (Array.isArray(info.versions)
    ? info.versions
    : [info.versions])
    .filter(version => /^\d+\.\d+\.\d+$/.test(version))
    .sort(compareVersions)
  const sameMajor = versions.filter(version => major(version) === major(cliVersion))
  if (sameMajor.length > 0) {
    return {
      version: sameMajor.at(-1)!,
      sameMajor: true,
    }
  }
  return { version: info['dist-tags'].latest!, sameMajor: false }
}

/** Downloads the create-slidev tarball and copies its template folder to `target`. */
async function extractTemplate(version: string, workDir: string, target: string) {
  const packed = await npm([
    'pack',
    `create-slidev@${version}`,
    '--pack-destination',
    workDir,
    '--json',
  ], workDir, 'Downloading the create-slidev template')
  const [{ filename }] = JSON.parse(packed) as [{ filename: string }]
  const tarball = join(workDir, filename)
  const listing = await run('tar', ['-tzf', tarball], { cwd: workDir, timeoutMs: 60_000 })
  // Find the template by its package.json rather than trusting a fixed layout.
  const templateDir = listing.output.split('\n')
    .map(entry => /^(.*\/template)\/package\.json$/.exec(entry.trim())?.[1])
    .find(dir => dir !== undefined)
  if (listing.code !== 0 || !templateDir)
    throw new Error(`No template/package.json inside ${filename}; create-slidev's layout has changed.`)
  const unpacked = join(workDir, 'create-slidev')
  mkdirSync(unpacked, { recursive: true })
  const extracted = await run('tar', ['-xzf', tarball, '-C', unpacked], { cwd: workDir, timeoutMs: 60_000 })
  if (extracted.code !== 0)
    throw new Error(`Could not extract ${filename}:\n${tail(extracted.output)}`)
  cpSync(join(unpacked, templateDir), target, { recursive: true })
  // create-slidev renames this on copy, because npm would drop a real .gitignore from the tarball.
  if (existsSync(join(target, '_gitignore')))
    renameSync(join(target, '_gitignore'), join(target, '.gitignore'))
}

/** Pins the starter's Slidev packages to the versions installed here. Returns what changed. */
function pinSlidev(root: string, ours: OurVersions): string[] {
  const path = join(root, 'package.json')
  const pkg = JSON.parse(readFileSync(path, 'utf8')) as { dependencies: Record<string, string> }
  const changes: string[] = []
  for (const [name, version] of [
    ['@slidev/cli', ours.cli],
    ['@slidev/theme-default', ours.themeDefault],
  ] as const) {
    if (pkg.dependencies[name] !== version)
      changes.push(`${name} ${pkg.dependencies[name] ?? '(absent)'} -> ${version}`)
    pkg.dependencies[name] = version
  }
  writeFileSync(path, `${JSON.stringify(pkg, null, 2)}\n`)
  return changes
}

export async function makeStarter(workDir: string, ours: OurVersions): Promise<Starter> {
  const root = join(workDir, 'starter')
  const notes: string[] = []
  const { version, sameMajor } = await pickCreateSlidevVersion(ours.cli, workDir)
  notes.push(sameMajor
    ? `starter from create-slidev ${version} (same major as our @slidev/cli ${ours.cli})`
    : `no create-slidev ${major(ours.cli)}.x on the registry: starter from create-slidev ${version} (latest)`)
  await extractTemplate(version, workDir, root)
  const changes = pinSlidev(root, ours)
  if (changes.length > 0)
    notes.push(`starter package.json rewritten to our installed versions: ${changes.join(', ')}`)

  console.log(`Installing the starter's dependencies in ${root} (npm install, not timed)…`)
  await npm(['install', '--no-audit', '--no-fund'], root, 'npm install of the starter')
  // slidev export imports playwright-chromium; its install script would download a browser we do not use.
  await npm([
    'install',
    '--no-save',
    '--no-audit',
    '--no-fund',
    '--ignore-scripts',
    `playwright-chromium@${ours.playwright}`,
  ], root, 'npm install of playwright-chromium in the starter')
  notes.push(`playwright-chromium@${ours.playwright} added to the starter (--ignore-scripts) for slidev export`)

  const resolved: Record<string, string> = {}
  for (const name of [
    '@slidev/cli',
    '@slidev/theme-default',
    '@slidev/theme-seriph',
    'vue',
  ])
    resolved[name] = installedVersion(root, name)
  return {
    root,
    createSlidevVersion: version,
    notes,
    resolved,
  }
}
