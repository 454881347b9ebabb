import { createHash } from 'node:crypto'
import { readerRedirectHash } from './reader-redirect.ts'

/**
 * The only inline <style> elements the hosted deck makes, allowed by hash rather than 'unsafe-inline':
 * VueUse's color-mode switch briefly disables transitions (CSS_DISABLE_TRANS in @vueuse/core), and
 * Slidev's print styles are an empty <style> outside print mode.
 */
const inlineStyles = [
  '*,*::before,*::after{-webkit-transition:none!important;-moz-transition:none!important;-o-transition:none!important;-ms-transition:none!important;transition:none!important}',
  '',
]

const styleHashes = inlineStyles.map(css => `'sha256-${createHash('sha256').update(css).digest('base64')}'`)

/**
 * The deck's Content-Security-Policy: everything from its own origin, no other host, and no inline script
 * but the reader view's redirect (scripts/reader-redirect.ts), allowed by its hash, which depends on the base.
 * Vue and chart.js set styles through the CSSOM, which style-src does not govern.
 */
function contentSecurityPolicy(base: string): Record<string, string> {
  return {
    'default-src': '\'self\'',
    'script-src': `'self' 'report-sample' ${readerRedirectHash(base)}`,
    // 'report-sample': a violation event carries the first characters of what was blocked.
    'style-src': ['\'self\'', '\'report-sample\'', ...styleHashes].join(' '),
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
export function policyText({ base, forMetaTag = false }: { base: string, forMetaTag?: boolean }): string {
  return Object.entries(contentSecurityPolicy(base))
    .filter(([directive]) => !(forMetaTag && directive === 'frame-ancestors'))
    .map(([directive, value]) => `${directive} ${value}`)
    .join('; ')
}

/** Netlify and Cloudflare Pages read this file from the site's root; scripts/serve.ts does too. */
export function headersFile(base: string): string {
  return [
    `${base}*`,
    `  Content-Security-Policy: ${policyText({ base })}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '',
  ].join('\n')
}
