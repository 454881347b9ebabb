import { createHash } from 'node:crypto'

/**
 * The one inline script of the hosted index.html: on `/` and `/N` it sends a phone held upright (a screen
 * at most 600 CSS px wide, taller than wide: the screen, as the page's own viewport is not set yet), or
 * any screen with `?view=read`, to the reader view at slide N, before Slidev's scripts load. `?view=slides`
 * keeps the slides (the reader page's links back use it). Inline so it runs before the app is fetched;
 * the Content-Security-Policy allows exactly this text by its hash.
 */
export function readerRedirect(base: string): string {
  return `(()=>{const b=${JSON.stringify(base)},v=new URLSearchParams(location.search).get("view"),m=location.pathname.startsWith(b)&&/^(\\d*)$/.exec(location.pathname.slice(b.length));if(m&&v!=="slides"&&(v==="read"||screen.width<=600&&screen.height>screen.width))location.replace(b+"read/#slide-"+(m[1]||"1"))})()`
}

export function readerRedirectHash(base: string): string {
  return `'sha256-${createHash('sha256').update(readerRedirect(base)).digest('base64')}'`
}
