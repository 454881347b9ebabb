// Checks that keep the talk's data honest. Pure functions over strings, so the build and the tests share them.
import type { ComparisonRow } from './comparison.ts'
import type { DependencySurface } from './dependencies.ts'
import type { FactCheck } from './fact-checks.ts'
import type { SupplyChainIncident } from './incidents.ts'
import type { Metric } from './metrics.ts'
import type { SuspiciousQuestion } from './questions.ts'
import type { EssaySection } from './sections.ts'
import type { Source } from './sources.ts'
import { comparisonRows, languages } from './comparison.ts'
import { dependencySurfaces } from './dependencies.ts'
import { factChecks } from './fact-checks.ts'
import { incidents } from './incidents.ts'
import { metrics } from './metrics.ts'
import { suspiciousQuestions } from './questions.ts'
import { referenceFacts } from './reference-facts.ts'
import { sections } from './sections.ts'

/** Everything in data/ that a slide shows and a check covers. */
export interface TalkData {
  metrics: readonly Metric[]
  comparisonRows: readonly ComparisonRow[]
  factChecks: readonly FactCheck[]
  incidents: readonly SupplyChainIncident[]
  suspiciousQuestions: readonly SuspiciousQuestion[]
  dependencySurfaces: readonly DependencySurface[]
}

export const talkData: TalkData = {
  metrics,
  comparisonRows,
  factChecks,
  incidents,
  suspiciousQuestions,
  dependencySurfaces,
}

const squash = (text: string) => text.replace(/\s+/g, '')
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()

function sourceProblems(where: string, source: Source | undefined): string[] {
  if (!source)
    return [`${where} has no source: give it essay(section, quote) or external(title, url) from data/sources.ts.`]
  if (source.kind === 'essay') {
    const known = sections.some(section => section.essayHeading === source.section) || source.section === 'Opening'
    return [
      ...(source.quote.trim()
        ? []
        : [`${where} cites the essay without a quote: copy the words the figure comes from.`]),
      ...(known
        ? []
        : [`${where} cites essay section "${source.section}", which is not a heading in data/sections.ts.`]),
    ]
  }
  return /^https:\/\/\S+$/.test(source.url) && source.title.trim()
    ? []
    : [`${where} cites "${source.title}" without a title and an https URL.`]
}

/** The sources appendix groups by section: every item that is not sourced to an essay section names one. */
function sectionProblems(where: string, section: string): string[] {
  return sections.some(known => known.title === section)
    ? []
    : [`${where} is in section "${section}", which is not a section title in data/sections.ts${section.trim()
        ? ''
        : ': name the section whose slides show it'}.`]
}

/** Problems in data/ alone: sources, table cells, and figures or checks that no slide shows. */
export function validateTalkData(deckText: string, data: TalkData = talkData): string[] {
  const { metrics, comparisonRows, factChecks, incidents, suspiciousQuestions, dependencySurfaces } = data
  const usedOnASlide = (id: string) => deckText.includes(`"${id}"`) || deckText.includes(`'${id}'`)
  return [
    ...metrics.flatMap(metric => [
      ...sourceProblems(`Figure "${metric.id}"`, metric.source),
      ...(metric.display.trim()
        ? []
        : [`Figure "${metric.id}" has nothing to display.`]),
      ...(usedOnASlide(metric.id)
        ? []
        : [`Figure "${metric.id}" (${metric.display}) is on no slide: show it, or remove it from data/metrics.ts.`]),
    ]),
    ...comparisonRows.flatMap((row, index) => [
      ...(row.dimension.trim()
        ? []
        : [`Comparison row ${index + 1} has no dimension.`]),
      ...languages.flatMap(language => row.ratings[language]?.trim()
        ? []
        : [`Comparison row "${row.dimension}" has no ${language} cell: copy it from the essay's table.`]),
    ]),
    ...factChecks.flatMap(check => [
      ...(check.sources.length > 0
        ? []
        : [`Fact check "${check.id}" has no source.`]),
      ...check.sources.flatMap(source => sourceProblems(`Fact check "${check.id}"`, source)),
      ...(usedOnASlide(check.id)
        ? []
        : [`Fact check "${check.id}" is on no slide: put <FactCheckNote id="${check.id}" /> where the claim is made.`]),
    ]),
    ...factChecks.flatMap(check => sectionProblems(`Fact check "${check.id}"`, check.section)),
    ...referenceFacts.flatMap(fact => [
      ...sourceProblems(`Reference fact "${fact.id}"`, fact.source),
      ...sectionProblems(`Reference fact "${fact.id}"`, fact.section),
    ]),
    ...incidents.flatMap(incident => sourceProblems(`Incident "${incident.name}"`, incident.source)),
    ...suspiciousQuestions.flatMap(question => sourceProblems(`Question "${question.question}"`, question.source)),
    ...dependencySurfaces.flatMap(surface => sourceProblems(`${surface.language} dependency list`, surface.source)),
  ]
}

/** Problems against the essay itself: every quote, figure, heading and table cell must be found there. */
export function checkAgainstEssay(essayText: string, data: TalkData = talkData): string[] {
  const { metrics, comparisonRows, factChecks, incidents, suspiciousQuestions, dependencySurfaces } = data
  const essay = normalise(essayText)
  const lines = new Set(essayText.split('\n').map(normalise))
  const quoted = (where: string, source: Source) =>
    source.kind === 'essay' && !essay.includes(normalise(source.quote))
      ? [`${where}: the quote "${source.quote}" is not in the essay.`]
      : []
  return [
    ...sections.flatMap(section => section.essayHeading === null || lines.has(section.essayHeading)
      ? []
      : [`Section "${section.title}": no line of the essay reads "${section.essayHeading}".`]),
    ...metrics.flatMap(metric => [
      ...quoted(`Figure "${metric.id}"`, metric.source),
      ...(metric.source.kind === 'essay' && !squash(metric.source.quote).includes(squash(metric.display))
        ? [`Figure "${metric.id}" shows "${metric.display}", which its essay quote does not contain.`]
        : []),
    ]),
    ...comparisonRows.flatMap(row => lines.has(normalise([
      row.dimension,
      ...languages.map(language => row.ratings[language]),
    ].join(' ')))
      ? []
      : [`Comparison row "${row.dimension}" does not match a line of the essay's table word for word.`]),
    ...factChecks.flatMap(check => essay.includes(normalise(check.essayClaim))
      ? []
      : [`Fact check "${check.id}": the claim "${check.essayClaim}" is not in the essay.`]),
    ...suspiciousQuestions.flatMap(question => quoted(`Question "${question.question}"`, question.source)),
    ...dependencySurfaces.flatMap(surface => quoted(`${surface.language} dependency list`, surface.source)),
    ...incidents.flatMap(incident => essay.includes(incident.name)
      ? []
      : [`Incident "${incident.name}" is not named in the essay.`]),
  ]
}

/**
 * Problems with the section budgets: each a positive number of minutes, together exactly the talk's
 * duration (headmatter `duration` in slides.md), so that pacing in the presenter ends when the timer does.
 */
export function checkSectionBudgets(durationSeconds: number, list: readonly EssaySection[] = sections): string[] {
  const total = list.reduce((sum, section) => sum + section.budgetMinutes, 0)
  const minutes = (seconds: number) => `${Number((seconds / 60).toFixed(2))} min`
  return [
    ...list.flatMap(section => section.budgetMinutes > 0
      ? []
      : [`Section "${section.title}" has a budget of ${section.budgetMinutes} min: give it a positive number of minutes.`]),
    ...(total * 60 === durationSeconds
      ? []
      : [`The section budgets in data/sections.ts add up to ${minutes(total * 60)}, but the talk's duration (headmatter \`duration\` in slides.md) is ${minutes(durationSeconds)}: change the budgets or the duration so they agree.`]),
  ]
}
