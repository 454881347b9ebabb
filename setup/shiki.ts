// Code colours: Slidev's default (Vitesse) draws comments and strings at 1.8–3.9:1 against the code
// background, below WCAG AA's 4.5:1. These GitHub themes keep every token of our snippets above it
// (light 4.6:1 on #f5f5f5, dark 5.6:1 on #1b1b1b); the accessibility test checks each code slide.
import { defineShikiSetup } from '@slidev/types'

// Shiki stops tokenizing a line after 500 ms of wall-clock time and paints the rest in the last colour:
// on a busy machine (CI, an export beside a build) that made code colours differ between two exports.
export default defineShikiSetup(() => ({
  tokenizeTimeLimit: 0,
  themes: {
    light: 'github-light-high-contrast',
    dark: 'github-dark-default',
  },
}))
