// Slidev's talk timer as seconds, for pacing and rehearsal timings. It reads the timer's own state
// (sharedState.timer: started, paused and reset by the timer's controls in the presenter, and synced
// between windows), so pacing starts and pauses with it and never keeps a clock of its own.
import type { SharedState } from '@slidev/client'
import { sharedState } from '@slidev/client'
import { computed, onScopeDispose, shallowRef } from 'vue'

export type TimerStatus = SharedState['timer']['status']

/** Seconds on Slidev's timer at `time` (ms since the epoch): zero until it starts, frozen while it is paused. */
export function elapsedAt(time: number): number {
  const { status, startedAt, pausedAt } = sharedState.timer
  if (status === 'stopped' || !startedAt)
    return 0
  return Math.max(0, ((status === 'paused'
    ? pausedAt
    : time) - startedAt) / 1000)
}

/** Whole seconds on Slidev's timer and its status, refreshed four times a second. */
export function useTalkTimer() {
  const now = shallowRef(Date.now())
  const tick = setInterval(() => now.value = Date.now(), 250)
  onScopeDispose(() => clearInterval(tick))
  return {
    elapsedSeconds: computed(() => Math.floor(elapsedAt(now.value))),
    status: computed<TimerStatus>(() => sharedState.timer.status),
  }
}
