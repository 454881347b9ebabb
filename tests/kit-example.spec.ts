// The kit serves a talk other than this one: examples/second-talk uses it with its own slides, data and a
// talk.config.ts, and nothing copied from this talk. Its build gets the kit's features, checked here as the
// main deck's are: the reader view, the PDF's outline, tags and links, slide 1 before any script, offline
// after one visit, and the deck check naming a typo with its file and line.
import type { AddressInfo } from 'node:net'
import { spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { figures, supportedReleasesSource } from '../examples/second-talk/data/figures.ts'
import talk from '../examples/second-talk/talk.config.ts'
import { loadDeck } from '../kit/check/deck-source.ts'
import { prerenderedSlideClass } from '../kit/first-paint/prerendered-slide.ts'
import { serveDeck } from '../kit/headless/serve.ts'
import { copyDeck } from './support/deck-copy.ts'
import { pdfInfo, pdfLinks, pdfOutline, pdfStructureTypes } from './support/pdf.ts'

const example = join(process.cwd(), 'examples', 'second-talk')
const kitCli = join(process.cwd(), 'kit', 'cli', 'index.ts')
const deck = await loadDeck(example)
const pdfName = `${deck.headmatter.exportFilename}.pdf`

function runKit(cwd: string, args: string[]) {
  return spawnSync(process.execPath, [kitCli, ...args], { cwd, encoding: 'utf8' })
}

test.describe.serial('a second talk on the kit', () => {
  const out = mkdtempSync(join(tmpdir(), 'second-talk-'))
  let origin = ''
  let server: ReturnType<typeof serveDeck> | undefined

  test.beforeAll(async () => {
    test.setTimeout(240_000)
    const built = runKit(example, [
      'build',
      '--out',
      join(out, 'site'),
    ])
    expect(built.status, `${built.stdout}\n${built.stderr}`).toBe(0)
    server = serveDeck({
      root: join(out, 'site'),
      port: 0,
      base: '/',
    })
    await once(server, 'listening')
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  test.afterAll(() => {
    server?.close()
    rmSync(out, { recursive: true, force: true })
  })

  test('its build has the deck, the reader view, the PDF and the offline worker', () => {
    for (const file of [
      'index.html',
      'read/index.html',
      pdfName,
      'sw.js',
      '_headers',
    ])
      expect(existsSync(join(out, 'site', file)), file).toBe(true)
  })

  test('the reader view has every slide, its notes, and the figure\'s source as a link', async ({ page }) => {
    await page.goto(`${origin}/read/`)
    for (const slide of deck.slides) {
      const section = page.locator(`#slide-${slide.index + 1}`)
      await expect(section).toBeAttached()
      const firstNote = slide.note!.trim().split('\n')[0]!
      await expect(section, `slide ${slide.index + 1}'s notes`).toContainText(firstNote.slice(0, 40))
    }
    for (const figure of figures)
      await expect(page.getByRole('link', { name: figure.source.title }).first()).toHaveAttribute('href', figure.source.url)
  })

  test('the PDF is outlined by the talk\'s sections, tagged, and links its sources', () => {
    const pdf = join(out, 'site', pdfName)
    const outline = pdfOutline(pdf)
    for (const section of talk.sections) {
      const entry = outline.find(bookmark => bookmark.title === section.title)
      expect(entry, `a bookmark for section "${section.title}"`).toBeDefined()
      expect(entry!.children.length, `the slides of "${section.title}" under it`).toBeGreaterThan(0)
    }
    expect(pdfInfo(pdf).Tagged).toBe('yes')
    expect(pdfStructureTypes(pdf)).toEqual(expect.arrayContaining(['H1', 'P']))
    expect(pdfLinks(pdf)).toEqual(expect.arrayContaining([supportedReleasesSource.url]))
  })

  test('slide 1 is in index.html before any script', async ({ browser }) => {
    const noScript = await browser.newContext({ javaScriptEnabled: false })
    const page = await noScript.newPage()
    await page.goto(`${origin}/`)
    await expect(page.locator(`.${prerenderedSlideClass} h1`)).toHaveText(deck.slides[0]!.title!)
    await noScript.close()
  })

  test('after one visit it works offline', async ({ page, context }) => {
    await page.goto(`${origin}/1`)
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
    await context.setOffline(true)
    const last = deck.slides.length
    await page.goto(`${origin}/${last}`)
    await expect(page.getByRole('heading', { name: deck.slides[last - 1]!.title })).toBeVisible()
  })
})

test('the deck check names a typo in the second talk with its file and line', () => {
  const copy = copyDeck('examples/second-talk')
  try {
    const [figure] = figures
    const page = 'pages/01-why.md'
    copy.edit(page, `<TalkFigure id="${figure.id}"`, `<TalkFigure id="${figure.id}s"`)
    const checked = spawnSync(process.execPath, [kitCli, 'check'], { cwd: copy.root, encoding: 'utf8' })
    expect(checked.status).toBe(1)
    expect(checked.stderr).toContain(`${page}:${copy.lineOf(page, `${figure.id}s`)}`)
    expect(checked.stderr).toContain(`unknown figure id \`${figure.id}s\``)
    expect(checked.stderr).toContain(`did you mean \`${figure.id}\`?`)
  }
  finally {
    rmSync(copy.root, { recursive: true, force: true })
  }
})

test('a talk without talk.config.ts is told what to write', () => {
  const copy = copyDeck('examples/second-talk')
  try {
    rmSync(join(copy.root, 'talk.config.ts'))
    const checked = spawnSync(process.execPath, [kitCli, 'check'], { cwd: copy.root, encoding: 'utf8' })
    expect(checked.status).toBe(1)
    expect(checked.stderr).toContain('talk.config.ts: missing')
    expect(readFileSync(join(copy.root, 'slides.md'), 'utf8')).toContain('talk-kit')
  }
  finally {
    rmSync(copy.root, { recursive: true, force: true })
  }
})
