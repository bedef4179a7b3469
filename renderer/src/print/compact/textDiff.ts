/**
 * Which words of an amended article changed, for the 条文对照表: the old text's deleted parts and the
 * new text's inserted parts are printed in bold (as 人大 对照表 mark their changes).
 *
 * A longest common subsequence over characters; then a common run of one character between two
 * changes (a lone 的 or ，) is counted as changed too, on both sides, so the bold reads as whole
 * phrases, not as confetti, and both columns mark the same phrase. Articles are a few hundred characters: the quadratic table is small.
 */

export interface Segment {
  text: string
  changed: boolean
}

/** Common runs shorter than this between two changes are absorbed into the change. */
const MIN_COMMON_RUN = 2

export function diffSegments(oldText: string, newText: string): { old: Segment[]; new: Segment[] } {
  const a = Array.from(oldText)
  const b = Array.from(newText)
  const n = a.length
  const m = b.length
  // lcs[i][j]: length of the LCS of a[i..] and b[j..]
  const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
    }
  }
  // matched pairs, grouped into runs that are consecutive in both texts
  const runs: { i: number; j: number; length: number }[] = []
  for (let i = 0, j = 0; i < n && j < m;) {
    if (a[i] === b[j]) {
      const last = runs.at(-1)
      if (last && last.i + last.length === i && last.j + last.length === j) last.length++
      else runs.push({ i, j, length: 1 })
      i++
      j++
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++
    else j++
  }
  const keepA = new Array<boolean>(n).fill(false)
  const keepB = new Array<boolean>(m).fill(false)
  for (const r of runs) {
    // a short common run between changes is absorbed on both sides, so both columns mark the same phrase
    const atStart = r.i === 0 && r.j === 0
    const atEnd = r.i + r.length === n && r.j + r.length === m
    if (r.length < MIN_COMMON_RUN && !atStart && !atEnd) continue
    for (let k = 0; k < r.length; k++) {
      keepA[r.i + k] = true
      keepB[r.j + k] = true
    }
  }
  return { old: segments(a, keepA), new: segments(b, keepB) }
}

function segments(chars: readonly string[], keep: readonly boolean[]): Segment[] {
  const out: Segment[] = []
  chars.forEach((c, i) => {
    const changed = !keep[i]
    const last = out.at(-1)
    if (last && last.changed === changed) last.text += c
    else out.push({ text: c, changed })
  })
  return out
}
