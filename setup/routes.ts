import type { Component } from 'vue'
import type { NavigationGuardWithThis, RouteLocationNormalized, RouteRecordRaw, RouteRecordSingleView } from 'vue-router'
import { configs } from '@slidev/client'
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
 * The phone remote asks for `slidev --remote`'s password as Slidev's presenter does (its passwordGuard):
 * in the URL (`?password=`, which the QR code of `npm run remote` carries) or typed when asked. Without
 * it, the phone gets the audience's view.
 */
function remotePassword(to: RouteLocationNormalized) {
  if (!configs.remote || to.query.password === configs.remote)
    return true
  // eslint-disable-next-line no-alert
  if (to.query.password === undefined && prompt('Password for the remote') === configs.remote) {
    // Kept in the address, so a reload of the phone's page does not ask again.
    return {
      path: to.path,
      query: { ...to.query, password: configs.remote },
    }
  }
  return { path: '/1' }
}

/** A phone reaches the presenter and the audience only through Slidev's server, so only the server has it. */
const phoneRemote: RouteRecordRaw[] = __SLIDEV_HAS_SERVER__
  ? [
      {
        name: 'remote',
        path: '/remote',
        component: () => import('../components/PhoneRemote.vue'),
        beforeEnter: remotePassword,
      },
    ]
  : []

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

export default defineRoutesSetup(routes => [
  ...routes.map((route) => {
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
  }),
  ...phoneRemote,
])
