// Pacing by section: which section each slide belongs to, where the talk stands against its plan, and
// the budgets a rehearsal suggests. Pure functions, shared by the presenter view, `npm run pacing` and
// the tests.
import type { TalkSection } from '../config/talk.ts'

/** What pacing needs of a slide, as Slidev's parser (scripts, tests) and its routes (the browser) give it. */
export interface SlideHeading {
  title: string
  layout: string
}

/**
 * The index into `sections` of each slide's section. A section starts at its divider, the `section`
 * slide titled as the section (tests/slides.spec.ts holds that each has one, in order), so a slide
 * added, split or moved stays in the section it sits in. The title slide, before the first divider,
 * counts with the first section; the closing slide with the last.
 */
export function sectionOfEachSlide(slides: readonly SlideHeading[], list: readonly TalkSection[]): number[] {
  let current = 0
  return slides.map((slide) => {
    const divider = slide.layout === 'section'
      ? list.findIndex(section => section.title === slide.title)
      : -1
    if (divider >= 0)
      current = divider
    return current
  })
}

/** Seconds into the talk at which each section is planned to end. */
export function plannedSectionEnds(list: readonly TalkSection[]): number[] {
  let end = 0
  return list.map(section => end += section.budgetMinutes * 60)
}

export interface Pace {
  /** Seconds into the talk at which the current section should be over. */
  plannedEndSeconds: number
  /** Whole seconds left before that planned end; negative once the talk has run past it (behind). */
  aheadSeconds: number
}

/** The current section's planned end against the time on Slidev's timer. */
export function paceAt(elapsedSeconds: number, sectionIndex: number, list: readonly TalkSection[]): Pace {
  const plannedEndSeconds = plannedSectionEnds(list)[sectionIndex] ?? 0
  return {
    plannedEndSeconds,
    aheadSeconds: plannedEndSeconds - Math.floor(elapsedSeconds),
  }
}

/** "4:05", as a speaker reads a clock: whole seconds, minutes unpadded, no sign. */
export function formatClock(seconds: number): string {
  const whole = Math.floor(Math.abs(seconds))
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`
}

/**
 * Each slide's share of its section's budget, in whole seconds: the budget split evenly between the
 * section's slides, the odd seconds spread so that the shares add up to the budget exactly.
 */
export function plannedSecondsPerSlide(slideSections: readonly number[], list: readonly TalkSection[]): number[] {
  const slideCount = list.map((_, index) => slideSections.filter(section => section === index).length)
  const seen = list.map(() => 0)
  return slideSections.map((section) => {
    const budget = list[section]!.budgetMinutes * 60
    const count = slideCount[section]!
    const index = seen[section]!++
    return Math.floor((index + 1) * budget / count) - Math.floor(index * budget / count)
  })
}

/** One slide of a rehearsal, as the presenter view's "Download timings" writes it. */
export interface SlideTiming {
  slide: number
  title: string
  section: string
  plannedSeconds: number
  actualSeconds: number
}

/** The file "Download timings" saves and `npm run pacing` reads. */
export interface RehearsalTimings {
  talk: string
  durationSeconds: number
  slides: SlideTiming[]
}

/** A rehearsal's file from the deck's slides and the seconds spent on each (by slide number). */
export function rehearsalTimings(
  talk: string,
  slides: readonly SlideHeading[],
  secondsBySlide: Readonly<Record<number, number>>,
  list: readonly TalkSection[],
): RehearsalTimings {
  const slideSections = sectionOfEachSlide(slides, list)
  const planned = plannedSecondsPerSlide(slideSections, list)
  return {
    talk,
    durationSeconds: list.reduce((total, section) => total + section.budgetMinutes * 60, 0),
    slides: slides.map((slide, index) => ({
      slide: index + 1,
      title: slide.title,
      section: list[slideSections[index]!]!.title,
      plannedSeconds: planned[index]!,
      actualSeconds: Math.round(secondsBySlide[index + 1] ?? 0),
    })),
  }
}

const isSeconds = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0

/** What is wrong with a file that should be a rehearsal's timings; empty when it is one. */
export function timingsProblems(value: unknown): string[] {
  if (!value || typeof value !== 'object')
    return ['it is not a JSON object']
  const file = value as Partial<Record<keyof RehearsalTimings, unknown>>
  const slides = Array.isArray(file.slides)
    ? file.slides as unknown[]
    : []
  return [
    ...(typeof file.talk === 'string'
      ? []
      : ['"talk" is not a string']),
    ...(isSeconds(file.durationSeconds) && (file.durationSeconds as number) > 0
      ? []
      : ['"durationSeconds" is not a positive number']),
    ...(slides.length > 0
      ? []
      : ['"slides" is not a list of slides']),
    ...slides.flatMap((slide, index) => {
      const timing = (slide ?? {}) as Partial<Record<keyof SlideTiming, unknown>>
      const fine = Number.isInteger(timing.slide)
        && typeof timing.title === 'string'
        && typeof timing.section === 'string'
        && isSeconds(timing.plannedSeconds)
        && isSeconds(timing.actualSeconds)
      return fine
        ? []
        : [`slides[${index}] needs slide, title, section, plannedSeconds and actualSeconds`]
    }),
  ]
}

/** Planned and actual seconds of one section in a rehearsal. */
export interface SectionTiming {
  section: string
  plannedSeconds: number
  actualSeconds: number
}

/** A rehearsal's seconds added up by section, in the order the sections come in the talk. */
export function timingsBySection(timings: RehearsalTimings): SectionTiming[] {
  const bySection = new Map<string, SectionTiming>()
  for (const { section, plannedSeconds, actualSeconds } of timings.slides) {
    const total = bySection.get(section) ?? { section, plannedSeconds: 0, actualSeconds: 0 }
    total.plannedSeconds += plannedSeconds
    total.actualSeconds += actualSeconds
    bySection.set(section, total)
  }
  return [
    ...bySection.values(),
  ]
}

/**
 * Budgets from a rehearsal: each section's actual time scaled so that all of them fill the talk's
 * duration, in whole minutes. The minutes rounding leaves over go to the sections that lost most to
 * rounding down (largest remainder), so the budgets add up to the duration exactly and pass the deck
 * check; a section never gets less than a minute.
 */
export function suggestBudgets(actualSeconds: readonly number[], durationMinutes: number): number[] {
  const total = actualSeconds.reduce((sum, seconds) => sum + seconds, 0)
  if (!(total > 0))
    throw new RangeError('the rehearsal recorded no time: start Slidev\'s timer in the presenter view before rehearsing')
  if (!Number.isInteger(durationMinutes) || durationMinutes < actualSeconds.length)
    throw new RangeError(`a ${durationMinutes}-minute talk cannot give ${actualSeconds.length} sections a whole minute each`)
  const exact = actualSeconds.map(seconds => seconds / total * durationMinutes)
  const budgets = exact.map(Math.floor)
  const leftOver = durationMinutes - budgets.reduce((sum, minutes) => sum + minutes, 0)
  exact
    .map((minutes, index) => ({ index, remainder: minutes - Math.floor(minutes) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index)
    .slice(0, leftOver)
    .forEach(({ index }) => budgets[index]!++)
  for (let index = 0; index < budgets.length; index++) {
    if (budgets[index]! > 0)
      continue
    budgets[index] = 1
    budgets[budgets.indexOf(Math.max(...budgets))]!--
  }
  return budgets
}

/** What is wrong with the sections' budgets against the talk's duration: empty when they agree. */
export function sectionBudgetProblems(durationSeconds: number, list: readonly TalkSection[], definedIn: string): string[] {
  const total = list.reduce((sum, section) => sum + section.budgetMinutes, 0)
  const minutes = (seconds: number) => `${Number((seconds / 60).toFixed(2))} min`
  return [
    ...list.flatMap(section => section.budgetMinutes > 0
      ? []
      : [`Section "${section.title}" has a budget of ${section.budgetMinutes} min: give it a positive number of minutes.`]),
    ...(total * 60 === durationSeconds
      ? []
      : [`The section budgets in ${definedIn} add up to ${minutes(total * 60)}, but the talk's duration (headmatter \`duration\` in slides.md) is ${minutes(durationSeconds)}: change the budgets or the duration so they agree.`]),
  ]
}
