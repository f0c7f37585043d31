/** Small statistics helpers: the machine is shared and noisy, so everything reported is a median. */

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new Error('quantile of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Median of per-round ratios: rounds are interleaved, so a slow moment hits numerator and
 * denominator of the same round alike and cancels out. */
export function medianRatio(rounds: readonly number[], baseline: readonly number[]): number {
  return median(rounds.map((v, i) => v / baseline[i]!));
}

/** Rotates a list so that no client always runs first (or right after the same neighbour). */
export function rotate<T>(items: readonly T[], by: number): T[] {
  const n = by % items.length;
  return [...items.slice(n), ...items.slice(0, n)];
}
