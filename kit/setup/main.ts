import { configs } from '@slidev/client'
import { defineAppSetup } from '@slidev/types'
import { showDeckCheckOverlay } from '../check/overlay.ts'
import { handOverFromPrerenderedSlide } from '../first-paint/prerendered-slide.ts'
import { markPrintPageWhenComplete } from '../pdf/print-ready.ts'
import { slideOfComponent } from '../slidev/client.ts'
import { slidevDom, slidevPrintRoutes } from '../slidev/internals.ts'

/** Safari has no requestIdleCallback (WebKit bugs 164193, 285049): a short timeout stands in for it there. */
function whenIdle(callback: () => void) {
  if ('requestIdleCallback' in window)
    window.requestIdleCallback(callback)
  else
    setTimeout(callback, 200)
}

/**
 * Slidev keeps the screen awake while the deck is open, asking for a wake lock as the page opens
 * (VueUse's useWakeLock) and not catching a refusal. WebKit, unlike Blink and Gecko, grants one only in
 * answer to a tap or a key (WebKit pull request 13104), so every load on an iPhone threw
 * `NotAllowedError: Permission was denied`. A request refused for want of a gesture is made again
 * inside the visitor's first tap or key instead, and answers then.
 */
function askForWakeLockWithFirstGesture() {
  if (!('wakeLock' in navigator))
    return
  // On the prototype: WebKit may hand out a new navigator.wakeLock wrapper after a garbage collection,
  // and a method set on the old one would be gone (it was, one page load in ten under test).
  const request = WakeLock.prototype.request
  WakeLock.prototype.request = function (this: WakeLock, type) {
    return request.call(this, type).catch((error: unknown) => {
      const withoutGesture = error instanceof DOMException && error.name === 'NotAllowedError'
        && 'userActivation' in navigator && !navigator.userActivation.isActive
      if (!withoutGesture)
        throw error
      return new Promise<WakeLockSentinel>((resolve, reject) => {
        const gestures = new AbortController()
        const retry = () => {
          // Escape and a few other keys give no activation: wait for a gesture that does.
          if (!navigator.userActivation.isActive)
            return
          gestures.abort()
          request.call(this, type).then(resolve, reject)
        }
        for (const gesture of ['pointerdown', 'pointerup', 'keydown'])
          addEventListener(gesture, retry, { capture: true, signal: gestures.signal })
      })
    })
  }
}

export default defineAppSetup(({ app }) => {
  // A component that throws names its slide, so the exporter and the console say where to look.
  app.config.errorHandler = (error, instance, info) => {
    const slide = slideOfComponent(instance)
    const where = slide
      ? `Slide ${slide}: `
      : ''
    // One string with the slide and the message on its first line: what an exporter's log shows of it.
    const [message, stack] = error instanceof Error
      ? [error.message, error.stack]
      : [
          String(error),
          '',
        ]
    console.error(`${where}${message} (in ${info})\n${stack}`)
  }

  // Slidev's page has no main landmark, which screen readers use to skip to the content: the app
  // root holds the slides, so it is the page's main content.
  document.getElementById(slidevDom.appId)?.setAttribute('role', 'main')

  handOverFromPrerenderedSlide()

  // headmatter `download` names the PDF the build puts beside index.html; resolve it against the base
  // path so the button works under /talk/ and from /presenter/3 alike.
  if (typeof configs.download === 'string' && !/^(?:[a-z]+:)?\//i.test(configs.download))
    configs.download = `${import.meta.env.BASE_URL}${configs.download}`

  askForWakeLockWithFirstGesture()

  // In print mode, and on the print page as the screen draws it, which the reader view is copied from.
  if (new URLSearchParams(location.search).has('print') || location.pathname === `${import.meta.env.BASE_URL}${slidevPrintRoutes.slides.path.slice(1)}`)
    markPrintPageWhenComplete()
  else if (import.meta.hot)
    showDeckCheckOverlay(import.meta.hot)

  // Offline after the first visit: every build writes sw.js with its files (kit/offline/service-worker.ts).
  // Registered once the page is idle, so precaching never competes with the first slide.
  if (import.meta.env.PROD && 'serviceWorker' in navigator && !new URLSearchParams(location.search).has('print')) {
    addEventListener('load', () => whenIdle(() => {
      navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
    }), { once: true })
  }
})
