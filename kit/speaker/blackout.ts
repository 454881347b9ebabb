// The audience's black screen (B or . , as in PowerPoint, Keynote and reveal.js). The flag travels in
// Slidev's shared state, which Slidev syncs whole between windows (a BroadcastChannel in the built deck,
// its server in `npm run dev` and `npm run remote`), so B pressed in the presenter blacks out the
// audience's window, and the phone remote can do it too.
import type { SharedState } from '@slidev/client'
import { sharedState, useNav } from '@slidev/client'
import { computed } from 'vue'
import { hasSlidevServer, TRUST_ORIGINS } from '../slidev/client.ts'

const state = sharedState as SharedState & { blackout?: boolean }

export const isBlackedOut = computed(() => state.blackout === true)

/**
 * Who may black the screen out or bring it back. The built deck syncs only the windows of one browser,
 * so any of them may. Slidev's server shares the state with every device that opens the deck over the
 * venue's network: there, as for the slide position, only the windows Slidev lets drive (the presenter,
 * and windows on the speaker's own machine) and the phone remote, which asks for the password, may.
 */
export function mayDrive(): boolean {
  if (!hasSlidevServer)
    return true
  const { isPresenter, currentRoute } = useNav()
  return isPresenter.value || currentRoute.value.name === 'remote' || TRUST_ORIGINS.includes(location.hostname)
}

export function setBlackout(on: boolean) {
  if (mayDrive())
    state.blackout = on
}
