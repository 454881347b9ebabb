// What a talk imports from the kit: the config's types and `defineTalk`. Its browser code imports the kit's
// browser modules by their paths (slidev-addon-talk-kit/first-paint/prerendered-slide.ts), which the
// phone remote's guard serves the network; this entry is build code.
export type { DeckProblem, IdKind, PagedList, TalkCheckInput, TalkConfig, TalkFacts, TalkSection } from './config/talk.ts'
export { defineTalk } from './config/talk.ts'
