import { configs } from '@slidev/client'
import { defineAppSetup } from '@slidev/types'
import { markPrintPageWhenComplete } from './print-ready.ts'

export default defineAppSetup(() => {
  // Slidev's page has no main landmark, which screen readers use to skip to the content: the app
  // root holds the slides, so it is the page's main content.
  document.getElementById('app')?.setAttribute('role', 'main')

  // headmatter `download` names the PDF the build puts beside index.html; resolve it against the base
  // path so the button works under /talk/ and from /presenter/3 alike.
  if (typeof configs.download === 'string' && !/^(?:[a-z]+:)?\//i.test(configs.download))
    configs.download = `${import.meta.env.BASE_URL}${configs.download}`

  if (new URLSearchParams(location.search).has('print'))
    markPrintPageWhenComplete()

  // Offline after the first visit: scripts/build.ts writes sw.js with every file of the build.
  // Registered once the page is idle, so precaching never competes with the first slide.
  if (import.meta.env.PROD && 'serviceWorker' in navigator && !new URLSearchParams(location.search).has('print')) {
    addEventListener('load', () => requestIdleCallback(() => {
      navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
    }), { once: true })
  }
})
