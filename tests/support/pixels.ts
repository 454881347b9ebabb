import type { Page } from '@playwright/test'
import type { Buffer } from 'node:buffer'

/**
 * How two renderings are evened out before they are compared: scaled to a size, or averaged over square
 * blocks; compared in grey or colour by colour (alpha included); a pixel differs by more than `levels` of 255.
 */
export interface Averaging {
  scaleTo?: { width: number, height: number }
  block?: number
  grey: boolean
  levels: number
}

/**
 * The share of averaged pixels two renderings of one picture draw differently (1 when their averaged
 * sizes differ). Averaging evens out where two renderers put glyph and line edges; a lost line, a
 * missing bar or a wrong colour still shows.
 */
export function differingShare(page: Page, first: Buffer | string, second: Buffer | string, averaging: Averaging): Promise<number> {
  const asUrl = (image: Buffer | string) => typeof image === 'string'
    ? image
    : `data:image/png;base64,${image.toString('base64')}`
  return page.evaluate(async ([a, b, { scaleTo, block, grey, levels }]) => {
    const pixels = async (source: string) => {
      const image = new Image()
      image.src = source
      await image.decode()
      const canvas = scaleTo
        ? new OffscreenCanvas(scaleTo.width, scaleTo.height)
        : new OffscreenCanvas(Math.ceil(image.width / block!), Math.ceil(image.height / block!))
      const context = canvas.getContext('2d', { willReadFrequently: true })!
      context.imageSmoothingQuality = 'high'
      context.drawImage(image, 0, 0, canvas.width, canvas.height)
      return context.getImageData(0, 0, canvas.width, canvas.height).data
    }
    const [one, two] = [await pixels(a), await pixels(b)]
    if (one.length !== two.length)
      return 1
    const differs = (pixel: number) => grey
      ? Math.abs((one[pixel]! + one[pixel + 1]! + one[pixel + 2]!) / 3 - (two[pixel]! + two[pixel + 1]! + two[pixel + 2]!) / 3) > levels
      : [0, 1, 2, 3].some(channel => Math.abs(one[pixel + channel]! - two[pixel + channel]!) > levels)
    let differing = 0
    for (let pixel = 0; pixel < one.length; pixel += 4) {
      if (differs(pixel))
        differing++
    }
    return differing / (one.length / 4)
  }, [
    asUrl(first),
    asUrl(second),
    averaging,
  ] as const)
}

/**
 * A canvas and an SVG of the same chart, averaged over 6×6 pixels and compared colour by colour: the
 * share of averaged pixels that differ by more than 48 of 255 levels in any channel.
 */
export function averagedDifference(page: Page, first: Buffer | string, second: Buffer | string): Promise<number> {
  return differingShare(page, first, second, { block: 6, grey: false, levels: 48 })
}
