// Stands in for Twoslash's popup plugin when the headmatter says `twoslash: false` (see
// kit/first-paint/lean-client.ts): no code block has popups, so there is nothing to install.
import type { Plugin } from 'vue'

const twoslashOff: Plugin = {
  install() {},
}

export default twoslashOff
