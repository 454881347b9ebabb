// Dev only: shows the deck check's verdict (kit/check/plugin.ts) in Vite's error overlay. Vite
// removes its own overlay on every hot update, and a save brings several (UnoCSS regenerates its CSS), so
// the verdict gets the same element class under a tag of its own, which stays until the verdict changes.
import type { DeckCheckVerdict } from './plugin.ts'

type OverlayConstructor = new (error: NonNullable<DeckCheckVerdict>) => HTMLElement

export const deckCheckOverlayTag = 'deck-check-overlay'

function overlayClass(): OverlayConstructor | undefined {
  const ViteOverlay = customElements.get('vite-error-overlay') as OverlayConstructor | undefined
  if (ViteOverlay && !customElements.get(deckCheckOverlayTag))
    customElements.define(deckCheckOverlayTag, class extends ViteOverlay {})
  return customElements.get(deckCheckOverlayTag) as OverlayConstructor | undefined
}

export function showDeckCheckOverlay(hot: NonNullable<ImportMeta['hot']>) {
  let overlay: HTMLElement | undefined
  hot.on('deck-check', (verdict: DeckCheckVerdict) => {
    overlay?.remove()
    const Overlay = overlayClass()
    overlay = verdict && Overlay
      ? new Overlay(verdict)
      : undefined
    if (overlay)
      document.body.append(overlay)
  })
  hot.send('deck-check:ask')
}
