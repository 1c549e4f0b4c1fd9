// Small statistics helpers shared by the benchmarks.

/** The q-quantile (0..1) of a list of numbers, by nearest rank. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const median = (values) => quantile(values, 0.5);

/** "12.3 ms" */
export const ms = (value) => `${value.toFixed(1)} ms`;
