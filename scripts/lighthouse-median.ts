/** Lighthouse's guidance on variability: the median of this many runs of the performance score. */
export const PERFORMANCE_RUNS = 3;

/**
 * The score to keep from the performance runs so far, or undefined while another run is needed.
 * After three runs, their median. After two that fall on the same side of the minimum, the third
 * cannot move the median across it, so the one of the two nearer the minimum is kept: the median
 * of three would be at least as far from it.
 */
export function medianDecided(scores: readonly number[], minimum: number): number | undefined {
  const sorted = [...scores].sort((a, b) => a - b);
  if (sorted.length >= PERFORMANCE_RUNS) return sorted[Math.floor(PERFORMANCE_RUNS / 2)];
  const [low, high] = sorted;
  if (low === undefined || high === undefined) return undefined;
  if (low >= minimum) return low;
  if (high < minimum) return high;
  return undefined;
}
