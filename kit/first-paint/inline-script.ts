import { createHash } from 'node:crypto'
import { notSlideOneClass, waitingStylesheetAttribute } from './prerendered-slide.ts'

/** Keeps the slides on a phone, which the inline script below would send to the reader view. */
export const slidesOnlyQuery = 'view=slides'

/**
 * The one inline script of the hosted index.html, run before anything is painted:
 * - on `/` and `/N` it sends a phone held upright (a screen at most 600 CSS px wide, taller than wide: the
 *   screen, as the page's own viewport is not set yet), or any screen with `?view=read`, to the reader view
 *   at slide N, before Slidev's scripts load. `?view=slides` keeps the slides (the reader page's links back
 *   use it);
 * - on any page but slide 1 (`/` or `/1`), and on the way to the reader view, it marks <html> so the static
 *   slide 1 in index.html (kit/first-paint/prerender.ts) is never painted: a deep link never flashes it;
 * - a stylesheet that the build made wait (`media="print" data-media="all"`, so it does not hold back the
 *   first paint) gets its real media once it has loaded.
 * Inline so it runs before the app is fetched; the Content-Security-Policy allows exactly this text by its hash.
 */
export function readerRedirect(base: string): string {
  return `(()=>{const b=${JSON.stringify(base)},v=new URLSearchParams(location.search).get("view"),m=location.pathname.startsWith(b)&&/^(\\d*)$/.exec(location.pathname.slice(b.length)),r=m&&v!=="slides"&&(v==="read"||screen.width<=600&&screen.height>screen.width);if(r)location.replace(b+"read/#slide-"+(m[1]||"1"));if(r||!m||!/^1?$/.test(m[1]))document.documentElement.classList.add(${JSON.stringify(notSlideOneClass)});document.addEventListener("load",e=>{const l=e.target,a=${JSON.stringify(waitingStylesheetAttribute)};if(l instanceof HTMLLinkElement&&l.hasAttribute(a)){l.media=l.getAttribute(a);l.removeAttribute(a)}},true)})()`
}

export function readerRedirectHash(base: string): string {
  return `'sha256-${createHash('sha256').update(readerRedirect(base)).digest('base64')}'`
}
