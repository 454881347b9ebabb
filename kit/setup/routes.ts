import type { Component } from 'vue'
import type { LocationQueryValue, NavigationGuardWithThis, RouteLocationNormalized, RouteRecordRaw, RouteRecordSingleView } from 'vue-router'
import { defineRoutesSetup } from '@slidev/types'
import { defineAsyncComponent } from 'vue'
import { hasSlidevPrintPages, hasSlidevServer, slides, slidevPrintPages } from '../slidev/client.ts'
import { slidevPrintRoutes, slidevRouteNames, speakerRouteNames, speakerRoutePaths } from '../slidev/internals.ts'
import { hasSpeakerSession, openSpeakerSession } from '../speaker/remote-session.ts'

/** A slide number the deck does not have (`/99`) gets Slidev's 404 page, not a silent slide 1. */
function slideMustExist(to: RouteLocationNormalized) {
  const no = Number(to.params.no)
  if (Number.isInteger(no) && no >= 1 && no <= slides.value.length)
    return true
  return {
    name: slidevRouteNames.notFound,
    params: {
      pathMatch: to.path.slice(1).split('/'),
    },
    query: to.query,
    hash: to.hash,
  }
}

/**
 * The presenter, Slidev's other speaker pages and the phone remote need the speaker's session, which the
 * dev server opens for the password of `npm run remote`: in the address (`?password=`, which the QR code
 * carries) or typed when asked. The server checks it, as it checks every write to the talk; the session
 * is a cookie, so the password leaves the address once it has served. Without it, the audience's view.
 */
async function speakerOnly(to: RouteLocationNormalized) {
  const { password, ...query } = to.query
  if (!await hasSpeakerSession()) {
    const given = passwordGiven(password)
    if (!given || !await openSpeakerSession(given))
      return { path: `/${to.params.no ?? 1}` }
  }
  if (password === undefined)
    return true
  // The cookie stands in for the password from here on, so it leaves the address and the history.
  return { path: to.path, query, hash: to.hash }
}

/** The password in the address, or else typed when asked (empty if the prompt is dismissed). */
function passwordGiven(inAddress: LocationQueryValue | LocationQueryValue[] | undefined): string {
  if (inAddress !== undefined)
    return String(inAddress)
  // eslint-disable-next-line no-alert
  return prompt('Password for the presenter and the remote') ?? ''
}

/**
 * Slidev's speaker pages, under its dev server. The built deck has no server to ask, and its windows
 * sync within one browser only.
 */
function isSpeakerRoute(route: RouteRecordRaw): boolean {
  return hasSlidevServer
    && (speakerRouteNames.includes(String(route.name)) || speakerRoutePaths.includes(route.path))
}

/** A phone reaches the presenter and the audience only through Slidev's server, so only the server has it. */
const phoneRemote: RouteRecordRaw[] = hasSlidevServer
  ? [
      {
        name: 'remote',
        path: '/remote',
        component: () => import('../components/PhoneRemote.vue'),
        beforeEnter: speakerOnly,
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

/**
 * The hosted deck keeps Slidev's print pages, which its build drops unless it exports a PDF of its own:
 * the kit's build prints the PDF and copies the reader view from them, in the built deck, at build speed.
 * A visitor who opens them sees every slide, or every slide's notes, on one page: both are public already.
 */
const printPages: RouteRecordRaw[] = hasSlidevPrintPages
  ? []
  : [
      {
        name: slidevPrintRoutes.slides.name,
        path: slidevPrintRoutes.slides.path,
        component: slidevPrintPages.slides,
      },
      {
        path: slidevPrintRoutes.notes.path,
        component: slidevPrintPages.notes,
      },
    ]

export default defineRoutesSetup(routes => [
  ...routes.map((route) => {
    const isSlide = route.name === slidevRouteNames.slide || route.name === slidevRouteNames.presenter
    if (!isSlide && !isSpeakerRoute(route))
      return route
    const guards: NavigationGuardWithThis<undefined>[] = []
    if (isSlide)
      guards.push(slideMustExist)
    if (isSpeakerRoute(route))
      guards.push(speakerOnly)
    const guarded = {
      ...route,
      beforeEnter: guards.concat(route.beforeEnter ?? []),
    } as RouteRecordSingleView
    return route.name === slidevRouteNames.presenter
      ? withPacing(guarded)
      : guarded
  }),
  ...printPages,
  ...phoneRemote,
])
