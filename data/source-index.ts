// Every source the talk uses, grouped by essay section, for the sources appendix and the link checks.
import type { Source } from './sources.ts'
import { comparisonSource } from './comparison.ts'
import { dependencySurfaces } from './dependencies.ts'
import { factChecks } from './fact-checks.ts'
import { incidents, incidentsInEssay } from './incidents.ts'
import { metrics } from './metrics.ts'
import { suspiciousQuestions } from './questions.ts'
import { referenceFacts } from './reference-facts.ts'
import { sections } from './sections.ts'
import { describeSource } from './sources.ts'

/** One source and the things on the slides it supports. */
export interface SourceEntry {
  source: Source
  supports: string[]
}

/** The sources of one essay section, in the order the data lists them. */
export interface SourceGroup {
  section: string
  entries: SourceEntry[]
}

/** The deck's section title for an essay source's heading ('Opening' is the untitled introduction). */
export function sectionOfEssayHeading(heading: string): string | undefined {
  return heading === 'Opening'
    ? sections[0]?.title
    : sections.find(section => section.essayHeading === heading)?.title
}

interface Use {
  section: string | undefined
  source: Source
  supports: string
}

function uses(): Use[] {
  const essaySection = (source: Source) => source.kind === 'essay'
    ? sectionOfEssayHeading(source.section)
    : undefined
  return [
    ...metrics.map(metric => ({
      section: essaySection(metric.source),
      source: metric.source,
      supports: `Figure: ${metric.display} ${metric.measures}`,
    })),
    ...metrics.flatMap(metric => metric.evidence.kind === 'sourced'
      ? metric.evidence.sources.map(source => ({
          section: essaySection(metric.source),
          source,
          supports: `Figure, checked: ${metric.display} ${metric.measures}`,
        }))
      : []),
    ...referenceFacts.map(fact => ({ section: fact.section, source: fact.source, supports: `Chart: ${fact.label}` })),
    ...dependencySurfaces.map(surface => ({
      section: essaySection(surface.source),
      source: surface.source,
      supports: `${surface.language} dependency list`,
    })),
    ...incidents.map(incident => ({
      section: essaySection(incidentsInEssay),
      source: incident.source,
      supports: `Incident: ${incident.name} (${incident.year})`,
    })),
    ...factChecks.flatMap(check => check.sources.map(source => ({ section: check.section, source, supports: `Fact check: “${check.essayClaim}”` }))),
    {
      section: essaySection(comparisonSource),
      source: comparisonSource,
      supports: 'The comparison table',
    },
    ...suspiciousQuestions.map(question => ({
      section: essaySection(question.source),
      source: question.source,
      supports: `Question: ${question.question}`,
    })),
  ]
}

/** Where an essay source and an outside one are the same entry: one line per essay section, one per URL. */
function entryKey(source: Source): string {
  return source.kind === 'essay'
    ? `essay:${source.section}`
    : source.url
}

/** Every source, grouped by essay section in the essay's order; a use without a known section is an error. */
export function sourceGroups(): SourceGroup[] {
  const all = uses()
  const lost = all.filter(use => !sections.some(section => section.title === use.section))
  if (lost.length > 0) {
    throw new Error(`No essay section for: ${[
      ...new Set(lost.map(use => use.supports)),
    ].join('; ')}. Give it a section title from data/sections.ts.`)
  }
  return sections.flatMap((section) => {
    const entries = new Map<string, SourceEntry>()
    for (const use of all.filter(candidate => candidate.section === section.title)) {
      const key = entryKey(use.source)
      const entry = entries.get(key) ?? { source: use.source, supports: [] }
      if (!entry.supports.includes(use.supports))
        entry.supports.push(use.supports)
      entries.set(key, entry)
    }
    // The essay first: it is the source of most figures, and outside sources check it.
    const ordered = [
      ...entries.values(),
    ].sort((a, b) => Number(b.source.kind === 'essay') - Number(a.source.kind === 'essay'))
    return ordered.length > 0
      ? [
          { section: section.title, entries: ordered },
        ]
      : []
  })
}

/** Every distinct URL the talk cites. */
export function sourceUrls(): string[] {
  return [
    ...new Set(uses().flatMap(use => use.source.kind === 'external'
      ? [use.source.url]
      : [])),
  ]
}

/** How much of an appendix slide one line of text takes; a section heading takes a little more. */
const linesPerSlide = 17
const headingLines = 1.5
/** The supports of one essay entry are many figures: the appendix summarises them as a count past this. */
export const supportsShown = 3

function entryLines(entry: SourceEntry): number {
  const titleLines = Math.ceil(describeSource(entry.source).length / 95)
  const supportLines = Math.ceil(Math.min(entry.supports.length, supportsShown + 1) * 45 / 95)
  return titleLines + supportLines
}

/**
 * The appendix split into slides: whole entries only, a section's heading repeated where it continues.
 * The budget is an estimate; the projector test measures that every page fits.
 */
export function sourceAppendixPages(): SourceGroup[][] {
  const pages: SourceGroup[][] = [[]]
  let used = 0
  for (const group of sourceGroups()) {
    for (const entry of group.entries) {
      const page = pages.at(-1)!
      const current = page.at(-1)
      const continues = current?.section === group.section
      const cost = entryLines(entry) + (continues ? 0 : headingLines)
      if (used + cost > linesPerSlide && page.length > 0) {
        pages.push([
          {
            section: group.section,
            entries: [entry],
          },
        ])
        used = headingLines + entryLines(entry)
      }
      else if (continues) {
        current.entries.push(entry)
        used += cost
      }
      else {
        page.push({
          section: group.section,
          entries: [entry],
        })
        used += cost
      }
    }
  }
  return pages
}
