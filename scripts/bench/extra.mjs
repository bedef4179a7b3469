/**
 * Benchmarks of the feature areas, run by scripts/bench.mjs after the large village is seeded.
 * Each entry: { name, run({ context, base, page, log }) → Promise<Record<string, number>> }.
 */
export const extraBenchmarks = []
