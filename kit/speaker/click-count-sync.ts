import type { SharedState } from '@slidev/client'
import { sharedState, useNav } from '@slidev/client'
import { watch } from 'vue'

/**
 * Slidev's windows share a slide's click count when their route changes, which is before the slide has
 * mounted and counted its clicks, and not again when the count arrives; so the shared state says 0 for a
 * slide just opened, and the audience's window, following a beat later, writes 0 over the presenter's
 * count. The phone remote reads the count to step through clicks: the presenter puts it back whenever
 * the shared state disagrees with the slide it shows.
 */
export function shareClickCountWhenKnown() {
  const { clicksTotal, currentSlideNo } = useNav()
  const state = sharedState as SharedState
  watch(() => [
    clicksTotal.value,
    currentSlideNo.value,
    state.page,
    state.clicksTotal,
  ], () => {
    if (state.page === currentSlideNo.value && state.clicksTotal !== clicksTotal.value)
      state.clicksTotal = clicksTotal.value
  }, { immediate: true })
}
