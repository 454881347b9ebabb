// What a talk tells the kit about itself, in its `talk.config.ts` (see docs/kit.md): its sections and
// their budgets, the kinds of id its components take, its own checks, and the few files the kit's
// features need to know of. The kit reads this file the way Vite reads a config; it never imports the
// talk's other files by path.

/** A mistake the deck check names: where it is, and what to do about it. */
export interface DeckProblem {
  /** Relative to the deck's root. */
  file: string
  /** 1-based; 0 where the problem has no single line. */
  line: number
  /** The slide the line belongs to, where it is in a slide's markdown. */
  slide?: number
  message: string
}

/** One section of the talk: a divider slide titled `title` opens it, in the `pages/` file `page`. */
export interface TalkSection {
  page: string
  title: string
  /** Minutes the section may take; all budgets add up to the headmatter `duration` (checked). */
  budgetMinutes: number
}

/** A kind of id a slide passes to a component prop typed with it: what it names, where it is defined, and every valid one. */
export interface IdKind {
  noun: string
  definedIn: string
  ids: readonly string[]
}

/** A list generated from the talk's data and laid out over several slides, each showing `<Component :page="N" />`. */
export interface PagedList {
  component: string
  /** What the list is, for the message: "the sources appendix". */
  what: string
  /** The slides' heading, for the how-to. */
  heading: string
  /** The file that lays the list out, for the message. */
  definedIn: string
  /** How many pages the data needs now. */
  pageCount: () => number
}

/** What the deck check gives a talk's own checks: the markdown and data files it read, line by line. */
export interface TalkCheckInput {
  root: string
  /** Every markdown file of the deck and every data file, by path relative to the root. */
  files: ReadonlyMap<string, readonly string[]>
  /** The deck's markdown, all files joined. */
  deckText: string
}

export interface TalkConfig {
  /** The talk's sections, in order: pacing, the slide chrome and the PDF's outline follow them. */
  sections: readonly TalkSection[]
  /** Where the sections are defined, for the deck check's messages. */
  sectionsDefinedIn: string
  /** Keyed by the TypeScript type a component declares for an id prop (`defineProps<{ id: MetricId }>()`). */
  idKinds: Readonly<Record<string, IdKind>>
  /** Folders of typed facts: every number exported from them must be finite. */
  dataDirs: readonly string[]
  /** Lists laid out over several slides, one slide per page. */
  pagedLists?: readonly PagedList[]
  /** The talk's own checks, run with the kit's on every build, export and save. */
  check?: (input: TalkCheckInput) => DeckProblem[] | Promise<DeckProblem[]>
  /** A closing appendix whose further pages nest under its first in the PDF's outline. */
  appendix?: { page: string, title: string }
  /** The font files slide 1 draws its text in, preloaded from index.html. */
  firstSlideFonts: readonly string[]
  /** A module (from the talk's root) the reader view loads to draw each chart at the phone's width. */
  readerCharts?: string
  /**
   * Plain text for components, for the bench's Marp copy of the talk, which has no Vue:
   * `FigureValue: ({ id }) => '4.8x'`.
   */
  plainText?: Readonly<Record<string, (props: Readonly<Record<string, string>>) => string>>
}

/** The browser's part of the config: what the kit's components show. */
export interface TalkFacts {
  sections: readonly TalkSection[]
  /** Where the deck is hosted, for the QR code and the social preview. */
  hostedUrl: string
}

/** Types a talk's config; returns it unchanged. */
export function defineTalk(config: TalkConfig): TalkConfig {
  return config
}

/** The names of a config's missing or malformed fields: empty when it can be used. */
export function talkConfigProblems(config: unknown): string[] {
  if (typeof config !== 'object' || config === null)
    return ['it has no default export: end it with `export default defineTalk({ … })`']
  const given = config as Partial<Record<keyof TalkConfig, unknown>>
  const problems: string[] = []
  if (!Array.isArray(given.sections) || given.sections.length === 0)
    problems.push('`sections` must list the talk\'s sections, each `{ page, title, budgetMinutes }`')
  if (typeof given.sectionsDefinedIn !== 'string')
    problems.push('`sectionsDefinedIn` must name the file the sections are defined in')
  if (typeof given.idKinds !== 'object' || given.idKinds === null)
    problems.push('`idKinds` must be an object (`{}` when no component takes an id)')
  if (!Array.isArray(given.dataDirs))
    problems.push('`dataDirs` must list the folders of typed facts (`[\'data\']`)')
  if (!Array.isArray(given.firstSlideFonts))
    problems.push('`firstSlideFonts` must list the font files slide 1 draws in (`[]` for none)')
  return problems
}
