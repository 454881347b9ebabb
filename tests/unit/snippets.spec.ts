import type { SpawnSyncReturns } from 'node:child_process'
import { spawnSync } from 'node:child_process'
import { accessSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { devNull, homedir, tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'
import { factCheckById } from '../../data/fact-checks.ts'
import { supportedGoReleases } from '../../data/go-support.ts'

// The Go on the slides is real code: every module under snippets/ must build,
// vet and pass its tests with the standard library alone, as the talk claims.

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const snippets = join(root, 'snippets')

const modules = readdirSync(snippets, { recursive: true, encoding: 'utf8' })
  .filter(file => file.split(/[\\/]/).at(-1) === 'go.mod')
  .map(file => join(snippets, dirname(file)))
  .sort()

function isWritable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK)
    return true
  }
  catch {
    return false
  }
}

// Go needs a writable build cache; under root in a container HOME may be unset
// or read-only. GOTOOLCHAIN=local stops newer Go versions fetching toolchains.
const home = process.env.HOME || homedir()
const goEnv: NodeJS.ProcessEnv = {
  ...process.env,
  HOME: home,
  GOTOOLCHAIN: 'local',
  ...(!process.env.GOCACHE && !isWritable(home)
    ? {
        GOCACHE: join(tmpdir(), 'go-build'),
      }
    : {}),
}

const goVersion = spawnSync('go', ['version'], { encoding: 'utf8', env: goEnv })
const hasGo = !goVersion.error && goVersion.status === 0
const installHint = 'Install Go (apt-get install golang-go) to run them.'

function output(result: SpawnSyncReturns<string>): string {
  return [result.error?.message, result.stdout, result.stderr].filter(Boolean).join('\n')
}

function requireGo() {
  if (hasGo)
    return
  if (process.env.CI)
    throw new Error(`Go is not installed, but CI must run the Go snippet tests. ${installHint}`)
  test.skip(true, `Go is not installed: the Go snippet tests are skipped. ${installHint}`)
}

test('snippets/ holds at least one Go module', () => {
  expect(modules.length, 'no go.mod found under snippets/').toBeGreaterThan(0)
})

for (const dir of modules) {
  const name = relative(root, dir)

  test(`${name}: standard library only; builds, vets and passes its tests`, () => {
    test.setTimeout(180_000)
    const goMod = join(name, 'go.mod')
    const requires = readFileSync(join(dir, 'go.mod'), 'utf8')
      .split(/\r?\n/)
      .map(line => line.replace(/\/\/.*$/, '').trim())
      .filter(line => /^require\b/.test(line))
    expect(requires, `${goMod} must have no require directive: the snippets use the standard library only`).toEqual([])

    requireGo()

    // -o devNull: a lone main package would otherwise leave its binary in the repo.
    for (const args of [
      ['build', '-o', devNull, './...'],
      ['vet', './...'],
      ['test', './...'],
    ]) {
      const command = `go ${args.join(' ')}`
      const result = spawnSync('go', args, {
        cwd: dir,
        encoding: 'utf8',
        env: goEnv,
        timeout: 150_000,
      })
      expect(result.status, `\`${command}\` in ${name} failed:\n${output(result)}`).toBe(0)
    }
  })
}

test('the Dockerfile ships only the static binary, built from a snippet module', () => {
  const lines = readFileSync(join(snippets, 'Dockerfile'), 'utf8')
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line && !line.startsWith('#'))
  const stages: string[][] = []
  for (const line of lines) {
    if (/^FROM\s/i.test(line))
      stages.push([])
    stages.at(-1)?.push(line)
  }
  expect(stages.length, 'a build stage and a runtime stage').toBeGreaterThanOrEqual(2)

  const builder = stages[0]!
  const goRelease = /^FROM\s+golang:(\d+\.\d+)\b/i.exec(builder[0]!)?.[1]
  expect(supportedGoReleases(), `the build stage names a Go release that still gets security fixes: ${builder[0]}`).toContain(goRelease)
  const alias = /^FROM\s+\S+\s+AS\s+(\S+)$/i.exec(builder[0]!)?.[1]
  expect(alias, `the first stage is named: ${builder[0]}`).toBeTruthy()
  const build = builder.find(line => /^RUN\s.*\bgo build\b/.test(line))
  expect(build, 'the builder runs go build').toBeTruthy()
  expect(build, 'a static binary: scratch has no libc').toMatch(/\bCGO_ENABLED=0\b/)
  const sources = builder
    .filter(line => /^COPY\s/i.test(line) && !/--from=/i.test(line))
    .flatMap(line => line.split(/\s+/).slice(1, -1).filter(token => !token.startsWith('--')))
  expect(sources.length, 'the builder copies source from the build context').toBeGreaterThan(0)
  for (const source of sources)
    expect(existsSync(join(snippets, source, 'go.mod')), `COPY source ${source} is a Go module under snippets/`).toBe(true)

  const runtime = stages.at(-1)!
  expect(runtime[0], 'the runtime stage starts from scratch').toMatch(/^FROM\s+scratch$/i)
  expect(runtime, 'the runtime stage copies the binary out of the builder')
    .toContain(`COPY --from=${alias} /app/service /service`)
  expect(runtime.filter(line => /^(?:RUN|ADD)\s/i.test(line)), 'nothing but the binary goes in').toEqual([])
})

test('the hello-world sizes our fact check quotes are what Go 1.19 builds', () => {
  requireGo()
  test.skip(!goVersion.stdout.includes('go1.19'), `The fact check quotes Go 1.19; this machine has ${goVersion.stdout.trim()}.`)
  const check = factCheckById('hello-world-size')
  const dir = mkdtempSync(join(tmpdir(), 'hello-world-'))
  writeFileSync(join(dir, 'go.mod'), 'module hello\n\ngo 1.19\n')
  writeFileSync(join(dir, 'main.go'), 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello, world") }\n')
  const sizeInMB = (flags: string[]) => {
    const result = spawnSync('go', ['build', ...flags, '-o', 'hello', '.'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...goEnv, CGO_ENABLED: '0' },
    })
    expect(result.status, output(result)).toBe(0)
    return (statSync(join(dir, 'hello')).size / 1e6).toFixed(1)
  }
  expect(check.correction).toContain(`about ${sizeInMB([])} MB`)
  expect(check.correction).toContain(`or ${sizeInMB(['-ldflags=-s -w'])} MB stripped`)
})
