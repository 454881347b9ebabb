import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'
import { gotoSlide, readDeckOutline } from './support/deck.ts'
import { test } from './support/fixtures.ts'

// A meetup projector may be 1024x768. The back row reads text of 18 CSS px there; text for readers rather
// than the room (sources, footnotes, the slide's position), marked `.reader-text`, may be as small as 12.

const deck = await readDeckOutline()
const roomTextPx = 18
const readerTextPx = 12

// The room's slides (issue 24): one idea each, read in a few seconds. Reviewed limits, not timings.
/** Words on a content slide, the median over the deck. */
const medianWordsAtMost = 35
/** A content slide over this many words must be code or a half of the comparison table. */
const manyWords = 60
/** Content slides whose content ends above this share of the slide's height: the lower third left empty. */
const endsHighShare = 0.7
const endingHighAtMost = 4

/**
 * The slides the room reads for their content: not the title, not a section divider, and not the
 * appendix after the closing slide ("What we corrected" and "Sources", reference lists for readers).
 */
const closingNo = deck.find(slide => slide.content.includes('<HostedDeckQr'))!.no
const contentSlides = deck.filter(slide => slide.no > 1 && slide.layout !== 'section' && slide.no <= closingNo)
/** Slides allowed more words: code shown from a snippet, and the two halves of the comparison table. */
const wordySlides = new Set(contentSlides
  .filter(slide => slide.content.includes('<<< @/snippets/') || slide.content.includes('<ComparisonTable'))
  .map(slide => slide.no))

interface RoomMeasure {
  no: number
  title: string
  words: number
  /** The median character's size on the projector, each character counted once. */
  medianPx: number
  /** Where the slide's content ends, as a share of the slide's height. */
  endsAt: number
}

/** Measures an open slide as the room sees it at this window size, every click revealed, chrome left out. */
function measureRoom(page: Page, no: number): Promise<Omit<RoomMeasure, 'no' | 'title'>> {
  return page.locator(`[data-slidev-no="${no}"]`).first().evaluate((element) => {
    const slideRect = element.getBoundingClientRect()
    const scale = slideRect.width / (element as HTMLElement).offsetWidth
    const sizes: { px: number, chars: number }[] = []
    let words = 0
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) {
      const text = walker.currentNode.textContent!.replace(/\s+/g, ' ').trim()
      const parent = walker.currentNode.parentElement!
      if (!text || parent.getClientRects().length === 0 || parent.closest('.slidev-vclick-hidden, .slide-chrome'))
        continue
      words += text.split(' ').filter(word => /[\p{L}\p{N}]/u.test(word)).length
      sizes.push({ px: Number.parseFloat(getComputedStyle(parent).fontSize) * scale, chars: text.replace(/ /g, '').length })
    }
    sizes.sort((a, b) => a.px - b.px)
    const total = sizes.reduce((sum, { chars }) => sum + chars, 0)
    let seen = 0
    const median = sizes.find(({ chars }) => (seen += chars) >= total / 2)?.px ?? 0
    const bottom = Math.max(slideRect.top, ...[
      ...element.querySelectorAll('.slidev-layout *'),
    ]
      .filter(child => !child.closest('.slide-chrome') && child.getClientRects().length > 0)
      .map(child => child.getBoundingClientRect())
      .filter(rect => rect.width > 0 && rect.height > 0)
      .map(rect => rect.bottom))
    return { words, medianPx: median, endsAt: (bottom - slideRect.top) / slideRect.height }
  })
}
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

test.describe('at 1024x768 each content slide gives the room one idea, at a size it reads', () => {
  test.use({
    viewport: { width: 1024, height: 768 },
  })

  test('words per slide, median character size and the slide\'s empty lower third, within the reviewed limits', async ({ slidePage: page }, testInfo) => {
    expect(contentSlides.length, 'content slides, read from the deck').toBeGreaterThan(0)
    const measures: RoomMeasure[] = []
    for (const { no, title } of contentSlides) {
      await gotoSlide(page, no, '?clicks=99')
      measures.push({
        no,
        title,
        ...await measureRoom(page, no),
      })
    }
    await testInfo.attach('room-measures.json', {
      body: JSON.stringify(measures, null, 2),
      contentType: 'application/json',
    })
    const describe = (slides: RoomMeasure[], value: (slide: RoomMeasure) => string) => slides.map(slide => `${slide.no} "${slide.title}": ${value(slide)}`)

    for (const slide of measures)
      expect(slide.words, `slide ${slide.no} "${slide.title}" shows words`).toBeGreaterThan(0)
    const words = measures.map(slide => slide.words).sort((a, b) => a - b)
    const medianWords = words.length % 2
      ? words[(words.length - 1) / 2]!
      : (words[words.length / 2 - 1]! + words[words.length / 2]!) / 2
    expect.soft(medianWords, `median words per content slide (${describe(measures, slide => String(slide.words)).join('; ')})`).toBeLessThanOrEqual(medianWordsAtMost)

    const wordy = measures.filter(slide => slide.words > manyWords)
    expect.soft(describe(wordy.filter(slide => !wordySlides.has(slide.no)), slide => `${slide.words} words`), `only code and the comparison table's halves pass ${manyWords} words`).toEqual([])

    expect.soft(describe(measures.filter(slide => slide.medianPx < roomTextPx - 0.05), slide => `${slide.medianPx.toFixed(1)}px`), `slides whose median character is below ${roomTextPx}px`).toEqual([])

    const endingHigh = measures.filter(slide => slide.endsAt < endsHighShare)
    expect.soft(endingHigh.length, `content slides ending above ${endsHighShare * 100}% of their height: ${describe(endingHigh, slide => `${(slide.endsAt * 100).toFixed(0)}%`).join('; ')}`).toBeLessThanOrEqual(endingHighAtMost)
  })
})
