import { expect, test } from '@playwright/test'
import { build } from 'vite'
import { averagedDifference } from './support/pixels.ts'

// VectorContext (charts/vector-context.ts) on its own, with the shapes the talk's charts may not use
// today: a bordered bar (clip, then an even-odd ring), a curved line chart.js strokes as a Path2D, and a
// filled area. Drawn on a canvas and as SVG, the two must look the same.

test('VectorContext draws bordered bars, Path2D lines and filled areas as the canvas does', async ({ page }) => {
  // Vite's own bundler, without the deck's config: the page and the adapter, nothing of Slidev.
  const bundle = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      rollupOptions: {
        input: 'tests/fixtures/vector-context-page.ts',
        output: { format: 'iife' },
      },
    },
  })
  const [chunk] = [bundle].flat().flatMap(result => 'output' in result
    ? result.output
    : [])
  await page.setContent('<!doctype html><body></body>')
  await page.addScriptTag({
    content: chunk && 'code' in chunk
      ? chunk.code
      : '',
  })
  const drawn = await page.evaluate(() => (window as unknown as { drawBoth: () => Promise<{ canvas: string, svg: string, svgMarkup: string }> }).drawBoth())
  expect(drawn.svgMarkup, 'the bar borders are rings filled even-odd').toContain('fill-rule="evenodd"')
  const share = await averagedDifference(page, drawn.canvas, drawn.svg)
  expect(share, 'share of pixels the SVG draws differently from the canvas').toBeLessThan(0.015)
})
