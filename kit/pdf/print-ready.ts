// Slidev's exporter prints /print once the network is idle, <body> exists and the [data-waitfor]
// elements it finds at that moment are ready. Under load that can be before the slides are rendered
// (blank PDF pages, a PNG export with no images) or before their click steps are (a --with-clicks PDF
// with one page per slide): an upstream race (slidevjs/slidev#2599). This puts a marker on the print
// page for the exporter to wait for, and fills it in once the page is complete.
import { slidevDom } from '../slidev/internals.ts'

/** Every slide is on the page, none is loading, and every chart or other [data-waitfor] inside is ready. */
function printPageComplete(): boolean {
  const content = document.getElementById(slidevDom.printContentId)
  if (!content || content.querySelector(`.${slidevDom.loadingClass}`))
    return false
  const containers = Array.from(content.querySelectorAll(`.${slidevDom.printSlideContainerClass}`))
  const waiting = Array.from(content.querySelectorAll(`[${slidevDom.waitForAttribute}]`))
  return containers.length > 0
    && containers.every(container => container.querySelector(`.${slidevDom.layoutClass}`))
    && waiting.every((element) => {
      const selector = element.getAttribute(slidevDom.waitForAttribute)
      return !selector || element.querySelector(selector) !== null
    })
}

const doneClass = 'print-ready-done'

/** The marker once filled in: what the PDF exports and the reader view wait for on the print page. */
export const printPageCompleteSelector = `[data-waitfor=".${doneClass}"] .${doneClass}`

/**
 * Runs before the app mounts, so the marker is there when the exporter looks. It goes before the app:
 * after it, even an empty box would start a page of its own behind the last slide's page break.
 * Checked once a frame, outside Vue's updates: a slide's click steps render in the update that mounts
 * the slide, so a complete page seen from here has all of them.
 */
export function markPrintPageWhenComplete() {
  const marker = document.createElement('div')
  marker.id = 'print-ready'
  marker.dataset.waitfor = `.${doneClass}`
  document.body.prepend(marker)
  const check = () => {
    if (!printPageComplete()) {
      requestAnimationFrame(check)
      return
    }
    const done = document.createElement('i')
    done.className = doneClass
    marker.append(done)
  }
  requestAnimationFrame(check)
}
