// The reader view's script (read/reader.js, loaded by read/index.html from kit/reader/page.ts):
// it keeps the address at the slide being read, registers the offline worker, and has each chart drawn
// at the phone's width (the talk's `readerCharts` module, loaded only when a chart nears the screen).
// The page is complete without it: every chart's numbers are on it as a table.
import { readerChartsFile } from './files.ts'

/**
 * The talk's chart module (`readerCharts` in its talk.config.ts) is loaded once a chart is a screen away: chart.js is most of
 * the page's script, and a reader at the top needs none of it. Added as a script element, not imported:
 * Vite routes a dynamic import through its loader in the app's chunk, which would start the app.
 */
function loadChartsWhenNear(figures: HTMLElement[]) {
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some(entry => entry.isIntersecting))
      return
    observer.disconnect()
    const script = document.createElement('script')
    script.type = 'module'
    script.src = `${import.meta.env.BASE_URL}${readerChartsFile}`
    document.head.append(script)
  }, { rootMargin: '100% 0px' })
  for (const figure of figures)
    observer.observe(figure)
}

/**
 * The address names the slide being read (the last one whose heading has passed the top third of the
 * screen), replaced rather than pushed: a shared link opens at the same place, and Back leaves the page.
 */
function followReadingPosition(sections: HTMLElement[]) {
  let current = location.hash
  let pending = false
  const update = () => {
    pending = false
    const line = window.innerHeight / 3
    const reading = sections.findLast(section => section.getBoundingClientRect().top <= line) ?? sections[0]!
    const hash = `#${reading.id}`
    if (hash !== current) {
      current = hash
      history.replaceState(history.state, '', hash)
    }
  }
  addEventListener('scroll', () => {
    if (!pending) {
      pending = true
      requestAnimationFrame(update)
    }
  }, { passive: true })
}

followReadingPosition([
  ...document.querySelectorAll<HTMLElement>('section.reader-slide'),
])
// Offline after the first visit, as the slides are (kit/setup/main.ts): the worker precaches this page too.
if ('serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
  }, { once: true })
}
const figures = [
  ...document.querySelectorAll<HTMLElement>('.reader-chart[data-chart]'),
]
if (figures.length > 0)
  loadChartsWhenNear(figures)
