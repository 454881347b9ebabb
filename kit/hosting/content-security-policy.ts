import { createHash } from 'node:crypto'
import { readerRedirectHash } from '../reader/redirect.ts'
import { slidevInlineStyles } from '../slidev/internals.ts'

/** The only inline <style> elements Slidev and VueUse make, allowed by hash rather than 'unsafe-inline'. */
const inlineStyles = slidevInlineStyles

function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css).digest('base64')}'`
}

/** What a policy is made for: the base path, and the inline stylesheets the build writes into the page. */
export interface PolicyOptions {
  base: string
  /** The text of each <style> element the build adds (the prerendered slide 1's), allowed by its hash. */
  pageStyles?: string[]
}

/**
 * The deck's Content-Security-Policy: everything from its own origin, no other host, and no inline script
 * but the reader view's redirect (kit/reader/redirect.ts), allowed by its hash, which depends on the base.
 * Vue and chart.js set styles through the CSSOM, which style-src does not govern.
 */
function contentSecurityPolicy({ base, pageStyles = [] }: PolicyOptions): Record<string, string> {
  return {
    'default-src': '\'self\'',
    'script-src': `'self' 'report-sample' ${readerRedirectHash(base)}`,
    // 'report-sample': a violation event carries the first characters of what was blocked.
    'style-src': [
      '\'self\'',
      '\'report-sample\'',
      ...[
        ...inlineStyles,
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
