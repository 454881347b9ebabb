// Rehearsal timings: while Slidev's timer runs, the presenter view adds up the seconds spent on each
// slide. They stay in this browser (localStorage, so a reload keeps them) until the speaker downloads
// them. Starting the timer from zero begins a new run-through; a reset alone keeps the last one, so it
// can still be downloaded.
import type { Ref } from 'vue'
import type { TimerStatus } from './talk-timer.ts'
import { configs, sharedState } from '@slidev/client'
import { onScopeDispose, watch } from 'vue'
import { elapsedAt } from './talk-timer.ts'

type SecondsBySlide = Record<number, number>

const storageKey = `${configs.title} - rehearsal timings`

function stored(): SecondsBySlide {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '{}')
    return value && typeof value === 'object'
      ? value as SecondsBySlide
      : {}
  }
  catch {
    return {}
  }
}

/** Records the current run-through; `secondsBySlide()` gives it up to this instant. */
export function recordRehearsal(currentSlideNo: Ref<number>) {
  let spent = stored()
  let last = {
    slide: currentSlideNo.value,
    elapsed: elapsedAt(Date.now()),
  }

  // Time since the last look goes to the slide that was showing then. A reset makes the timer go
  // backwards: nothing is added, and counting starts again from there.
  function settle() {
    const elapsed = elapsedAt(Date.now())
    if (elapsed > last.elapsed)
      spent[last.slide] = (spent[last.slide] ?? 0) + elapsed - last.elapsed
    last = { slide: currentSlideNo.value, elapsed }
    localStorage.setItem(storageKey, JSON.stringify(spent))
  }

  // Synchronous, so a change of slide settles before anything else reads the time.
  watch(currentSlideNo, settle, { flush: 'sync' })
  // Not synchronous: Slidev's timer sets its status before the time it started or paused at, and the
  // time is only right once both are set.
  watch(() => sharedState.timer.status, (status: TimerStatus, before: TimerStatus) => {
    if (before === 'stopped' && status === 'running') {
      spent = {}
      last = {
        slide: currentSlideNo.value,
        elapsed: elapsedAt(Date.now()),
      }
    }
    settle()
  })
  const tick = setInterval(settle, 1000)
  onScopeDispose(() => {
    clearInterval(tick)
    settle()
  })

  return {
    secondsBySlide(): SecondsBySlide {
      settle()
      return { ...spent }
    },
  }
}
