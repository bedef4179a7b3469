/**
 * Many short strings packed into one, searched with one native `indexOf` scan.
 *
 * Why: the search budget is 16 ms per keystroke on a slow PC over 10,000 people.
 * Calling `includes` 10,000 times costs a JS→native round trip per person; scanning
 * one packed string costs one call plus one binary search per hit, so a keystroke
 * costs in proportion to the matches, not to the village.
 *
 * Layout: SEP v0 SEP v1 … SEP v(n-1) SEP. A value never contains SEP (callers strip
 * control characters), so a match of a SEP-free needle never spans two values,
 * “SEP+q” matches only at a value's start, and “q+SEP” only at its end.
 */
export const SEP = '\u0001'

export interface PackedStrings {
  readonly text: string
  /** starts[i] = offset of the SEP that opens value i; starts[n] = offset of the final SEP. */
  readonly starts: Int32Array
}

export function packStrings(values: readonly string[]): PackedStrings {
  const starts = new Int32Array(values.length + 1)
  const parts: string[] = []
  let offset = 0
  values.forEach((v, i) => {
    starts[i] = offset
    parts.push(SEP, v)
    offset += 1 + v.length
  })
  starts[values.length] = offset
  parts.push(SEP)
  return { text: parts.join(''), starts }
}

/** Index of the value whose region [starts[i], starts[i+1]) contains `pos`. */
function ownerOf(p: PackedStrings, pos: number): number {
  let lo = 0
  let hi = p.starts.length - 2
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((p.starts[mid] as number) <= pos) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * Calls `visit(index, offsetInValue)` once per value containing `needle`, at its
 * first occurrence (offset of the needle's first character within the value; may be
 * -1 when the needle begins with SEP). Values are visited in index order.
 */
export function forEachValueContaining(p: PackedStrings, needle: string, visit: (index: number, offsetInValue: number) => void): void {
  if (needle.length === 0) return
  const last = p.starts.length - 2
  let from = 0
  for (;;) {
    const pos = p.text.indexOf(needle, from)
    if (pos < 0) return
    // A needle that starts with SEP is owned by the value the SEP opens.
    const i = Math.min(ownerOf(p, needle.startsWith(SEP) ? pos + 1 : pos), last)
    if (i < 0) return
    visit(i, pos - (p.starts[i] as number) - 1)
    from = p.starts[i + 1] as number
  }
}
