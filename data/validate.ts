// Checks that keep the talk's data honest. Pure functions over strings, so the build and the tests share them.
import type { Claim } from './claims.ts'
import type { ComparisonRow } from './comparison.ts'
import type { DependencySurface } from './dependencies.ts'
import type { FactCheck } from './fact-checks.ts'
import type { SupplyChainIncident } from './incidents.ts'
import type { Metric } from './metrics.ts'
import type { SuspiciousQuestion } from './questions.ts'
import type { Source } from './sources.ts'
import { claimKinds } from './claims.ts'
import { comparisonRows, languages } from './comparison.ts'
import { dependencySurfaces } from './dependencies.ts'
import { factChecks } from './fact-checks.ts'
import { incidents } from './incidents.ts'
import { claimsLedger } from './ledger.ts'
import { metrics } from './metrics.ts'
import { suspiciousQuestions } from './questions.ts'
import { referenceFacts } from './reference-facts.ts'
import { sections } from './sections.ts'
import { figureTally, tallySentence } from './tally.ts'

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

const kindList = claimKinds.map(kind => `'${kind}'`).join(', ')

/** A figure's evidence must match its kind: an outside source, a named test, a fact check on a slide. */
function evidenceProblems(metric: Metric, checkIds: readonly string[]): string[] {
  const where = `Figure "${metric.id}"`
  const evidence = metric.evidence as Metric['evidence'] | undefined
  if (!evidence || !(claimKinds as readonly string[]).includes(evidence.kind))
    return [`${where} has no kind: give it evidence (one of ${kindList}) with sourced(), measured(), essayWord() or correctedBy() from data/claims.ts.`]
  switch (evidence.kind) {
    case 'sourced':
      return evidence.sources.some(source => source.kind === 'external')
        ? evidence.sources.flatMap(source => sourceProblems(where, source))
        : [`${where} is marked sourced but names no outside source: add external(title, url), or mark it essayWord().`]
    case 'measured':
      return evidence.how.trim() && evidence.by.trim()
        ? []
        : [`${where} is marked measured but does not say how and by which test or script.`]
    case 'corrected':
      return checkIds.includes(evidence.factCheck)
        ? []
        : [`${where} is corrected by fact check "${evidence.factCheck}", which data/fact-checks.ts does not have.`]
    default:
      return []
  }
}

/** Every claim in the ledger has a kind its evidence supports: an outside source where it says so, a fact check that exists. */
function ledgerProblems(ledger: readonly Claim[], checkIds: readonly string[]): string[] {
  const seen = new Set<string>()
  return ledger.flatMap((claim) => {
    const where = `Claim "${claim.id}" (${claim.file})`
    const duplicate = seen.has(claim.id)
    seen.add(claim.id)
    return [
      ...(duplicate
        ? [`${where} is in the ledger twice: give each claim its own id.`]
        : []),
      ...((claimKinds as readonly string[]).includes(claim.kind)
        ? []
        : [`${where} has no kind: mark it one of ${kindList}.`]),
      ...(claim.says.trim() && claim.verdict.trim()
        ? []
        : [`${where} needs what the deck says and the audit's verdict.`]),
      ...((claim.kind === 'sourced' || claim.kind === 'corrected') && !claim.sources.some(source => source.kind === 'external')
        ? [`${where} is ${claim.kind} but names no outside source: add one, or mark it 'essay' or 'opinion'.`]
        : []),
      ...claim.sources.flatMap(source => sourceProblems(where, source)),
      ...(claim.factCheck && !checkIds.includes(claim.factCheck)
        ? [`${where} names fact check "${claim.factCheck}", which data/fact-checks.ts does not have.`]
        : []),
    ]
  })
}

/**
 * What the deck says about its own sourcing must be true: "every figure sourced" only if every figure has an
 * outside source, and a tally ("Every figure traced: …") only as the ledger counts it today. The checker
 * counts the ledger once, for as many lines as it is given.
 */
export function tallyChecker(): (where: string, text: string) => string[] {
  const tally = figureTally()
  const everySourced = claimKinds.every(kind => kind === 'sourced' || tally[kind] === 0)
  const sentence = tallySentence(tally)
  return (where, text) => [
    ...(/every (?:figure|number)\s(?:[^.]*\s)?sourced\b/i.test(text) && !everySourced
      ? [`${where} says every figure is sourced, but data/ledger.ts counts otherwise: say "${sentence}"`]
      : []),
    ...(/every figure traced/i.test(text) && !normalise(text).includes(sentence)
      ? [`${where} states a tally the ledger does not give: it must read "${sentence}"`]
      : []),
  ]
}

export function tallyProblems(statements: readonly { where: string, text: string }[]): string[] {
  const check = tallyChecker()
  return statements.flatMap(({ where, text }) => check(where, text))
}

/** A fact check's verdict on the stage: the back row reads it in a few seconds. */
export const factCheckShortWords = 12

/** Problems in data/ alone: sources, table cells, and figures or checks that no slide shows. */
export function validateTalkData(deckText: string, data: TalkData = talkData): string[] {
  const { metrics, comparisonRows, factChecks, incidents, suspiciousQuestions, dependencySurfaces } = data
  const usedOnASlide = (id: string) => deckText.includes(`"${id}"`) || deckText.includes(`'${id}'`)
  const checkIds = factChecks.map(check => check.id)
  return [
    ...metrics.flatMap(metric => [
      ...sourceProblems(`Figure "${metric.id}"`, metric.source),
      ...evidenceProblems(metric, checkIds),
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
      ...(check.short.trim().split(/\s+/).length <= factCheckShortWords
        ? []
        : [`Fact check "${check.id}" has a short verdict of ${check.short.trim().split(/\s+/).length} words: the room reads ${factCheckShortWords} at most; the rest belongs in its correction.`]),
      ...(check.sources.length > 0
        ? []
        : [`Fact check "${check.id}" has no source.`]),
      ...check.sources.flatMap(source => sourceProblems(`Fact check "${check.id}"`, source)),
      ...(usedOnASlide(check.id)
        ? []
        : [`Fact check "${check.id}" is on no slide: put <FactCheckNote id="${check.id}" /> where the claim is made.`]),
    ]),
    ...factChecks.flatMap(check => sectionProblems(`Fact check "${check.id}"`, check.section)),
    ...ledgerProblems(claimsLedger(), checkIds),
    ...referenceFacts.flatMap(fact => [
      ...sourceProblems(`Reference fact "${fact.id}"`, fact.source),
      ...(fact.kind === 'sourced' && fact.source.kind !== 'external'
        ? [`Reference fact "${fact.id}" is marked sourced but cites the essay: give it an outside source, or mark it 'essay'.`]
        : []),
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
