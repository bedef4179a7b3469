/**
 * 法定人数计数 — the counting convention of domain-rules §0 (民法典第一千二百五十九条):
 * “以上”“以下”“以内”“届满”包括本数；“不满”“超过”“以外”不包括本数。
 *   过半数 / 超过半数 of n  → floor(n/2) + 1   (strictly more than half)
 *   三分之二以上 of n        → ceil(2n/3)       (exactly 2/3 counts)
 *
 * Integer arithmetic only: `n * 2 / 3` in floating point is exact for small n, but
 * a threshold that decides whether a meeting was lawful should not rest on that.
 * The rule profiles (domain/rules) and the quorum engine (domain/meetings) count with these.
 */

function requireCount(name: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${name}应为非负整数，收到：${n}`)
}

/** floor(a / b) for a ≥ 0, b > 0, exactly. */
function floorDiv(a: number, b: number): number {
  return (a - (a % b)) / b
}

/** ceil(a / b) for a ≥ 0, b > 0, exactly. */
export function ceilDiv(a: number, b: number): number {
  requireCount('被除数', a)
  requireCount('除数', b)
  if (b === 0) throw new RangeError('除数不能为0')
  return floorDiv(a, b) + (a % b === 0 ? 0 : 1)
}

function requireFraction(num: number, den: number): void {
  requireCount('分子', num)
  requireCount('分母', den)
  if (den === 0) throw new RangeError('分母不能为0')
}

/**
 * “num/den 以上” of n: the least k with k/n ≥ num/den, i.e. k·den ≥ n·num → ceil(n·num/den).
 * 三分之二以上 = atLeastFraction(n, 2, 3); 五分之四以上 = atLeastFraction(n, 4, 5).
 */
export function atLeastFraction(n: number, num: number, den: number): number {
  requireCount('基数', n)
  requireFraction(num, den)
  return ceilDiv(n * num, den)
}

/**
 * “超过 num/den” of n: the least k with k·den > n·num → floor(n·num/den) + 1.
 * 过半数 = moreThanFraction(n, 1, 2).
 */
export function moreThanFraction(n: number, num: number, den: number): number {
  requireCount('基数', n)
  requireFraction(num, den)
  return floorDiv(n * num, den) + 1
}

/** 过半数 (超过半数) of n → floor(n/2) + 1. Note: for n = 0 this is 1 — nobody can be a majority of nobody. */
export function moreThanHalf(n: number): number {
  return moreThanFraction(n, 1, 2)
}

/** Whether `count` reaches a required number (a tiny helper so callers never flip the comparison). */
export function reaches(count: number, required: number): boolean {
  return count >= required
}

/** A share in the law's words: “num/den 以上” (atLeast, includes the number) or “超过 num/den” (moreThan). */
export interface Share {
  comparator: 'atLeast' | 'moreThan'
  num: number
  den: number
}

/** The least count that meets `share` of `n` (民法典第1259条). */
export function requiredCount(share: Share, n: number): number {
  return share.comparator === 'atLeast' ? atLeastFraction(n, share.num, share.den) : moreThanFraction(n, share.num, share.den)
}
