import type { Component } from 'vue'
import type { NavigationGuardWithThis, RouteLocationNormalized, RouteRecordSingleView } from 'vue-router'
import { defineRoutesSetup } from '@slidev/types'
import { defineAsyncComponent } from 'vue'
import { slides } from '#slidev/slides'

/** A slide number the deck does not have (`/99`) gets Slidev's 404 page, not a silent slide 1. */
function slideMustExist(to: RouteLocationNormalized) {
  const no = Number(to.params.no)
  if (Number.isInteger(no) && no >= 1 && no <= slides.value.length)
    return true
  return {
    name: 'NotFound',
    params: {
      pathMatch: to.path.slice(1).split('/'),
    },
    query: to.query,
    hash: to.hash,
  }
}

/**
 * The presenter route shows PacedPresenter, which draws Slidev's own presenter page (as Slidev's route
 * loads it, lazily) with the pacing strip under it. A page of its own, so pacing can never show in the
 * audience's window, the print and export pages or the notes view.
 */
function withPacing(route: RouteRecordSingleView): RouteRecordSingleView {
  return {
    ...route,
    component: () => import('../components/PacedPresenter.vue'),
    props: {
      slidevPresenter: defineAsyncComponent(route.component as () => Promise<Component>),
    },
  }
}

export default defineRoutesSetup(routes => routes.map((route) => {
  if (route.name !== 'play' && route.name !== 'presenter')
    return route
  const ownGuards = ([] as NavigationGuardWithThis<undefined>[]).concat(route.beforeEnter ?? [])
  const guarded = {
    ...route,
    beforeEnter: [slideMustExist, ...ownGuards],
  } as RouteRecordSingleView
  return route.name === 'presenter'
    ? withPacing(guarded)
    : guarded
}))
