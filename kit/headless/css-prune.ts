// Pruning a built stylesheet to the rules a static page can use: the reader view loads one small
// stylesheet instead of the deck's nineteen. The text of every rule kept is the build's own, byte for byte
// (a browser's CSSOM would drop the properties it does not know, such as another engine's prefixes).
import type { Browser } from 'playwright-chromium'

/** A top-level piece of a stylesheet: a rule with a block, or a statement (`@layer a, b;`). */
interface CssPiece {
  /** Everything before the block: a selector list or an at-rule's prelude. */
  prelude: string
  /** The block's content, without its braces; undefined for a statement. */
  block?: string
  /** The piece's whole text, as in the source. */
  text: string
}

/** At-rules whose block holds rules: they are pruned inside; any other at-rule is kept as it is. */
const groupingAtRule = /^@(?:media|supports|layer|container|scope|document)\b/i

/** Splits CSS into its top-level pieces, reading strings, comments and brackets so a brace in them is not taken for a block. */
function pieces(css: string): CssPiece[] {
  const found: CssPiece[] = []
  let start = 0
  let depth = 0
  let blockStart = -1
  let parens = 0
  for (let index = 0; index < css.length; index++) {
    const character = css[index]
    if (character === '"' || character === '\'') {
      for (index++; index < css.length && css[index] !== character; index++) {
        if (css[index] === '\\')
          index++
      }
    }
    else if (character === '/' && css[index + 1] === '*') {
      const end = css.indexOf('*/', index + 2)
      index = end === -1
        ? css.length
        : end + 1
    }
    else if (character === '(') {
      parens++
    }
    else if (character === ')') {
      parens = Math.max(0, parens - 1)
    }
    else if (parens > 0) {
      continue
    }
    else if (character === '{') {
      if (depth++ === 0)
        blockStart = index
    }
    else if (character === '}') {
      if (depth === 0)
        throw new Error(`A stylesheet has a "}" with no "{" at character ${index}: it cannot be pruned.`)
      if (--depth === 0) {
        found.push({
          prelude: css.slice(start, blockStart).replace(/\/\*[\s\S]*?\*\//g, '').trim(),
          block: css.slice(blockStart + 1, index),
          text: css.slice(start, index + 1).trim(),
        })
        start = index + 1
      }
    }
    else if (character === ';' && depth === 0) {
      found.push({
        prelude: css.slice(start, index).trim(),
        text: css.slice(start, index + 1).trim(),
      })
      start = index + 1
    }
  }
  if (depth !== 0)
    throw new Error('A stylesheet ends inside a block: it cannot be pruned.')
  return found
}

/** Every selector list in the stylesheet, inside grouping at-rules too. */
export function selectorLists(css: string): string[] {
  return pieces(css).flatMap((piece) => {
    if (piece.block === undefined || piece.prelude.startsWith('@')) {
      return piece.block !== undefined && groupingAtRule.test(piece.prelude)
        ? selectorLists(piece.block)
        : []
    }
    return [piece.prelude]
  })
}

/** The stylesheet without the style rules whose selector list is not in `used`; a group left empty goes too. */
export function keepUsedRules(css: string, used: ReadonlySet<string>): string {
  return pieces(css).flatMap((piece) => {
    if (piece.block === undefined)
      return [piece.text]
    if (piece.prelude.startsWith('@')) {
      if (!groupingAtRule.test(piece.prelude))
        return [piece.text]
      const inner = keepUsedRules(piece.block, used)
      return inner
        ? [`${piece.prelude}{${inner}}`]
        : []
    }
    return used.has(piece.prelude)
      ? [piece.text]
      : []
  }).join('\n')
}

/**
 * Runs in the page: whether each selector list matches an element there. A state the page is not in
 * (hover, focus, a checked box) or a pseudo-element is taken away before matching, so `a:hover` is kept
 * when the page has a link; a selector the browser cannot read is kept, as it may be another engine's.
 */
function matchingSelectors(selectorLists: string[]): boolean[] {
  const state = /::?(?:-[\w-]+|after|before|first-letter|first-line|marker|placeholder|selection|backdrop|file-selector-button|hover|focus|focus-visible|focus-within|active|visited|link|any-link|target|checked|disabled|enabled|indeterminate|default|valid|invalid|user-valid|user-invalid|in-range|out-of-range|required|optional|read-only|read-write|placeholder-shown|autofill|open|popover-open|modal|fullscreen|playing|paused)(?![\w-])/g
  return selectorLists.map((selectors) => {
    try {
      return document.querySelector(selectors.replace(state, '').replace(/(^|,)\s*(?=,|$)/g, '$1*')) !== null
    }
    catch {
      return true
    }
  })
}

/**
 * The stylesheets' text, in order, pruned to what the page `html` uses. Matched on the markup alone, in a
 * page that runs no script, so the same markup always keeps the same rules.
 */
export async function pruneForMarkup(browser: Browser, html: string, stylesheets: string[]): Promise<string[]> {
  const page = await browser.newPage({ javaScriptEnabled: false })
  try {
    await page.setContent(html)
    const lists = [
      ...new Set(stylesheets.flatMap(selectorLists)),
    ]
    const matches = await page.evaluate(matchingSelectors, lists)
    const used = new Set(lists.filter((_, index) => matches[index]))
    return stylesheets.map(css => keepUsedRules(css, used))
  }
  finally {
    await page.close()
  }
}
