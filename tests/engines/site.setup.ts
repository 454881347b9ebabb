// The `engines-build` project: builds the site the webkit and gecko projects open (see site.ts).
import { test } from '@playwright/test'
import { buildSite, siteBase } from './site.ts'

test(`build the deck for ${siteBase} with the test-only problem collector`, () => {
  test.setTimeout(300_000)
  buildSite()
})
