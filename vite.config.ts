import type { Plugin } from 'vite'
import type { PackageLock } from './data/deck-supply-chain.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { countLockfile } from './data/deck-supply-chain.ts'
import { headersFile, policyText } from './scripts/content-security-policy.ts'
import { deckCheck } from './scripts/deck-check-plugin.ts'
import { firstSlide } from './scripts/first-slide.ts'
import { leanClient } from './scripts/lean-client.ts'
import { readerRedirect } from './scripts/reader-redirect.ts'
import { readerScript } from './scripts/reader-script.ts'
import { remoteGuard } from './scripts/remote-guard.ts'
import { offlineWorker } from './scripts/service-worker.ts'

const root = fileURLToPath(new URL('.', import.meta.url))

/** A virtual module for the client: its id, the code that builds it at build time, and the files it reads. */
function virtualModule(name: string, code: () => string, reads: string[] = []): Plugin {
  const resolved = `\0${name}`
  return {
    name,
    resolveId: id => id === name
      ? resolved
      : undefined,
    load(id) {
      if (id !== resolved)
        return undefined
      reads.forEach(file => this.addWatchFile(file))
      return code()
    },
  }
}

/**
 * Where the deck is hosted: package.json's `homepage`, or DECK_URL at build time (the Pages workflow
 * sets it). The QR code on the closing slide and the social preview tags point there.
 */
export function hostedUrl(): string {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { homepage?: string }
  const url = process.env.DECK_URL || manifest.homepage
  if (!url || !URL.canParse(url))
    throw new Error('Set "homepage" in package.json (or DECK_URL) to the URL where the deck is hosted.')
  return url.endsWith('/')
    ? url
    : `${url}/`
}

/**
 * Social preview tags, the reader view's redirect for phones, and the Content-Security-Policy, in the page
 * and as a _headers file for hosts.
 */
function hosting(): Plugin {
  let base = '/'
  return {
    name: 'deck-hosting',
    // Slidev's dev server and exporter run inline code of their own; the policy is for the hosted build.
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            'content': policyText({ base, forMetaTag: true }),
          },
          injectTo: 'head-prepend',
        },
        {
          tag: 'script',
          children: readerRedirect(base),
          injectTo: 'head-prepend',
        },
        {
          tag: 'meta',
          attrs: {
            property: 'og:url',
            content: hostedUrl(),
          },
          injectTo: 'head',
        },
        {
          tag: 'meta',
          attrs: { property: 'og:type', content: 'website' },
          injectTo: 'head',
        },
        {
          tag: 'meta',
          attrs: { property: 'og:image', content: new URL('og-image.png', hostedUrl()).href },
          injectTo: 'head',
        },
        {
          tag: 'meta',
          attrs: { name: 'twitter:card', content: 'summary_large_image' },
          injectTo: 'head',
        },
      ],
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: headersFile({ base }),
      })
    },
  }
}

export default defineConfig({
  // Declared up front so a cold dev server (and so `slidev export`) optimises them in its first pass
  // instead of finding them late, re-optimising and reloading the page mid-export.
  optimizeDeps: {
    include: ['chart.js', 'chart.js/helpers', 'uqr'],
  },
  plugins: [
    remoteGuard(),
    deckCheck(root),
    leanClient(root),
    firstSlide(),
    hosting(),
    readerScript(),
    offlineWorker(),
    virtualModule('virtual:deck-supply-chain', () => {
      const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as PackageLock
      return `export default ${JSON.stringify(countLockfile(lock))}`
    }, [
      join(root, 'package-lock.json'),
    ]),
    virtualModule('virtual:deck-hosting', () => `export const hostedUrl = ${JSON.stringify(hostedUrl())}`),
  ],
})
