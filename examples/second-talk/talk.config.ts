// What the kit needs to know of this talk.
import { defineTalk } from 'slidev-addon-talk-kit'
import { figures } from './data/figures.ts'

export default defineTalk({
  sections: [
    { page: '01-why.md', title: 'Why a Kit', budgetMinutes: 2 },
    { page: '02-how.md', title: 'How It Works', budgetMinutes: 3 },
  ],
  sectionsDefinedIn: 'talk.config.ts',
  idKinds: {
    FigureId: {
      noun: 'figure',
      definedIn: 'data/figures.ts',
      ids: figures.map(figure => figure.id),
    },
  },
  dataDirs: ['data'],
  firstSlideFonts: [],
})
