// What a talk imports from the kit: the config's types and `defineTalk`.
export type { DeckProblem, IdKind, PagedList, TalkCheckInput, TalkConfig, TalkFacts, TalkSection } from './config/talk.ts'
export { defineTalk } from './config/talk.ts'
