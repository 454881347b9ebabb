// Build-time flags that Slidev's client source reads; Slidev's own repo declares them, its package does not.
declare const __DEV__: boolean
declare const __SLIDEV_CLIENT_ROOT__: string
declare const __SLIDEV_HASH_ROUTE__: boolean
declare const __SLIDEV_MEMORY_ROUTE__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS__: boolean
declare const __SLIDEV_FEATURE_EDITOR__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS_PERSIST__: boolean
declare const __SLIDEV_FEATURE_RECORD__: boolean
declare const __SLIDEV_FEATURE_PRESENTER__: boolean
declare const __SLIDEV_FEATURE_PRINT__: boolean
declare const __SLIDEV_FEATURE_BROWSER_EXPORTER__: boolean
declare const __SLIDEV_FEATURE_WAKE_LOCK__: boolean
declare const __SLIDEV_FEATURE_PWA__: boolean
declare const __SLIDEV_HAS_SERVER__: boolean

declare module 'file-saver' {
  export function saveAs(data: Blob | string, filename?: string): void
}

declare module 'virtual:deck-supply-chain' {
  const counts: import('./data/deck-supply-chain.ts').LockfileCounts
  export default counts
}

declare module 'virtual:deck-hosting' {
  export const hostedUrl: string
}

declare module 'wawoff2' {
  export function compress(trueType: Uint8Array): Promise<Uint8Array>
  export function decompress(woff2: Uint8Array): Promise<Uint8Array>
}
