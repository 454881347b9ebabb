import type { BuiltDeck } from '../headless/built-deck.ts'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { slideSize } from '../check/deck-source.ts'
import { readerRedirectHash } from '../first-paint/inline-script.ts'
import { prerenderFirstSlide } from '../first-paint/prerender.ts'
import { escapeHtml } from '../headless/built-deck.ts'
import { slidevInlineStyles, slidevPrintStyle } from '../slidev/internals.ts'

/** The only inline <style> elements Slidev and VueUse make, allowed by hash rather than 'unsafe-inline'. */
const inlineStyles = slidevInlineStyles

function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css).digest('base64')}'`
}

/** What a policy is made for: the base path, the deck, and the inline stylesheets the build writes into the page. */
export interface PolicyOptions {
  base: string
  /** The deck's headmatter: its slide size is in the print pages' inline stylesheet. */
  headmatter: Record<string, unknown>
  /** The text of each <style> element the build adds (the prerendered slide 1's), allowed by its hash. */
  pageStyles?: string[]
}

/**
 * The deck's Content-Security-Policy: everything from its own origin, no other host, and no inline script
 * but the reader view's redirect (kit/first-paint/inline-script.ts), allowed by its hash, which depends on the base.
 * Vue and chart.js set styles through the CSSOM, which style-src does not govern.
 */
function contentSecurityPolicy({ base, headmatter, pageStyles = [] }: PolicyOptions): Record<string, string> {
  const { width, height } = slideSize(headmatter)
  return {
    'default-src': '\'self\'',
    'script-src': `'self' 'report-sample' ${readerRedirectHash(base)}`,
    // 'report-sample': a violation event carries the first characters of what was blocked.
    'style-src': [
      '\'self\'',
      '\'report-sample\'',
      ...[
        ...inlineStyles,
        slidevPrintStyle(width, height),
        ...pageStyles,
      ].map(styleHash),
    ].join(' '),
    'img-src': '\'self\' data: blob:',
    'font-src': '\'self\'',
    'connect-src': '\'self\'',
    'worker-src': '\'self\'',
    'manifest-src': '\'self\'',
    'object-src': '\'none\'',
    'base-uri': '\'self\'',
    'form-action': '\'none\'',
    'frame-ancestors': '\'none\'',
  }
}

/** The policy as a header value; a <meta> policy drops frame-ancestors, which only headers may set. */
export function policyText({ forMetaTag = false, ...options }: PolicyOptions & { forMetaTag?: boolean }): string {
  return Object.entries(contentSecurityPolicy(options))
    .filter(([directive]) => !(forMetaTag && directive === 'frame-ancestors'))
    .map(([directive, value]) => `${directive} ${value}`)
    .join('; ')
}

/** Netlify and Cloudflare Pages read this file from the site's root; kit/headless/serve.ts does too. */
export function headersFile(options: PolicyOptions): string {
  return [
    `${options.base}*`,
    `  Content-Security-Policy: ${policyText(options)}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '',
  ].join('\n')
}

/**
 * Allows the inline stylesheets the build added to the deck's pages (slide 1's), by their hash: in the
 * policy's <meta> tag of index.html and 404.html, and in _headers.
 */
function allowPageStyles(dist: string, base: string, headmatter: Record<string, unknown>, pageStyles: string[]) {
  const policy = { base, headmatter, pageStyles }
  for (const file of [
    join(dist, 'index.html'),
    join(dist, '404.html'),
  ].filter(existsSync)) {
    const html = readFileSync(file, 'utf8')
    writeFileSync(file, html.replace(/(<meta http-equiv="Content-Security-Policy" content=")[^"]*"/, (_, start: string) => `${start}${escapeHtml(policyText({ ...policy, forMetaTag: true }))}"`))
  }
  writeFileSync(join(dist, '_headers'), headersFile(policy))
}

/**
 * Slide 1 prerendered into the built deck's pages (kit/first-paint/), with its inline stylesheet allowed
 * by the policy: the two go together, or the page's own policy blocks the stylesheet.
 */
export async function prerenderUnderPolicy(deck: BuiltDeck, headmatter: Record<string, unknown>): Promise<void> {
  allowPageStyles(deck.dist, deck.base, headmatter, [await prerenderFirstSlide(deck, headmatter)])
}
