import type { ChildProcess } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import type { DeckCopy } from './support/deck-copy.ts'
import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { factChecks } from '../data/fact-checks.ts'
import { metrics } from '../data/metrics.ts'
import { sections } from '../data/sections.ts'
import { checkDeck } from '../kit/check/deck-check.ts'
import { serveDeck } from '../kit/headless/serve.ts'
import { copyDeck } from './support/deck-copy.ts'
import { gotoSlide, readDeckOutline, watchForProblems } from './support/deck.ts'

// The speaker edits the deck the night before. Each test makes one kind of mistake in a copy of the deck and
// holds that the build names it (file, line, the wrong name, the closest right one) before any slow work
// starts, and that the last good dist/ survives.

const deck = await readDeckOutline()
const lastGoodSite = '<!doctype html><title>the last good build</title>'
/** What Slidev's build prints once it starts: a mistake must be named before this. */
const slidevBuildStarted = /building client environment|PDF for download/

/** Two neighbouring letters swapped: the typo an author makes. */
function typo(name: string): string {
  const at = name.length - 3
  return `${name.slice(0, at)}${name[at + 1]}${name[at]}${name.slice(at + 2)}`
}

/** The first slide file that contains `text`, and the deck's line for it. */
function pageWith(text: string): string {
  const slide = deck.find(candidate => candidate.content.includes(text))
  if (!slide)
    throw new Error(`No slide contains ${JSON.stringify(text)}: update this test's mistake.`)
  return slide.file
}

function buildCopy(copy: DeckCopy) {
  mkdirSync(join(copy.root, 'dist'))
  writeFileSync(join(copy.root, 'dist', 'index.html'), lastGoodSite)
  return spawnSync(process.execPath, ['kit/cli/build.ts'], { cwd: copy.root, encoding: 'utf8' })
}

interface Mistake {
  kind: string
  make: (copy: DeckCopy) => { file: string, line: number, named: string[] }
}

const shownFigure = metrics.find(metric => deck.some(slide => slide.content.includes(`<FigureCard id="${metric.id}"`)))!
const shownFactCheck = factChecks.find(check => deck.some(slide => slide.content.includes(`<FactCheckNote id="${check.id}"`)))!
const snippet = /^<<< (\S+)#([\w-]+)/m.exec(deck.map(slide => slide.content).join('\n'))!
const talkMinutes = sections.reduce((total, section) => total + section.budgetMinutes, 0)

const mistakes: Mistake[] = [
  {
    kind: 'a typo in a figure id',
    make(copy) {
      const file = pageWith(`<FigureCard id="${shownFigure.id}"`)
      copy.edit(file, `<FigureCard id="${shownFigure.id}"`, `<FigureCard id="${typo(shownFigure.id)}"`)
      return {
        file,
        line: copy.lineOf(file, typo(shownFigure.id)),
        named: [`unknown figure id \`${typo(shownFigure.id)}\``, `did you mean \`${shownFigure.id}\`?`],
      }
    },
  },
  {
    kind: 'a typo in a fact check id',
    make(copy) {
      const file = pageWith(`<FactCheckNote id="${shownFactCheck.id}"`)
      copy.edit(file, `<FactCheckNote id="${shownFactCheck.id}"`, `<FactCheckNote id="${typo(shownFactCheck.id)}"`)
      return {
        file,
        line: copy.lineOf(file, typo(shownFactCheck.id)),
        named: [`unknown fact check id \`${typo(shownFactCheck.id)}\``, `did you mean \`${shownFactCheck.id}\`?`],
      }
    },
  },
  {
    kind: 'a typo in a chart id',
    make(copy) {
      const [, chartId] = /<Chart id="([^"]+)"/.exec(deck.map(slide => slide.content).join('\n'))!
      const file = pageWith(`<Chart id="${chartId}"`)
      copy.edit(file, `<Chart id="${chartId}"`, `<Chart id="${typo(chartId!)}"`)
      return {
        file,
        line: copy.lineOf(file, typo(chartId!)),
        named: [`unknown chart id \`${typo(chartId!)}\``, `did you mean \`${chartId}\`?`],
      }
    },
  },
  {
    kind: 'a misspelt component',
    make(copy) {
      const file = pageWith('<FigureCard ')
      copy.edit(file, '<FigureCard ', '<FigureCrad ')
      return {
        file,
        line: copy.lineOf(file, '<FigureCrad '),
        named: ['unknown component `<FigureCrad>`', 'did you mean `FigureCard`?'],
      }
    },
  },
  {
    kind: 'a frontmatter value that does not parse',
    make(copy) {
      const file = deck.find(slide => slide.layout === 'section' && slide.file.startsWith('pages/'))!.file
      copy.edit(file, 'layout: section', 'layout: [section')
      return {
        file,
        line: copy.lineOf(file, 'layout: [section'),
        named: ['the frontmatter does not parse'],
      }
    },
  },
  {
    kind: 'an unknown layout',
    make(copy) {
      const file = deck.find(slide => slide.layout === 'section' && slide.file.startsWith('pages/'))!.file
      copy.edit(file, 'layout: section', 'layout: sectoin')
      return {
        file,
        line: copy.lineOf(file, 'layout: sectoin'),
        named: ['unknown layout `sectoin`', 'did you mean `section`?'],
      }
    },
  },
  {
    kind: 'a snippet region that does not exist',
    make(copy) {
      const [, path, region] = snippet
      const file = pageWith(`<<< ${path}#${region}`)
      copy.edit(file, `${path}#${region}`, `${path}#${typo(region!)}`)
      return {
        file,
        line: copy.lineOf(file, `#${typo(region!)}`),
        named: [`snippet region \`#${typo(region!)}\``, `did you mean \`${region}\`?`],
      }
    },
  },
  {
    kind: 'an image that does not exist',
    make(copy) {
      const file = deck.at(-2)!.file
      copy.write(file, `${copy.read(file)}\n![a diagram](/no-such-diagram.png)\n`)
      return {
        file,
        line: copy.lineOf(file, 'no-such-diagram'),
        named: ['asset `/no-such-diagram.png` does not exist'],
      }
    },
  },
  {
    kind: 'a sources appendix one page short of the sources in data/',
    make(copy) {
      const appendix = deck.filter(slide => slide.content.includes('<SourcesAppendix'))
      const file = appendix.at(-1)!.file
      const text = copy.read(file)
      // Drop the last page: its slide begins at the last frontmatter fence pair before its tag.
      const lastTag = text.lastIndexOf('<SourcesAppendix')
      copy.write(file, text.slice(0, text.lastIndexOf('\n---\nlayout:', lastTag)))
      return {
        file,
        line: copy.lineOf(file, `<SourcesAppendix :page="${appendix.length - 1}"`),
        named: [`the sources appendix needs ${appendix.length} pages`, `N from 1 to ${appendix.length}`],
      }
    },
  },
  {
    kind: 'section budgets that do not add up to the talk\'s duration',
    make(copy) {
      const file = 'data/sections.ts'
      const budget = /budgetMinutes: (\d+),/.exec(copy.read(file))!
      copy.edit(file, budget[0], `budgetMinutes: ${Number(budget[1]) + 1},`)
      return {
        file,
        line: copy.lineOf(file, 'export const sections'),
        named: [`add up to ${talkMinutes + 1} min`, `is ${talkMinutes} min`],
      }
    },
  },
  {
    kind: 'a misspelt component in the presenter view',
    make(copy) {
      const file = 'kit/components/PacedPresenter.vue'
      copy.edit(file, '<SectionPacing ', `<${typo('SectionPacing')} `)
      return {
        file,
        line: copy.lineOf(file, `<${typo('SectionPacing')} `),
        named: [`unknown component \`<${typo('SectionPacing')}>\``, 'did you mean `SectionPacing`?'],
      }
    },
  },
  {
    kind: 'a figure whose value is not a number',
    make(copy) {
      const file = 'data/metrics.ts'
      const value = /value: [\d_.]+,/.exec(copy.read(file))![0]
      copy.edit(file, value, 'value: Number.NaN,')
      return {
        file,
        line: copy.lineOf(file, 'Number.NaN'),
        named: ['is NaN'],
      }
    },
  },
]

test.describe('every author mistake stops the build at once, named, and keeps the last good site', () => {
  for (const mistake of mistakes) {
    test(mistake.kind, () => {
      const copy = copyDeck()
      const { file, line, named } = mistake.make(copy)
      const result = buildCopy(copy)
      expect(result.status, result.stdout).toBe(1)
      expect(result.stderr).toContain(`${file}:${line}`)
      for (const words of named)
        expect(result.stderr).toContain(words)
      expect(result.stdout, 'named before Slidev\'s build starts').not.toMatch(slidevBuildStarted)
      expect(readFileSync(join(copy.root, 'dist', 'index.html'), 'utf8'), 'the last good site').toBe(lastGoodSite)
    })
  }
})

/** The first `node` on the PATH that is not this project's own devDependency: the machine's. */
function systemNode(): string | undefined {
  return (process.env.PATH ?? '').split(delimiter).filter(dir => !dir.includes('node_modules')).map(dir => join(dir, 'node')).find(candidate => existsSync(candidate))
}

test('plain `slidev build` on the machine\'s own Node builds the deck, and names a mistake, not a later error', () => {
  test.setTimeout(180_000)
  const node = systemNode()
  test.skip(!node, 'no node on the PATH besides the project\'s own')
  const version = spawnSync(node!, ['--version'], { encoding: 'utf8' }).stdout.trim()
  test.info().annotations.push({ type: 'node', description: `${node} ${version}` })
  const copy = copyDeck()
  const withoutOurNode = {
    ...process.env,
    PATH: (process.env.PATH ?? '').split(delimiter).filter(dir => !dir.includes('node_modules')).join(delimiter),
  }
  const slidevBuild = (out: string) => spawnSync(node!, [
    'node_modules/@slidev/cli/bin/slidev.mjs',
    'build',
    'slides.md',
    '--out',
    out,
  ], { cwd: copy.root, encoding: 'utf8', env: withoutOurNode })
  const good = slidevBuild('plain-build')
  expect(good.status, good.stderr).toBe(0)
  expect(existsSync(join(copy.root, 'plain-build', 'index.html'))).toBe(true)

  const file = pageWith(`<FigureCard id="${shownFigure.id}"`)
  copy.edit(file, `<FigureCard id="${shownFigure.id}"`, `<FigureCard id="${typo(shownFigure.id)}"`)
  const bad = slidevBuild('plain-build-2')
  const said = `${bad.stdout}\n${bad.stderr}`
  expect(bad.status).not.toBe(0)
  expect(said).toContain(`${file}:${copy.lineOf(file, typo(shownFigure.id))}`)
  expect(said).not.toContain('ENOENT')
})

test('the deck check finds no mistake in the deck as it is', async () => {
  expect(await checkDeck(process.cwd())).toEqual([])
})

test('a slide that only breaks when drawn stops the PDF at once, naming the slide, and keeps the last good site', () => {
  test.setTimeout(180_000)
  const copy = copyDeck()
  // A bound id is not a literal the check can read: only drawing the slide shows the mistake.
  const file = pageWith(`<FigureCard id="${shownFigure.id}"`)
  copy.edit(file, `<FigureCard id="${shownFigure.id}"`, `<FigureCard :id="'${typo(shownFigure.id)}'"`)
  const slide = deck.find(candidate => candidate.content.includes(`<FigureCard id="${shownFigure.id}"`))!
  const result = buildCopy(copy)
  expect(result.status, result.stdout).toBe(1)
  expect(result.stderr).toContain(`The PDF for download failed: a console error on the print page: Slide ${slide.no}: Unknown figure "${typo(shownFigure.id)}"`)
  expect(readFileSync(join(copy.root, 'dist', 'index.html'), 'utf8'), 'the last good site').toBe(lastGoodSite)
})

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  server.close()
  return port
}

/** Resolves with the dev server's output once it contains `pattern`. */
function outputMatching(child: ChildProcess, output: { text: string }, pattern: RegExp, timeout: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${pattern} in the dev server's output within ${timeout} ms:\n${output.text}`)), timeout)
    const look = () => {
      if (pattern.test(output.text)) {
        clearTimeout(timer)
        child.stdout!.off('data', look)
        resolve(output.text)
      }
    }
    child.stdout!.on('data', look)
    look()
  })
}

test('the dev server names a mistake in the terminal and the overlay on save, and clears it once fixed', async ({ page }) => {
  test.setTimeout(120_000)
  const copy = copyDeck()
  const port = await freePort()
  const server = spawn(process.execPath, [
    'node_modules/@slidev/cli/bin/slidev.mjs',
    '--port',
    String(port),
    '--open=false',
  ], {
    cwd: copy.root,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const output = { text: '' }
  server.stdout.on('data', (chunk: Uint8Array) => output.text += chunk.toString())
  server.stderr.on('data', (chunk: Uint8Array) => output.text += chunk.toString())
  try {
    await outputMatching(server, output, /The deck check found no mistakes/, 60_000)
    const slide = deck.find(candidate => candidate.content.includes(`<FigureCard id="${shownFigure.id}"`))!
    await page.goto(`http://localhost:${port}/${slide.no}`)
    await expect(page.locator(`[data-slidev-no="${slide.no}"] .slidev-layout`).first()).toBeVisible({ timeout: 60_000 })
    // Slidev fetches every slide ahead and UnoCSS regenerates its CSS for each: an edit lands once that is done.
    await page.waitForLoadState('networkidle')

    const file = slide.file
    copy.edit(file, `<FigureCard id="${shownFigure.id}"`, `<FigureCard id="${typo(shownFigure.id)}"`)
    const overlay = page.locator('deck-check-overlay')
    const saved = performance.now()
    // On a quiet machine this takes a second or two; a generous wait keeps a loaded CI from failing it.
    await expect(overlay, 'the overlay after the save').toBeAttached({ timeout: 60_000 }).catch((error: Error) => {
      throw new Error(`${error.message}\nThe dev server said, ${Math.round(performance.now() - saved)} ms after the save:\n${output.text}`)
    })
    expect(await overlay.evaluate(element => element.shadowRoot!.textContent)).toContain(`unknown figure id \`${typo(shownFigure.id)}\``)
    expect(output.text).toContain(`${file}:${copy.lineOf(file, typo(shownFigure.id))}`)

    copy.edit(file, `<FigureCard id="${typo(shownFigure.id)}"`, `<FigureCard id="${shownFigure.id}"`)
    await expect(overlay, 'the overlay goes once the mistake is fixed').toHaveCount(0, { timeout: 60_000 })
    await expect(page.locator(`[data-slidev-no="${slide.no}"] [data-figure="${shownFigure.id}"]`)).toBeVisible()
  }
  finally {
    server.kill()
  }
})

test('a deck built with plain `slidev build`, as hosting guides run it, has no error on any slide', async ({ page, context }) => {
  test.setTimeout(240_000)
  const out = mkdtempSync(join(tmpdir(), 'deck-slidev-build-'))
  const built = spawnSync(process.execPath, [
    'node_modules/@slidev/cli/bin/slidev.mjs',
    'build',
    '--out',
    out,
  ], { encoding: 'utf8' })
  expect(built.status, built.stderr).toBe(0)
  const server = serveDeck({ root: out, port: 0, base: '/' })
  await once(server, 'listening')
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const deckUrl = `${origin}/`
  try {
    const problems = await watchForProblems(context, page, origin)
    for (const { no } of deck) {
      await gotoSlide(page, no, '', deckUrl)
      expect.soft(problems, `slide ${no}`).toEqual([])
      problems.length = 0
    }
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
    expect(problems, 'the service worker the page registers is there').toEqual([])
  }
  finally {
    server.close()
  }
})
