// The browser half of the kit's adapter (see ./internals.ts): Slidev's private modules, its build flags and
// the Vue internals the kit reads, for setup hooks and components only. Build code never imports this.
import type { ComponentPublicInstance } from 'vue'

export { slides } from '#slidev/slides'
export { CLICKS_MAX, TRUST_ORIGINS } from '@slidev/client/constants.ts'

/** Whether Slidev's dev server is behind the page (false in the hosted build): only it syncs windows across devices. */
export const hasSlidevServer: boolean = __SLIDEV_HAS_SERVER__

/** Whether Slidev's own build already has its print pages: only when the headmatter's `download` asks it to export a PDF. */
export const hasSlidevPrintPages: boolean = __SLIDEV_FEATURE_PRINT__

/** Slidev's print pages, as its routes load them: every slide on one page, and every slide's notes. */
export const slidevPrintPages = {
  slides: () => import('@slidev/client/pages/print.vue'),
  notes: () => import('@slidev/client/pages/presenter/print.vue'),
}

/** The slide a component is on: Slidev renders each slide in a SlideWrapper whose `route` prop has its number. */
export function slideOfComponent(instance: ComponentPublicInstance | null): number | undefined {
  for (let current = instance; current; current = current.$parent) {
    const route = (current.$props as { route?: { no?: unknown } }).route
    if (typeof route?.no === 'number')
      return route.no
  }
  return undefined
}
