import type { Page } from '@playwright/test'
import type { Buffer } from 'node:buffer'

/**
 * Two renderings of one picture (a canvas and an SVG of the same chart) averaged over blocks of 6×6
 * pixels and compared colour by colour. The renderers place glyph and line edges differently, which the
 * average evens out; a lost line, a missing bar or a wrong colour still shows. Returns the share of
 * averaged pixels that differ by more than 48 of 255 levels in any channel (1 when the sizes differ).
 */
export function averagedDifference(page: Page, first: Buffer | string, second: Buffer | string): Promise<number> {
  const asUrl = (image: Buffer | string) => typeof image === 'string'
    ? image
    : `data:image/png;base64,${image.toString('base64')}`
  return page.evaluate(async ([a, b]) => {
    const block = 6
    const levels = 48
    const pixels = async (source: string) => {
      const image = new Image()
      image.src = source
      await image.decode()
      const canvas = new OffscreenCanvas(Math.ceil(image.width / block), Math.ceil(image.height / block))
      const context = canvas.getContext('2d')!
      context.imageSmoothingQuality = 'high'
      context.drawImage(image, 0, 0, canvas.width, canvas.height)
      return context.getImageData(0, 0, canvas.width, canvas.height).data
    }
    const [one, two] = [await pixels(a), await pixels(b)]
    if (one.length !== two.length)
      return 1
    let differing = 0
    for (let pixel = 0; pixel < one.length; pixel += 4) {
      if ([0, 1, 2, 3].some(channel => Math.abs(one[pixel + channel]! - two[pixel + channel]!) > levels))
        differing++
    }
    return differing / (one.length / 4)
  }, [
    asUrl(first),
    asUrl(second),
  ])
}
