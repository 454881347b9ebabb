// The deck in every engine the room uses besides Chromium: WebKit (every iPhone browser) and Gecko
// (Firefox). Run once per engine by the `webkit` and `gecko` projects of playwright.config.ts, against
// the build for /talk/ that the `engines-build` project makes (site.ts), driven through engines.ts.
// Each check is written once for every engine; a new one (the reader view at phone width, say) is a
// test here using `tab.setViewport`, `tab.goto` and `tab.evaluate`.
import type { EngineName, EngineTab } from './engines.ts'
import type { ServedSite } from './site.ts'
import { readdirSync, readFileSync } from 'node:fs'
import process from 'node:process'
import { test as base, expect } from '@playwright/test'
import { readDeckOutline, slideKinds, slidesCoveringEveryKind } from '../support/deck.ts'
import { normaliseText } from '../support/text.ts'
import { launchEngine, missingForEngine } from './engines.ts'
import { serveSite, siteBase } from './site.ts'

const isCI = Boolean(process.env.CI)

const test = base.extend<object, { engine: EngineName, tab: EngineTab, site: ServedSite }>({
  engine: [
    'webkit',
    { option: true, scope: 'worker' },
  ],
  tab: [
    async ({ engine }, use) => {
      const running = await launchEngine(engine)
      await use(running.tab)
      await running.close()
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  site: [
    // Playwright reads a fixture's dependencies from its first parameter, which must be a pattern.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const site = await serveSite()
      await use(site)
      await site.close()
    },
    { scope: 'worker' },
  ],
})

const deck = await readDeckOutline()
/** Components that draw a chart: the ones that render ChartCanvas. */
const chartComponents = new Set(readdirSync('components')
  .filter(file => file.endsWith('.vue') && readFileSync(`components/${file}`, 'utf8').includes('<ChartCanvas'))
  .map(file => `component ${file.slice(0, -'.vue'.length)}`))
const hasChart = (kinds: string[]) => kinds.some(kind => chartComponents.has(kind))
const covered = slidesCoveringEveryKind(deck)
const chartSlide = covered.find(({ slide }) => hasChart(slideKinds(slide)) && !slideKinds(slide).includes('click steps'))!.slide
const tableSlide = deck.find(slide => slideKinds(slide).includes('component ComparisonTable'))!

/**
 * Runs in the page: waits until slide `no` is on screen and settled (its layout there, nothing loading,
 * every chart drawn and sized to its box, no animation running, fonts loaded), then describes it.
 */
async function settledSlide(no: number, timeout: number) {
  const deadline = Date.now() + timeout
  const slideNow = () => document.querySelector(`[data-slidev-no="${no}"]`)
  const notYet = (): string | undefined => {
    const slide = slideNow()
    if (!slide)
      return `no [data-slidev-no="${no}"] on ${location.pathname}`
    if (!slide.querySelector('.slidev-layout') || slide.querySelector('.slidev-slide-loading'))
      return 'the slide is still loading'
    if ([
      ...slide.querySelectorAll('.chart-canvas'),
    ].some(figure => !figure.querySelector('.chart-canvas-ready'))) {
      return 'a chart is not drawn yet'
    }
    if ([
      ...slide.querySelectorAll('canvas'),
    ].some(canvas => canvas.width === 0
      || Math.abs(canvas.clientWidth - canvas.parentElement!.clientWidth) > 1
      || Math.abs(canvas.clientHeight - canvas.parentElement!.clientHeight) > 1)) {
      return 'a chart does not fill its box yet'
    }
    if (document.getAnimations().some(animation => animation.playState === 'running' && animation.effect?.getTiming().iterations !== Infinity))
      return 'an animation is still running'
    return undefined
  }
  for (let waiting = notYet(); waiting; waiting = notYet()) {
    if (Date.now() > deadline)
      return { error: `slide ${no} not settled within ${timeout / 1000} s: ${waiting}` }
    await new Promise(resolve => setTimeout(resolve, 25))
  }
  await document.fonts.ready
  // Two frames: the settled page has been painted at least once.
  await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  const slide = slideNow()!
  return {
    error: undefined,
    path: location.pathname,
    text: slide.textContent ?? '',
    chartProblems: [
      ...slide.querySelectorAll('.chart-canvas-problem'),
    ].map(problem => problem.textContent ?? ''),
    controlledByWorker: Boolean(navigator.serviceWorker?.controller),
    charts: [
      ...slide.querySelectorAll('canvas'),
    ].map((canvas) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
      let painted = 0
      const colours = new Set<number>()
      for (let at = 0; at < data.length; at += 4) {
        if (data[at + 3]! > 0) {
          painted++
          colours.add((data[at]! << 16) | (data[at + 1]! << 8) | data[at + 2]!)
        }
      }
      return {
        label: canvas.getAttribute('aria-label') ?? '',
        animated: canvas.dataset.animated,
        paintedShare: painted / (canvas.width * canvas.height),
        colours: colours.size,
      }
    }),
  }
}

/** Opens a slide (a full page load) and checks it is the slide asked for, rendered, with its title. */
async function openSlide(tab: EngineTab, url: string, slide: { no: number, title: string }) {
  await tab.goto(url)
  return checkSlide(tab, slide)
}

/**
 * Moves to a slide inside the running deck, as its own navigation does: a new history entry that
 * Slidev's router follows. About three times quicker than a full load in WebKit; full loads have their own tests.
 */
async function moveToSlide(tab: EngineTab, path: string, slide: { no: number, title: string }) {
  await tab.evaluate((to: string) => {
    history.pushState(null, '', to)
    dispatchEvent(new PopStateEvent('popstate', { state: null }))
  }, path)
  return checkSlide(tab, slide)
}

async function checkSlide(tab: EngineTab, { no, title }: { no: number, title: string }) {
  const state = await tab.evaluate(settledSlide, no, 30_000)
  expect(state.error, `${tab.browser}`).toBeUndefined()
  expect(normaliseText(state.text!), `slide ${no} shows its title`).toContain(normaliseText(title))
  expect(state.chartProblems, `slide ${no}: no chart shows a data problem instead`).toEqual([])
  for (const chart of state.charts!) {
    expect(chart.animated, `"${chart.label}": drawn at once (reduced motion), so what is checked is the final chart`).toBe('false')
    expect(chart.paintedShare, `"${chart.label}": the canvas is not blank`).toBeGreaterThan(0.02)
    expect(chart.colours, `"${chart.label}": drawn in more than one colour`).toBeGreaterThan(2)
  }
  return state
}

/** A screenshot once two in a row are the same: a frame still being painted is never the one compared. */
async function stableScreenshot(tab: EngineTab) {
  let previous = await tab.screenshot()
  for (let attempt = 0; attempt < 20; attempt++) {
    const current = await tab.screenshot()
    if (current.equals(previous))
      return current
    previous = current
  }
  throw new Error(`${tab.browser}: the page kept changing over 20 screenshots`)
}

test.beforeAll(({ engine }) => {
  const missing = missingForEngine(engine)
  if (!missing)
    return
  if (isCI)
    throw new Error(`${missing}. Under CI=true a missing engine fails rather than skips.`)
  console.warn(`Skipping the ${engine} tests. ${missing}`)
  test.skip(true, missing)
})

// What goes wrong after a test's last check is that test's failure, not the next one's.
test.afterEach(async ({ tab }) => {
  await tab.goto('about:blank')
  expect(await tab.takeProblems(), 'no error after the test\'s last check').toEqual([])
})

test('an error in the page is reported, not missed', async ({ tab, site }) => {
  await openSlide(tab, site.url('1'), deck[0]!)
  await tab.evaluate(async () => {
    console.error('planted console error')
    setTimeout(() => {
      throw new Error('planted page error')
    })
    void Promise.reject(new Error('planted rejection'))
    const collected = (window as unknown as { __deckProblems: string[] }).__deckProblems
    while (collected.length < 3)
      await new Promise(resolve => setTimeout(resolve, 10))
  })
  const problems = await tab.takeProblems()
  expect(problems).toEqual(expect.arrayContaining([
    expect.stringMatching(/^console error: planted console error/),
    expect.stringMatching(/^page error: Error: planted page error/),
    expect.stringMatching(/^unhandled promise rejection: Error: planted rejection/),
  ]))
  if (tab.engine === 'gecko') {
    // Firefox's own log, through BiDi, sees them too (and would see what no script in the page can).
    const logged = [...problems]
    await expect.poll(async () => {
      logged.push(...await tab.takeProblems())
      return logged
    }, { message: 'the BiDi log reports the planted errors' }).toEqual(expect.arrayContaining([
      expect.stringMatching(/^console error \(Firefox log\): planted console error/),
      expect.stringMatching(/^page error \(Firefox log\): .*planted page error/),
    ]))
  }
})

test(`every layout and component renders with its title, charts drawn, no error (${covered.length} of ${deck.length} slides)`, async ({ tab, site }) => {
  test.setTimeout(180_000)
  test.info().annotations.push({ type: 'slides', description: `${covered.map(({ slide }) => slide.no).join(', ')} in ${tab.browser}` })
  for (const [index, { slide }] of covered.entries()) {
    const kinds = slideKinds(slide)
    await test.step(`slide ${slide.no}: ${slide.title} (${kinds.join(', ')})`, async () => {
      // Past the last click, so everything the slide holds is on screen. One full load, then the deck's own navigation.
      const path = `${siteBase}${slide.no}?clicks=99`
      const state = index === 0
        ? await openSlide(tab, site.url(path), slide)
        : await moveToSlide(tab, path, slide)
      if (hasChart(kinds))
        expect(state.charts!.length, `slide ${slide.no} has a chart component and so a canvas`).toBeGreaterThan(0)
      expect.soft(await tab.takeProblems(), `slide ${slide.no}: no console error, page error or failed load`).toEqual([])
    })
  }
})

test('a deep link and a reload under /talk/ open the slide, and the arrow key goes on from there', async ({ tab, site }) => {
  const next = deck[chartSlide.no]!
  const opened = await openSlide(tab, site.url(String(chartSlide.no)), chartSlide)
  expect(opened.path).toBe(`${siteBase}${chartSlide.no}`)
  await tab.reload()
  expect((await checkSlide(tab, chartSlide)).path).toBe(`${siteBase}${chartSlide.no}`)
  await tab.press('ArrowRight')
  await expect.poll(() => tab.evaluate(() => location.pathname)).toBe(`${siteBase}${next.no}`)
  await checkSlide(tab, next)
  expect(await tab.takeProblems()).toEqual([])
})

test('after one visit the offline worker is registered, and the deck works offline', async ({ tab }) => {
  // A server of its own is an origin of its own: no worker or cache from another test.
  const own = await serveSite()
  try {
    await openSlide(tab, own.url('1'), deck[0]!)
    const worker = await tab.evaluate(async (timeout: number) => {
      const timedOut = new Promise<undefined>(resolve => setTimeout(resolve, timeout))
      // Active once its install (the precaching) succeeded; activated once old caches are gone.
      const registration = await Promise.race([navigator.serviceWorker.ready, timedOut])
      const active = registration?.active
      if (active && active.state !== 'activated') {
        await Promise.race([
          new Promise(resolve => active.addEventListener('statechange', () => active.state === 'activated' && resolve(undefined))),
          timedOut,
        ])
      }
      return {
        registrations: (await navigator.serviceWorker.getRegistrations()).length,
        scope: registration?.scope,
        state: registration?.active?.state,
      }
    }, 30_000)
    expect(worker, 'one visit registers the worker, and it has precached the deck').toEqual({
      registrations: 1,
      scope: own.base,
      state: 'activated',
    })
    // The visit ends before the network goes: 3 s after it opens, the deck fetches every slide ahead of
    // time, and on a slow machine those fetches may still be on their way.
    await tab.goto('about:blank')
    await own.goOffline()
    await expect(fetch(own.url('1')), 'the server no longer answers').rejects.toThrow()
    for (const slide of [
      chartSlide,
      deck.at(-1)!,
    ]) {
      const state = await openSlide(tab, own.url(String(slide.no)), slide)
      expect(state.controlledByWorker, `slide ${slide.no} came from the worker`).toBe(true)
    }
    await tab.reload()
    await checkSlide(tab, deck.at(-1)!)
    expect(await tab.takeProblems()).toEqual([])
  }
  finally {
    await own.close()
  }
})

test('the title, a chart and the comparison table look as reviewed in this engine', async ({ tab, site }) => {
  // Fonts and anti-aliasing differ per engine: each has its own baselines, reviewed by eye.
  for (const [index, [name, slide]] of ([
    ['title', deck[0]!],
    ['chart', chartSlide],
    ['comparison-table', tableSlide],
  ] as const).entries()) {
    await test.step(`${name}: slide ${slide.no}, ${slide.title}`, async () => {
      const path = `${siteBase}${slide.no}?clicks=99`
      if (index === 0)
        await openSlide(tab, site.url(path), slide)
      else
        await moveToSlide(tab, path, slide)
      expect.soft(await stableScreenshot(tab)).toMatchSnapshot(`${name}.png`)
      expect.soft(await tab.takeProblems()).toEqual([])
    })
  }
})
