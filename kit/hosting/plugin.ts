// What a static host serves with the deck: social preview tags, the reader view's redirect for phones,
// and the Content-Security-Policy, in the page and as a _headers file.
import type { Plugin } from 'vite'
import type { TalkState } from '../config/plugin.ts'
import { loadDeck } from '../check/deck-source.ts'
import { readerRedirect } from '../first-paint/inline-script.ts'
import { headersFile, policyText } from './content-security-policy.ts'

export function hosting(state: Partial<TalkState>): Plugin {
  let base = '/'
  let headmatter: Record<string, unknown> = {}
  return {
    name: 'talk-kit:hosting',
    // Slidev's dev server and exporter run inline code of their own; the policy is for the hosted build.
    apply: 'build',
    async configResolved(config) {
      base = config.base
      headmatter = (await loadDeck(config.root)).headmatter
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => {
        const { hostedUrl } = state.facts!
        return [
          {
            tag: 'meta',
            attrs: {
              'http-equiv': 'Content-Security-Policy',
              'content': policyText({ base, headmatter, forMetaTag: true }),
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
            attrs: { property: 'og:url', content: hostedUrl },
            injectTo: 'head',
          },
          {
            tag: 'meta',
            attrs: { property: 'og:type', content: 'website' },
            injectTo: 'head',
          },
          {
            tag: 'meta',
            attrs: { property: 'og:image', content: new URL('og-image.png', hostedUrl).href },
            injectTo: 'head',
          },
          {
            tag: 'meta',
            attrs: { name: 'twitter:card', content: 'summary_large_image' },
            injectTo: 'head',
          },
        ]
      },
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: headersFile({ base, headmatter }),
      })
    },
  }
}
