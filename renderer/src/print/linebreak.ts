/**
 * Chinese line-breaking rules (禁则) for pdfmake.
 *
 * How pdfmake 0.3 breaks lines: TextBreaker runs the `linebreak` package (Unicode UAX #14) over
 * each text inline and treats every piece between two break opportunities as a "word"; a word
 * that does not fit moves to the next line. UAX #14 already refuses to break before most closing
 * punctuation (classes CL/CP/EX/IS/NS) and after opening punctuation (OP), but it allows breaks
 * before the dash '—' (class B2), before '·', around curly quotes in some contexts and elsewhere
 * where Chinese typesetting (GB/T 15834, W3C clreq) does not.
 *
 * Why not U+2060 WORD JOINER: none of the bundled Noto CJK faces has a glyph for U+2060 (nor
 * U+200B/U+200D/U+FEFF — checked with fontkit), so pdfkit would draw the .notdef box, a full em
 * wide, between the characters.
 *
 * What we do instead: split the text into runs, and wrap every run that must not be broken — a
 * forbidden-start character together with its predecessor, a forbidden-end character together
 * with its successor, chained — into its own inline with `noWrap: true`. pdfmake never breaks
 * inside a noWrap inline and still breaks between inlines where UAX #14 allows. Everything else
 * stays plain text, so justification and UAX #14 keep working as before.
 */

/**
 * 行首禁则 — may not start a line: closing punctuation and marks that belong to the preceding
 * text. Full-width: ，。、；：？！ ）》」』】〕〉］｝〗〙 ”’ …— ～ ·・ ％‰℃ °;
 * half-width: , . ; : ? ! ) ] } % and the closing quotes ” ’ (U+201D/U+2019) shared with CJK.
 * '…' and '—' are here because a 省略号/破折号 (two characters) must neither be split nor start a
 * line; the pair stays with the character before it.
 */
export const NO_LINE_START: ReadonlySet<string> = new Set(Array.from('，。、；：？！）》」』】〕〉］｝〗〙”’…—～·・％‰℃°' + ',.;:?!)]}%'))

/**
 * 行尾禁则 — may not end a line: opening punctuation and prefixes that belong to the following
 * text. Full-width: （《「『【〔〈［｛〖〘 “‘ ￥; half-width: ( [ { ¥ $.
 */
export const NO_LINE_END: ReadonlySet<string> = new Set(Array.from('（《「『【〔〈［｛〖〘“‘￥' + '([{¥$'))

/**
 * A glued run longer than this may be broken anyway (clreq allows relaxing the rules rather than
 * overflowing the line); real text never comes close — it would take eight punctuation marks in
 * a row.
 */
export const MAX_GLUED_LENGTH = 8

/** May a line break fall between `before` and `after` (single characters)? */
export function breakAllowedBetween(before: string, after: string): boolean {
  if (before === '\n' || after === '\n') return true
  return !NO_LINE_START.has(after) && !NO_LINE_END.has(before)
}

export interface TextRun {
  text: string
  /** true: must stay on one line (rendered as a noWrap inline) */
  glued: boolean
}

/**
 * Split `text` into runs: glued runs contain only forbidden boundaries; between runs (and inside
 * free runs) breaking is left to pdfmake/UAX #14. Concatenating the runs gives back `text`.
 * Works on code points, so astral characters (𠮷) are never split.
 */
export function splitForLineBreaking(text: string): TextRun[] {
  const chars = Array.from(text)
  const runs: TextRun[] = []
  let free = ''
  let i = 0
  while (i < chars.length) {
    // extend a glued group from i while the boundary to the next char is forbidden
    let j = i
    while (j + 1 < chars.length && j - i + 1 < MAX_GLUED_LENGTH && !breakAllowedBetween(chars[j] ?? '', chars[j + 1] ?? '')) j++
    if (j > i) {
      if (free) runs.push({ text: free, glued: false })
      free = ''
      runs.push({ text: chars.slice(i, j + 1).join(''), glued: true })
      i = j + 1
    } else {
      free += chars[i] ?? ''
      i++
    }
  }
  if (free) runs.push({ text: free, glued: false })
  return runs
}

/** pdfmake inline fragments for `text`; `style` is applied to every fragment. */
export function kinsokuInlines<S extends object>(text: string, style?: S): (S & { text: string; noWrap?: boolean })[] {
  const runs = splitForLineBreaking(text)
  if (runs.length === 0) return [{ ...(style as S), text: '' }]
  return runs.map((run) => (run.glued ? { ...(style as S), text: run.text, noWrap: true } : { ...(style as S), text: run.text }))
}

/**
 * `text` itself when nothing in it needs gluing (most table cells, dates, numbers), otherwise the
 * inline fragments: fewer inlines keep long ledgers fast (~30 % of layout time on a 2,300-row table).
 */
export function kinsokuText(text: string): string | { text: string; noWrap?: boolean }[] {
  const runs = splitForLineBreaking(text)
  if (runs.every((r) => !r.glued)) return text
  return runs.map((run) => (run.glued ? { text: run.text, noWrap: true } : { text: run.text }))
}

/** Lines (as read back) that violate the rules: for tests and for a pre-print self-check. */
export function lineBreakViolations(lines: readonly string[]): { line: number; text: string; reason: string }[] {
  const out: { line: number; text: string; reason: string }[] = []
  lines.forEach((raw, index) => {
    const text = raw.trim()
    if (!text) return
    const first = Array.from(text)[0] ?? ''
    const last = Array.from(text).at(-1) ?? ''
    if (NO_LINE_START.has(first)) out.push({ line: index, text, reason: `行首出现“${first}”` })
    if (NO_LINE_END.has(last)) out.push({ line: index, text, reason: `行尾出现“${last}”` })
  })
  return out
}
