// Which Go releases get security fixes, for the Dockerfile the room sees: a talk that says "compile speed is
// patch speed" must not build on an unpatched toolchain.
import { external } from './sources.ts'

export const goReleasePolicy = {
  /** The newest major release in Go's release history when the deck's claims were last audited. */
  newestRelease: '1.27',
  released: '2026-08-19',
  source: external('Go release history: each major release is supported until there are two newer major releases', 'https://go.dev/doc/devel/release'),
}

/** The newest release and the one before it: the two that get security fixes. */
export function supportedGoReleases(newest: string = goReleasePolicy.newestRelease): string[] {
  const [major, minor] = newest.split('.').map(Number) as [number, number]
  return [`${major}.${minor}`, `${major}.${minor - 1}`]
}
