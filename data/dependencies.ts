import type { Source } from './sources.ts'
import { essay } from './sources.ts'

/** What the same production HTTP service depends on, per the essay's side-by-side listing. */
export interface DependencySurface {
  language: string
  /** Packages the service names itself. */
  direct: readonly string[]
  /** Packages pulled in by those; the essay names some and ends with "...". */
  transitive: readonly string[]
  /** True where the list is only the part the essay names: the real number is higher. */
  transitiveIsLowerBound: boolean
  /** Whether the packages ship with the toolchain (standard library) or come from the ecosystem. */
  origin: 'standard library' | 'external crates'
  summary: string
  source: Source
}

const section = 'The Standard Library as a Security Architecture'

export const goSurface: DependencySurface = {
  language: 'Go',
  direct: [
    'net/http',
    'crypto/tls',
    'encoding/json',
    'database/sql',
    'crypto/aes',
    'net/http/pprof',
    'testing',
  ],
  transitive: [],
  transitiveIsLowerBound: false,
  origin: 'standard library',
  summary: 'stdlib. Zero external packages. Zero transitive risk.',
  source: essay(section, 'net/http crypto/tls encoding/json database/sql crypto/aes net/http/pprof testing stdlib. Zero external packages. Zero transitive risk.'),
}

export const rustSurface: DependencySurface = {
  language: 'Rust',
  direct: [
    'tokio',
    'axum',
    'rustls',
    'serde',
    'serde_json',
    'sqlx',
    'tower',
    'hyper',
  ],
  transitive: [
    'mio',
    'bytes',
    'pin-project',
    'tracing',
    'futures',
    'ring',
    'webpki',
    'tokio-util',
    'h2',
    'http',
  ],
  transitiveIsLowerBound: true,
  origin: 'external crates',
  summary: '+ transitive dependencies of each of the above',
  source: essay(section, 'tokio axum rustls serde serde_json sqlx tower hyper + transitive dependencies of each of the above mio bytes pin-project tracing futures ring webpki tokio-util h2 http ...'),
}

export const dependencySurfaces = [goSurface, rustSurface] as const
