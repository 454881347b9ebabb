// index.html carries slide 1 as static HTML (kit/first-paint/prerender.ts), painted before any script
// runs. These are the names both sides use, and the hand-over to the live deck once it has drawn a slide.
import { slidevDom } from '../slidev/internals.ts'

/** The static slide 1's element, a layer over the app until the app takes over. */
export const prerenderedSlideClass = 'prerendered-slide'

/** Marks a stylesheet the build made wait for the first paint; it holds the media it gets once loaded. */
export const waitingStylesheetAttribute = 'data-media'

/**
 * Resolves once every stylesheet of the app has its media: index.html's inline script gives each its own
 * as it loads (kit/first-paint/inline-script.ts). Until then the page's styles are the static slide 1's
 * copies, so code that reads the theme from computed styles (a chart's colours) waits for this.
 */
export function deckStylesApplied(): Promise<void> {
  const applied = () => document.querySelector(`link[${waitingStylesheetAttribute}]`) === null
  return new Promise((resolve) => {
    if (applied()) {
      resolve()
      return
    }
    const observer = new MutationObserver(() => {
      if (!applied())
        return
      observer.disconnect()
      resolve()
    })
    observer.observe(document.head, {
      subtree: true,
      attributes: true,
      attributeFilter: [waitingStylesheetAttribute],
    })
  })
}

/**
 * Set on <html> by index.html's inline script (kit/first-paint/inline-script.ts) when the page is not slide 1
 * (a deep link, the presenter, or a phone on its way to the reader view): the static slide 1 is never shown.
 */
export const notSlideOneClass = 'not-slide-one'

/**
 * Removes the static slide 1 the moment the live deck has drawn a slide under it. A mutation observer's
 * callback runs before the next frame is painted, so no frame shows both or neither; the live slide is
 * drawn in the same place with the same styles and fonts, so nothing on screen changes. The inline
 * stylesheet stays: its font faces are the loaded ones the live slide draws with (taking them away would
 * send the text back to a fallback font while the app's own faces load), and its other rules only match
 * inside the static slide.
 */
export function handOverFromPrerenderedSlide() {
  const prerendered = document.querySelector(`.${prerenderedSlideClass}`)
  const app = document.getElementById(slidevDom.appId)
  if (!prerendered || !app)
    return
  if (document.documentElement.classList.contains(notSlideOneClass)) {
    prerendered.remove()
    return
  }
  // The app's stylesheet loads beside the static slide without holding the first paint back (index.html's
  // inline script gives it its media once loaded): the live slide is drawn with it, or not handed over to.
  const ready = () => app.querySelector(`.${slidevDom.pageClass} .${slidevDom.layoutClass}`) !== null
    && document.querySelector(`link[${waitingStylesheetAttribute}]`) === null
  const observer = new MutationObserver(() => {
    if (!ready())
      return
    observer.disconnect()
    prerendered.remove()
  })
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [waitingStylesheetAttribute],
  })
}
