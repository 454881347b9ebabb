import type { NavigationGuardWithThis, RouteLocationNormalized } from 'vue-router'
import { defineRoutesSetup } from '@slidev/types'
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

export default defineRoutesSetup(routes => routes.map((route) => {
  if (route.name !== 'play' && route.name !== 'presenter')
    return route
  const ownGuards = ([] as NavigationGuardWithThis<undefined>[]).concat(route.beforeEnter ?? [])
  return {
    ...route,
    beforeEnter: [slideMustExist, ...ownGuards],
  }
}))
