import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'
import { gotoSlide, readDeckOutline } from './support/deck.ts'
import { test } from './support/fixtures.ts'

// A meetup projector may be 1024x768. The back row reads text of 18 CSS px there; text for readers rather
// than the room (sources, footnotes, the slide's position), marked `.reader-text`, may be as small as 12.

const deck = await readDeckOutline()
const roomTextPx = 18
const readerTextPx = 12
/** The slide's shape, Slidev's default 16:9. */
const canvas = { aspectRatio: 16 / 9 }

/** The slide as the audience window draws it, in CSS pixels of the window. */
function slideBox(page: Page, no: number) {
  return page.locator(`[data-slidev-no="${no}"]`).first().evaluate((slide) => {
    const { left, top, width, height } = slide.getBoundingClientRect()
    return {
      left,
      top,
      width,
      height,
      right: innerWidth - left - width,
      bottom: innerHeight - top - height,
    }
  })
}

for (const viewport of [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
]) {
  test(`at ${viewport.width}x${viewport.height} the audience window letterboxes the whole slide, centred`, async ({ page }) => {
    await page.setViewportSize(viewport)
    for (const no of [1, deck.length]) {
      await gotoSlide(page, no)
      const box = await slideBox(page, no)
      expect(box.width / box.height, 'the slide keeps its 16:9 shape').toBeCloseTo(canvas.aspectRatio, 2)
      expect(Math.max(box.width / viewport.width, box.height / viewport.height), 'as large as the window allows').toBeCloseTo(1, 2)
      expect(Math.abs(box.left - box.right), 'centred across').toBeLessThanOrEqual(1)
      expect(Math.abs(box.top - box.bottom), 'centred down').toBeLessThanOrEqual(1)
      expect(Math.min(box.left, box.top, box.right, box.bottom), 'nothing cut off').toBeGreaterThan(-0.5)
    }
  })
}

test.describe('at 1024x768 the back row can read every slide, every click revealed, and nothing spills off the slide', () => {
  test.use({
    viewport: { width: 1024, height: 768 },
  })

  for (const { no, title } of deck) {
    test(`slide ${no}: ${title}`, async ({ slidePage: page }) => {
      const slide = await gotoSlide(page, no, '?clicks=99')
      const found = await slide.evaluate((element, { roomTextPx, readerTextPx }) => {
        const slideRect = element.getBoundingClientRect()
        // What the room sees: sizes on the slide times the slide's scale in this window.
        const scale = slideRect.width / (element as HTMLElement).offsetWidth
        const chrome = element.querySelector('.slide-chrome')?.getBoundingClientRect()
        const tooSmall: string[] = []
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
        while (walker.nextNode()) {
          const text = walker.currentNode.textContent!.trim()
          const parent = walker.currentNode.parentElement!
          if (!text || parent.getClientRects().length === 0 || parent.closest('.slidev-vclick-hidden'))
            continue
          const size = Number.parseFloat(getComputedStyle(parent).fontSize) * scale
          const least = parent.closest('.reader-text')
            ? readerTextPx
            : roomTextPx
          if (size < least - 0.05)
            tooSmall.push(`"${text.slice(0, 40)}" at ${size.toFixed(1)}px (at least ${least})`)
        }
        for (const chart of element.querySelectorAll('canvas[data-smallest-font-px]')) {
          const size = Number(chart.getAttribute('data-smallest-font-px')) * scale
          if (size < roomTextPx - 0.05)
            tooSmall.push(`chart "${chart.getAttribute('aria-label')!.slice(0, 40)}" text at ${size.toFixed(1)}px (at least ${roomTextPx})`)
        }
        // Content ends inside the slide and above its chrome (the section name and page number).
        const floor = chrome ? chrome.top : slideRect.bottom
        const spills = [
          ...element.querySelectorAll('.slidev-layout *'),
        ]
          .filter(child => !child.closest('.slide-chrome') && child.getClientRects().length > 0)
          .map(child => ({
            child,
            rect: child.getBoundingClientRect(),
          }))
          .filter(({ rect }) => rect.width > 0 && rect.height > 0 && (rect.bottom > floor + 1 || rect.right > slideRect.right + 1 || rect.left < slideRect.left - 1))
          .map(({ child }) => `<${child.tagName.toLowerCase()} class="${child.className}"> "${child.textContent!.trim().slice(0, 40)}"`)
        return { tooSmall, spills }
      }, { roomTextPx, readerTextPx })
      expect.soft(found.tooSmall, 'text the back row cannot read').toEqual([])
      expect.soft(found.spills, 'content past the slide\'s edge or into its chrome').toEqual([])
    })
  }
})
