// Stands in for Slidev's v-mark and v-motion modules when no slide uses the directive (see
// kit/first-paint/lean-client.ts), so their animation libraries stay out of the hosted build.
import type { Plugin } from 'vue'

const installNothing: Plugin = {
  install() {},
}

export const createVMarkDirective = () => installNothing
export const createVMotionDirectives = () => installNothing
