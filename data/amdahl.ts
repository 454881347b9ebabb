/**
 * Amdahl's law for a request: only the compute share gets faster when the runtime does.
 * speedup = 1 / (waitShare + computeShare / runtimeSpeedup), with waitShare = 1 - computeShare.
 */
export function endToEndSpeedup(computeShare: number, runtimeSpeedup: number): number {
  if (!(computeShare >= 0 && computeShare <= 1))
    throw new RangeError(`computeShare must be between 0 and 1, got ${computeShare}`)
  if (!(runtimeSpeedup > 0))
    throw new RangeError(`runtimeSpeedup must be above 0, got ${runtimeSpeedup}`)
  return 1 / ((1 - computeShare) + computeShare / runtimeSpeedup)
}

/** "1.04x": two decimals, as the talk says it. */
export function formatSpeedup(speedup: number): string {
  return `${speedup.toFixed(2)}x`
}
