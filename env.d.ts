declare module 'file-saver' {
  export function saveAs(data: Blob | string, filename?: string): void
}

declare module 'virtual:deck-supply-chain' {
  const counts: import('./data/deck-supply-chain.ts').LockfileCounts
  export default counts
}
