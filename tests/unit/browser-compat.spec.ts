// The lint rule that keeps APIs Safari lacks out of the deck (eslint.config.js, `deck/browser-compat`)
// is itself under test: if the rule, its targets or its files drifted, the deck could ship an unguarded
// requestIdleCallback again, and every iPhone would throw on load and never register the offline worker.
import { expect, test } from '@playwright/test'
import { ESLint } from 'eslint'

const eslint = new ESLint()

async function compatMessages(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.filter(message => message.ruleId === 'compat/compat').map(message => message.message)
}

const unguarded = `export function whenIdle(callback: () => void) {
  window.requestIdleCallback(callback)
}
`
// The guard kit/setup/main.ts uses: feature-detect, fall back to a timeout.
const guarded = `export function whenIdle(callback: () => void) {
  if ('requestIdleCallback' in window)
    window.requestIdleCallback(callback)
  else
    setTimeout(callback, 200)
}
`

test('lint rejects an API Safari lacks in the deck\'s browser code, and accepts it feature-detected', async () => {
  for (const file of ['kit/setup/main.ts', 'charts/example.ts']) {
    expect(await compatMessages(unguarded, file), `${file}: unguarded requestIdleCallback`).toEqual([
      expect.stringMatching(/^requestIdleCallback is not supported in iOS Safari/),
    ])
    expect(await compatMessages(guarded, file), `${file}: requestIdleCallback behind 'requestIdleCallback' in window`).toEqual([])
  }
  const component = `<script setup lang="ts">
import { onMounted } from 'vue'

onMounted(() => requestIdleCallback(() => {}))
</script>

<template>
  <div />
</template>
`
  expect(await compatMessages(component, 'components/Example.vue')).toEqual([
    expect.stringMatching(/^requestIdleCallback is not supported in iOS Safari/),
  ])
})
