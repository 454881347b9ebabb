// The reader view's one script (read/reader.js, loaded by read/index.html from scripts/reader-page.ts):
// it draws each chart from data/ at the phone's width, keeps the address at the slide being read, and
// registers the offline worker.
// The page is complete without it: every chart's numbers are on it as a table.
import type { ChartSpec } from '../data/charts/chart-spec.ts'
import { Chart } from 'chart.js'
import { chartById } from '../data/charts/index.ts'
import { drawChart, loadChartFonts, smallestFont } from './draw-chart.ts'

/** Chart text in the reader view: unscaled CSS px, as the page's small print (0.75rem of 18 px). */
const readerChartFontPx = 13.5

/** Text broken into lines of at most maxCharacters, at spaces: chart.js draws an array as lines. */
function wrapWords(text: string, maxCharacters: number): string[] {
  const lines: string[] = []
  for (const word of text.split(' ')) {
    const last = lines.at(-1)
    if (last !== undefined && last.length + 1 + word.length <= maxCharacters)
      lines[lines.length - 1] = `${last} ${word}`
    else
      lines.push(word)
  }
  return lines
}

/**
 * The slide's chart fitted to a phone: its legend is drawn as a list under it (see htmlLegend), and a
 * radar's spoke labels wrap and take the page's chart text size. The data stays the slide's.
 */
function fittedToWidth(spec: ChartSpec): ChartSpec {
  const fitted = {
    ...spec,
    options: {
      ...spec.options,
      plugins: {
        ...spec.options.plugins,
        legend: { ...spec.options.plugins?.legend, display: false },
      },
    },
  } as ChartSpec
  if (fitted.type !== 'radar')
    return fitted
  const radar = fitted as ChartSpec<'radar'>
  const spoke = radar.options.scales?.r
  return {
    ...radar,
    data: {
      ...radar.data,
      labels: radar.data.labels?.map(label => wrapWords(String(label), 14)),
    },
    options: {
      ...radar.options,
      scales: {
        ...radar.options.scales,
        r: {
          ...spoke,
          pointLabels: {
            ...spoke?.pointLabels,
            font: { size: readerChartFontPx },
          },
        },
      },
    },
  } as ChartSpec
}

/**
 * The chart's legend as a list: chart.js lays a legend out on one line per item, and a long label at a
 * phone's width runs off the canvas; text on the page wraps, and reads at the page's size.
 */
function htmlLegend(chart: Chart, spec: ChartSpec): HTMLUListElement | undefined {
  if (spec.options.plugins?.legend?.display === false)
    return undefined
  const labels = chart.options.plugins?.legend?.labels
  const generate = labels?.generateLabels ?? Chart.defaults.plugins.legend.labels.generateLabels
  const items = generate(chart).filter(item => !labels?.filter || labels.filter(item, chart.data))
  const list = document.createElement('ul')
  list.className = 'reader-chart-legend'
  for (const item of items) {
    const entry = document.createElement('li')
    const key = document.createElement('span')
    key.className = 'reader-chart-key'
    key.setAttribute('aria-hidden', 'true')
    // Set through the CSSOM, which the Content-Security-Policy allows; a style attribute it would block.
    key.style.backgroundColor = String(item.fillStyle)
    key.style.borderColor = String(item.strokeStyle)
    entry.append(key, item.text)
    list.append(entry)
  }
  return list
}

const darkScheme = window.matchMedia('(prefers-color-scheme: dark)')
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)')

function drawWhenNear(figures: HTMLElement[]) {
  const drawn = new Map<HTMLCanvasElement, Chart>()
  const draw = (canvas: HTMLCanvasElement, animate: boolean) => {
    drawn.get(canvas)?.destroy()
    const spec = chartById(canvas.closest<HTMLElement>('[data-chart]')!.dataset.chart!)
    const chart = drawChart(canvas, fittedToWidth(spec), {
      fontPx: readerChartFontPx,
      animate,
    })
    canvas.dataset.smallestFontPx = String(smallestFont(chart))
    // In the chart's box, whose height the page keeps from the start: the legend moves nothing below it.
    const area = canvas.closest('.reader-chart-area')!
    area.querySelector('.reader-chart-legend')?.remove()
    const legend = htmlLegend(chart, spec)
    if (legend)
      area.append(legend)
    canvas.closest('.reader-chart')!.classList.add('reader-chart-ready')
    drawn.set(canvas, chart)
  }
  // Drawn a screen before they scroll into view: nine charts at once would hold up a phone's first seconds.
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting)
        continue
      observer.unobserve(entry.target)
      draw(entry.target as HTMLCanvasElement, !reducedMotion.matches)
    }
  }, { rootMargin: '100% 0px' })
  for (const figure of figures)
    observer.observe(figure.querySelector('canvas')!)
  // The theme's colours are read when a chart is drawn: a switch of scheme draws them again.
  darkScheme.addEventListener('change', () => {
    for (const canvas of drawn.keys())
      draw(canvas, false)
  })
}

/**
 * The address names the slide being read (the last one whose heading has passed the top third of the
 * screen), replaced rather than pushed: a shared link opens at the same place, and Back leaves the page.
 */
function followReadingPosition(sections: HTMLElement[]) {
  let current = location.hash
  let pending = false
  const update = () => {
    pending = false
    const line = window.innerHeight / 3
    const reading = sections.findLast(section => section.getBoundingClientRect().top <= line) ?? sections[0]!
    const hash = `#${reading.id}`
    if (hash !== current) {
      current = hash
      history.replaceState(history.state, '', hash)
    }
  }
  addEventListener('scroll', () => {
    if (!pending) {
      pending = true
      requestAnimationFrame(update)
    }
  }, { passive: true })
}

followReadingPosition([
  ...document.querySelectorAll<HTMLElement>('section.reader-slide'),
])
// Offline after the first visit, as the slides are (setup/main.ts): the worker precaches this page too.
if ('serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
  }, { once: true })
}
const figures = [
  ...document.querySelectorAll<HTMLElement>('.reader-chart[data-chart]'),
]
if (figures.length > 0)
  loadChartFonts(figures[0]!).then(() => drawWhenNear(figures))
