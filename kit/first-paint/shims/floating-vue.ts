// Stands in for floating-vue in Slidev's client (see kit/first-paint/lean-client.ts): the library loads
// the first time a tooltip or dropdown is shown, not with slide 1.
import type * as FloatingVue from 'floating-vue'
import { defineAsyncComponent } from 'vue'

let loaded: typeof FloatingVue | undefined

function load(): Promise<typeof FloatingVue> {
  return import('floating-vue').then(module => loaded = module)
}

/** Nothing to recompute until a popper exists, and none exists before the library loads. */
export function recomputeAllPoppers() {
  loaded?.recomputeAllPoppers()
}

export const Tooltip = defineAsyncComponent(() => load().then(module => module.Tooltip))
export const Dropdown = defineAsyncComponent(() => load().then(module => module.Dropdown))
