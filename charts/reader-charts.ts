// The reader view's charts (read/charts.js, added by kit/reader/browser.ts when the first one nears the
// screen, so chart.js and the chart data cost a reader nothing until then): each slide's chart from data/,
// redrawn at the phone's width with the same chart.js code as the slides, a screen before it scrolls in.
import type { ChartSpec } from './chart-spec.ts'
import { Chart } from 'chart.js'
import { drawChart, loadChartFonts, smallestFont } from './draw-chart.ts'
import { chartById } from './index.ts'

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

/**
 * Draws the chart whose box holds `canvas`, with its legend as a list in the box, whose height the page
 * keeps from the start: the legend moves nothing below it.
 */
function drawReaderChart(canvas: HTMLCanvasElement, animate: boolean): Chart {
  const spec = chartById(canvas.closest<HTMLElement>('[data-chart]')!.dataset.chart!)
  const chart = drawChart(canvas, fittedToWidth(spec), {
    fontPx: readerChartFontPx,
    animate,
  })
  canvas.dataset.smallestFontPx = String(smallestFont(chart))
  const area = canvas.closest('.reader-chart-area')!
  area.querySelector('.reader-chart-legend')?.remove()
  const legend = htmlLegend(chart, spec)
  if (legend)
    area.append(legend)
  canvas.closest('.reader-chart')!.classList.add('reader-chart-ready')
  return chart
}

const darkScheme = window.matchMedia('(prefers-color-scheme: dark)')
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)')

function drawWhenNear(figures: HTMLElement[]) {
  const drawn = new Map<HTMLCanvasElement, Chart>()
  const draw = (canvas: HTMLCanvasElement, animate: boolean) => {
    drawn.get(canvas)?.destroy()
    drawn.set(canvas, drawReaderChart(canvas, animate))
  }
  // Nine charts at once would hold up a phone: each is drawn as it comes within a screen of the view.
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

const figures = [
  ...document.querySelectorAll<HTMLElement>('.reader-chart[data-chart]'),
]
loadChartFonts(figures[0]!).then(() => drawWhenNear(figures))
