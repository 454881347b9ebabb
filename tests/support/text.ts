/** Folds what typesetting changes (curly quotes, line breaks, spacing) so text can be compared with its source. */
export function normaliseText(text: string): string {
  return text.replace(/[‘’]/g, '\'').replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim()
}
