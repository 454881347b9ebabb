/** Where a fact on a slide comes from: the essay (with a quote to find it by) or an outside reference. */
export type Source
  = | {
    kind: 'essay'
    /** The essay section's heading, or 'Opening' for the untitled introduction. */
    section: string
    /** Words copied from the essay, long enough to find the claim there. */
    quote: string
  }
  | {
    kind: 'external'
    title: string
    url: string
  }

export function essay(section: string, quote: string): Source {
  return { kind: 'essay', section, quote }
}

export function external(title: string, url: string): Source {
  return { kind: 'external', title, url }
}

/** One line naming a source, for footnotes and captions. */
export function describeSource(source: Source): string {
  return source.kind === 'essay'
    ? `Essay, “${source.section}”`
    : source.title
}
