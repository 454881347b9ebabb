// What makes the PDFs readable beyond their pixels: an outline by essay section, and the document's
// metadata. Chromium prints the tags, links and /Lang itself (`tagged`); kit/pdf/finish.ts appends the rest.
import type { Page } from 'playwright-chromium'
import type { TalkConfig } from '../config/talk.ts'
import type { DocumentInfo, OutlineEntry } from './finish.ts'
import { basename } from 'node:path'
import { slidevDom } from '../slidev/internals.ts'

/** A slide as the outline needs it: its number, title and the markdown file it comes from. */
export interface OutlineSlide {
  no: number
  title: string
  file: string
}

/** A node of the deck's outline, by slide number: a section's divider with its slides nested under it. */
export interface SlideOutlineEntry {
  title: string
  slide: number
  children: SlideOutlineEntry[]
}

/** What the outline follows of the talk's config. */
export type OutlinePlan = Pick<TalkConfig, 'sections' | 'appendix'>

/**
 * The outline of the talk: one entry per section (its divider slide), the section's slides nested
 * under it; the title and closing slides on their own; the appendix with its further pages.
 */
export function deckOutline(slides: OutlineSlide[], { sections, appendix }: OutlinePlan): SlideOutlineEntry[] {
  const appendixFile = appendix?.page
  const appendixTitle = appendix?.title ?? ''
  const entries: SlideOutlineEntry[] = []
  let open: SlideOutlineEntry | undefined
  for (const slide of slides) {
    const file = basename(slide.file)
    const section = sections.find(candidate => candidate.page === file)
    if (section && open?.title === section.title) {
      open.children.push({ title: slide.title, slide: slide.no, children: [] })
      continue
    }
    if (file === appendixFile && open?.title === appendixTitle) {
      open.children.push({ title: `${appendixTitle}, page ${open.children.length + 2}`, slide: slide.no, children: [] })
      continue
    }
    open = section
      ? { title: section.title, slide: slide.no, children: [] }
      : file === appendixFile
        ? { title: appendixTitle, slide: slide.no, children: [] }
        : undefined
    entries.push(open ?? { title: slide.title, slide: slide.no, children: [] })
  }
  return entries
}

/** The outline with page numbers: the first page (0-based) each slide prints on. */
export function pageOutline(outline: SlideOutlineEntry[], firstPageOfSlide: Map<number, number>): OutlineEntry[] {
  return outline.map(entry => ({
    title: entry.title,
    page: firstPageOfSlide.get(entry.slide) ?? (() => {
      throw new Error(`slide ${entry.slide} ("${entry.title}") is on no printed page`)
    })(),
    children: pageOutline(entry.children, firstPageOfSlide),
  }))
}

/** On Slidev's print page: the first page each slide prints on, from its print containers in order. */
export async function firstPageOfEachSlide(page: Page): Promise<Map<number, number>> {
  const numbers = await page.locator(`.${slidevDom.printSlideContainerClass}`).evaluateAll((containers, attribute) => containers.map(container =>
    Number(container.querySelector(`[${attribute}]`)?.getAttribute(attribute))), slidevDom.slideNumberAttribute)
  const firstPages = new Map<number, number>()
  numbers.forEach((no, index) => {
    if (!firstPages.has(no))
      firstPages.set(no, index)
  })
  return firstPages
}

/**
 * On Slidev's notes page: each section's divider keeps its heading level (h2) and the slides of the
 * section become h3, so Chromium's outline and the tags nest slides under their section, as the slides'
 * PDF does. The headings say the same; only their levels change.
 */
export async function nestNotesHeadings(page: Page, outline: SlideOutlineEntry[]): Promise<void> {
  const nested = outline.flatMap(entry => entry.children.map(child => child.slide))
  await page.evaluate((slides) => {
    for (const heading of Array.from(document.querySelectorAll('h2'))) {
      const no = Number(/^\s*(\d+)\s*\//.exec(heading.textContent ?? '')?.[1])
      if (!slides.includes(no))
        continue
      const demoted = document.createElement('h3')
      demoted.className = heading.className
      demoted.append(...Array.from(heading.childNodes))
      heading.replaceWith(demoted)
    }
  }, nested)
}

/** Title, author and subject from the headmatter, dated by the commit. */
export function documentInfo(headmatter: Record<string, unknown>, date: Date): DocumentInfo {
  const text = (key: string) => {
    const value = headmatter[key]
    if (typeof value !== 'string' || !value.trim())
      throw new Error(`slides.md: the headmatter needs \`${key}\` for the PDF's metadata`)
    return value
  }
  return {
    title: text('title'),
    author: text('author'),
    subject: text('info'),
    date,
  }
}
