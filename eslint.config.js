import antfu from '@antfu/eslint-config'

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
    // A Slidev deck is one markdown file of many slides, each with its own H1.
    files: ['slides.md', 'pages/*.md'],
    rules: { 'markdown/no-multiple-h1': 'off' },
  },
)
