/** A figure the talk shows, with where it comes from. */
export interface TalkFigure {
  id: string
  label: string
  display: string
  source: { title: string, url: string }
}

const releasePolicy = { title: 'Go release policy', url: 'https://go.dev/doc/devel/release#policy' }

export const figures = [
  {
    id: 'release-cadence',
    label: 'months between major Go releases',
    display: '6',
    source: releasePolicy,
  },
] as const satisfies readonly TalkFigure[]

export type FigureId = (typeof figures)[number]['id']

export function figureById(id: FigureId): TalkFigure {
  return figures.find(figure => figure.id === id)!
}

/** Go releases supported at the end of each year: the newest two, by the release policy. */
export const supportedReleases = [
  {
    year: 2024,
    releases: ['1.22', '1.23'],
  },
  {
    year: 2025,
    releases: ['1.24', '1.25'],
  },
  {
    year: 2026,
    releases: ['1.26', '1.27'],
  },
] as const

export const supportedReleasesSource = releasePolicy
