/**
 * Timing helper for the search budget (p95 ≤ 16 ms per keystroke, 10,000 villagers).
 * Called by scripts/bench; tests never assert on wall-clock time (design.md).
 * performance.now exists in browsers, workers and Node ≥ 16.
 */
import { searchPeople, type PeopleIndex } from './search'

export interface SearchTiming {
  runs: number
  p50: number
  p95: number
  max: number
}

/** What a user sends while typing `word`: 'w', 'wa', 'wan', … */
export function keystrokePrefixes(word: string): string[] {
  const chars = Array.from(word)
  return chars.map((_, i) => chars.slice(0, i + 1).join(''))
}

/** Nearest-rank percentile of an ascending-sorted list (p in 0..100). */
export function percentile(sortedAsc: readonly number[], p: number): number {
  if (sortedAsc.length === 0) return 0
  const rank = Math.ceil((p / 100) * sortedAsc.length)
  return sortedAsc[Math.min(Math.max(rank, 1), sortedAsc.length) - 1] ?? 0
}

/**
 * Runs every query `rounds` times (default 1) and reports milliseconds per query.
 * Pass keystroke prefixes to measure what typing costs.
 */
export function measureSearch(
  index: PeopleIndex,
  queries: readonly string[],
  options: { rounds?: number; limit?: number } = {},
): SearchTiming {
  const rounds = options.rounds ?? 1
  const times: number[] = []
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t0 = performance.now()
      searchPeople(index, q, options.limit)
      times.push(performance.now() - t0)
    }
  }
  times.sort((a, b) => a - b)
  return { runs: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] ?? 0 }
}
