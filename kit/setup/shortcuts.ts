import type { NavOperations, ShortcutOptions } from '@slidev/types'
import { defineShortcutsSetup } from '@slidev/types'
import { isBlackedOut, setBlackout } from '../speaker/blackout.ts'

const toggleBlackout = () => setBlackout(!isBlackedOut.value)

/**
 * Clicker keys. Slidev already maps Page Down/Up, Space/Shift+Space and ←/→ to the next and previous
 * step; ↓/↑ skip a slide's clicks there, which a clicker sending them would turn into skipped reveals,
 * so here they step like the others (Shift+→/← still skip). B and . black out the audience's screen;
 * kit/global-top.vue brings it back on any key.
 */
export default defineShortcutsSetup((nav: NavOperations, base: ShortcutOptions[]) => [
  ...base.map((shortcut) => {
    if (shortcut.name === 'next_down')
      return { ...shortcut, fn: nav.next }
    if (shortcut.name === 'prev_up')
      return { ...shortcut, fn: nav.prev }
    return shortcut
  }),
  { name: 'blackout_b', key: 'b', fn: toggleBlackout },
  { name: 'blackout_period', key: '.', fn: toggleBlackout },
])
