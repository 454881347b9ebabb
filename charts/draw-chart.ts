import type { ChartConfiguration } from 'chart.js'
import type { ChartSpec } from './chart-spec.ts'
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  RadarController,
  RadialLinearScale,
  ScatterController,
  Tooltip,
} from 'chart.js'
import { toFont } from 'chart.js/helpers'

// Only the parts the charts in charts/ use: the rest of chart.js stays out of the bundle.
Chart.register(BarController, BarElement, CategoryScale, Filler, Legend, LinearScale, LineController, LineElement, LogarithmicScale, PointElement, RadarController, RadialLinearScale, ScatterController, Tooltip)

/** Replaces every `--token` string with the theme's value for it, on the element the chart sits in. */
function resolveThemeTokens<T>(value: T, style: CSSStyleDeclaration): T {
  if (typeof value === 'string' && value.startsWith('--'))
    return (style.getPropertyValue(value).trim() || value) as T
  if (Array.isArray(value))
    return value.map(item => resolveThemeTokens(item, style)) as T
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [
      key,
      resolveThemeTokens(item, style),
    ])) as T
  }
  return value
}

/** The chart.js configuration for a spec, in the theme of the element it is drawn in, at a text size. */
export function themedConfig(element: Element, spec: ChartSpec, fontPx: number, animate: boolean): ChartConfiguration {
  const style = getComputedStyle(element)
  Chart.defaults.font.family = style.fontFamily
  Chart.defaults.font.size = fontPx
  Chart.defaults.color = style.getPropertyValue('--talk-fg').trim()
  Chart.defaults.borderColor = style.getPropertyValue('--talk-rule').trim()
  return resolveThemeTokens({
    type: spec.type,
    data: structuredClone(spec.data),
    options: {
      ...spec.options,
      // The PDF and reduced motion get the final state at once: no half-drawn bars.
      animation: animate ? spec.options.animation : false,
      responsive: true,
      maintainAspectRatio: false,
    },
  }, style) as ChartConfiguration
}

/**
 * Draws a spec on a canvas in the theme of the element it sits in: the slides (ChartCanvas.vue) and the
 * reader view (charts/reader-charts.ts) draw the same data/ with this, at their own text size.
 */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec, { fontPx, animate }: { fontPx: number, animate: boolean }): Chart {
  return new Chart(canvas, themedConfig(canvas, spec, fontPx, animate))
}

/** The smallest text the chart draws, as chart.js resolved it: a canvas has no text for a test to measure. */
export function smallestFont(drawnChart: Chart): number {
  const scales = Object.values(drawnChart.scales).flatMap((scale) => {
    const options = scale.options as { ticks?: { display?: boolean, font?: object }, title?: { display?: boolean, font?: object }, pointLabels?: { display?: boolean, font?: object } }
    return [options.ticks, options.title, options.pointLabels].filter(part => part && part.display !== false)
  })
  const legend = drawnChart.options.plugins?.legend
  const parts = [
    ...scales,
    ...(legend?.display === false
      ? []
      : [legend?.labels]),
  ]
  return Math.min(...parts.map(part => toFont(part?.font as Parameters<typeof toFont>[0]).size))
}

/** A canvas keeps the font it was drawn with: the chart fonts must have loaded before a chart is drawn. */
export async function loadChartFonts(element: Element): Promise<void> {
  const family = getComputedStyle(element).fontFamily
  await Promise.all(['400', '600'].map(weight => document.fonts.load(`${weight} 14px ${family}`)))
}
