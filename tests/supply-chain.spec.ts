import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { gotoSlide, readDeckOutline } from './support/deck.ts'

interface LockfileEntry { dev?: boolean, link?: boolean, os?: string[], cpu?: string[] }

// Recounted here from the lockfile with its own code, to check what the build put on the slide.
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, LockfileEntry & { dependencies?: object, devDependencies?: object }>
}
// Installed packages live under node_modules/; the other keys are the project and its workspace (the kit).
const installed = Object.entries(lock.packages).filter(([path, entry]) => path.startsWith('node_modules/') && !entry.link)
type Manifest = { name: string, workspaces?: string[] } & Partial<Record<'dependencies' | 'devDependencies' | 'peerDependencies', object>>
const readManifest = (dir: string) => JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')) as Manifest
const root = readManifest('.')
const manifests = [
  root,
  ...(root.workspaces ?? []).map(readManifest),
]
const direct = new Set(manifests.flatMap(manifest => Object.keys({
  ...manifest.dependencies,
  ...manifest.devDependencies,
  ...manifest.peerDependencies,
})).filter(name => !manifests.some(manifest => manifest.name === name))).size
const expected = {
  entries: installed.length,
  direct,
  transitive: installed.length - direct,
  forTheDeck: installed.filter(([, entry]) => !entry.dev).length,
  forTooling: installed.filter(([, entry]) => entry.dev === true).length,
  platformSpecific: installed.filter(([, entry]) => entry.os !== undefined || entry.cpu !== undefined).length,
  distinctNames: new Set(installed.map(([path]) => path.split('node_modules/').at(-1))).size,
}

test('the deck\'s own supply-chain slide shows what the lockfile holds', async ({ page }) => {
  const deck = await readDeckOutline()
  const slide = deck.find(candidate => candidate.title === 'This deck practises what it preaches')
  expect(slide, 'the supply-chain slide is in the deck').toBeDefined()
  const shown = await gotoSlide(page, slide!.no)
  for (const [name, count] of Object.entries(expected))
    await expect.soft(shown.locator(`[data-count="${name}"]`), `${name} on the slide`).toHaveText(String(count))
})
