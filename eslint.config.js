import antfu from '@antfu/eslint-config'
import compat from 'eslint-plugin-compat'

export default antfu(
  {
    vue: true,
    typescript: true,
    ignores: [
      'dist',
      'exports',
      'test-results',
      'playwright-report',
    ],
  },
  {
    // The kit's commands and build steps talk to the terminal.
    files: ['kit/{cli,bench,check,fonts}/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // A Slidev deck is one markdown file of many slides, each with its own H1.
    files: ['**/slides.md', '**/pages/*.md'],
    rules: { 'markdown/no-multiple-h1': 'off' },
  },
  {
    // Code that runs in the audience's browsers: no API that Safari or iOS (every iPhone browser is
    // WebKit) of the last two years lacks, unless feature-detected (`if ('requestIdleCallback' in window)`).
    // The targets live here, not in a package.json `browserslist`, so no build tool changes its output.
    name: 'deck/browser-compat',
    files: [
      'components/**/*.vue',
      'charts/**/*.ts',
      'layouts/**/*.vue',
      'slide-bottom.vue',
      'setup/**/*.ts',
      'data/**/*.ts',
      'kit/components/**/*.vue',
      'kit/setup/**/*.ts',
      'kit/*.vue',
      'kit/slidev/client.ts',
      'kit/speaker/{blackout,click-count-sync,deck-sections,pacing,rehearsal,remote-session,talk-timer}.ts',
      'kit/check/overlay.ts',
      'kit/first-paint/{prerendered-slide.ts,shims/*.ts}',
      'kit/pdf/print-ready.ts',
      'kit/reader/browser.ts',
      'tests/engines/*.js',
    ],
    plugins: { compat },
    rules: { 'compat/compat': 'error' },
    settings: {
      browsers: [
        'last 2 years and safari >= 1',
        'last 2 years and ios_saf >= 1',
      ],
      // ES built-ins too (Promise.withResolvers, Iterator helpers…): nothing here is transpiled for old engines.
      lintAllEsApis: true,
    },
  },
)
