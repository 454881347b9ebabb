// Print's chart drawing, in a module of its own: svgcanvas loads when a page prints, not with every chart.
import type { ChartSpec } from './chart-spec.ts'
import { BasicPlatform, Chart } from 'chart.js'
import { themedConfig } from './draw-chart.ts'
import { VectorContext, withRecordedPaths } from './vector-context.ts'

/**
 * Draws a spec as SVG filling `box`, for print: a printed canvas is a raster image, an SVG is vector paths
 * and text a PDF reader can zoom, search and select. No animation, no events: the SVG is final when this
 * returns.
 */
export function drawVectorChart(box: HTMLElement, spec: ChartSpec, { fontPx }: { fontPx: number }): SVGSVGElement {
  // The box's own size, not the scaled one on screen: the SVG scales with the slide as the canvas does.
  const { clientWidth: width, clientHeight: height } = box
  const context = new VectorContext({ width, height })
  const config = themedConfig(box, spec, fontPx, false)
  const chart = withRecordedPaths(() => new Chart(context as unknown as CanvasRenderingContext2D, {
    ...config,
    platform: BasicPlatform,
    options: { ...config.options, responsive: false, devicePixelRatio: 1 },
  }))
  // A copy: destroying the chart clears the context's own SVG.
  const svg = context.getSvg().cloneNode(true) as SVGSVGElement
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`)
  chart.destroy()
  return svg
}
