import type { SharedState } from '@slidev/client'
import { sharedState, useNav } from '@slidev/client'
import { watch } from 'vue'

/**
 * Slidev's presenter shares a slide's click count when the route changes, which is before the slide
 * has mounted and counted its clicks, and not again when the count arrives; so the shared state says 0
 * for a slide just opened. The phone remote reads the count to step through clicks: the presenter
 * shares it again once it is known.
 */
export function shareClickCountWhenKnown() {
  const { clicksTotal, currentSlideNo } = useNav()
  const state = sharedState as SharedState
  watch([clicksTotal, currentSlideNo], ([total, slide]) => {
    if (state.page === slide && state.clicksTotal !== total)
      state.clicksTotal = total
  }, { immediate: true })
}
