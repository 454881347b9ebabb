/** This deck's own npm supply chain, counted from package-lock.json (lockfile v3) at build time. */
export interface LockfileCounts {
  /** Every package entry npm records: what `npm ci` can install, all platforms together. */
  entries: number
  /** Entries for one operating system or CPU only (native binaries); a machine installs just its own. */
  platformSpecific: number
  /** Distinct package names, counting a package held at two versions once. */
  distinctNames: number
  /** Packages the project's package.json files name (the talk's and its local addon's), by name. */
  direct: number
  /** Everything else: what the direct ones pull in. */
  transitive: number
  /** Entries needed to build and present the deck (not marked dev). */
  forTheDeck: number
  /** Entries only the tests and linters need (marked dev). */
  forTooling: number
}

interface LockEntry {
  name?: string
  dev?: boolean
  link?: boolean
  os?: string[]
  cpu?: string[]
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

export interface PackageLock {
  lockfileVersion: number
  packages: Record<string, LockEntry>
}

export function countLockfile(lock: PackageLock): LockfileCounts {
  if (lock.lockfileVersion < 2 || !lock.packages)
    throw new Error(`package-lock.json is lockfile version ${lock.lockfileVersion}; run npm 7 or later to rewrite it (version 3).`)
  // The root and its workspaces (a local addon): keys outside node_modules/. Their own links are not packages.
  const projects = Object.entries(lock.packages).filter(([path]) => !path.startsWith('node_modules/'))
  const workspaceNames = new Set(projects.map(([, entry]) => entry.name))
  const installed = Object.entries(lock.packages)
    .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.link)
  const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)
  const direct = new Set(projects.flatMap(([, entry]) => Object.keys({
    ...entry.dependencies,
    ...entry.devDependencies,
    ...entry.peerDependencies,
  })).filter(name => !workspaceNames.has(name))).size
  const forTooling = installed.filter(([, entry]) => entry.dev).length
  return {
    entries: installed.length,
    platformSpecific: installed.filter(([, entry]) => entry.os || entry.cpu).length,
    distinctNames: new Set(installed.map(([path]) => nameOf(path))).size,
    direct,
    transitive: installed.length - direct,
    forTheDeck: installed.length - forTooling,
    forTooling,
  }
}
