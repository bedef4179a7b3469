/**
 * Text plumbing for the legality review: normalisation (full-width → half-width as in
 * text/normalize.ts, spaces dropped) with an offset map back to the original, and
 * the clause/sentence context a hit is judged in (negation, authority, exemptions).
 *
 * Why clauses: “不得罚款” forbids the fine, but in “严禁乱倒垃圾，违者罚款” the 严禁 governs the dumping,
 * not the fine. A negator only reaches a term in its own comma-clause, and not across words that start
 * the consequence (违者, 否则, 一经发现 …).
 */
export interface NormalisedText {
  /** Half-width, spaces removed (line breaks kept: they end a clause). */
  text: string
  /** map[i] = index in the original of normalised character i. */
  map: number[]
}

export function normaliseForReview(original: string): NormalisedText {
  // char codes, not regexes: this runs on every keystroke for every article
  const out: string[] = []
  const map: number[] = []
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i)
    if (code === 0x0a) {
      out.push('\n')
      map.push(i)
      continue
    }
    if (isSpace(code)) continue
    out.push(code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : original[i]!)
    map.push(i)
  }
  return { text: out.join(''), map }
}

/** Whitespace other than the line break (which ends a clause): ASCII, NBSP, ideographic, zero-width. */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0xfeff
  )
}

/** Original [start, end) of normalised [s, e). */
export function originalSpan(n: NormalisedText, s: number, e: number): { start: number; end: number } {
  return { start: n.map[s] ?? 0, end: (n.map[e - 1] ?? 0) + 1 }
}

/** Ends a clause. '.' is not one: it appears in 2.5元 and in 1. item markers. */
export const CLAUSE_END = /[,;:!?\n。，；：！？]/
/** Ends a sentence. */
export const SENTENCE_END = /[;!?\n。；！？]/

/** Gap inside one clause / one sentence, for regex sources. */
export const IN_CLAUSE = '[^,;:!?\\n。，；：！？]'
export const IN_SENTENCE = '[^;!?\\n。；！？]'

export function clauseStart(text: string, at: number, end: RegExp = CLAUSE_END): number {
  for (let i = at - 1; i >= 0; i--) if (end.test(text[i]!)) return i + 1
  return 0
}

export function clauseEnd(text: string, at: number, end: RegExp = CLAUSE_END): number {
  for (let i = at; i < text.length; i++) if (end.test(text[i]!)) return i
  return text.length
}

/** Words by which a compact forbids something. 不得不 (“must”) is not one. */
const NEGATOR =
  /(不得(?!不)|严禁|禁止|不准|不许|杜绝|不能|不应|不可|不允许|不要|无权|防止|反对|避免|抵制|制止|不搞|不使用|不采用|不采取|不以)/g

/** Words that start the consequence of a breach: a negator before them does not reach past them. */
const BREAKER = /(违者|违反者|违约者将|否则|一经|发现|如有|若有|拒不|拒绝|拒交|拒缴|拒付|逃避|拖欠|不缴|不交|未交|逾期|抗拒)/

/** “罚款等处罚方式一律不得采用”, “……是违法的”: the negation comes after the term. */
const AFTER_NEGATION =
  /^[^,;:!?\n。，；：！？]*?((一律|均|都|也)?(不得|不准|不许|禁止|严禁)(采用|使用|设定|实施|适用|规定|作为)|(是|属|属于|均属|均为)违法)/

/** A list introduced as forbidden: “严禁下列处理方式：” / “不得有以下行为：”. */
const NEGATED_LIST = /(不得|严禁|禁止|不准|不许|杜绝|不能|不应|不采用|不得采用|不得使用|不得有)[^。;；]*?(下列|以下|如下|这些|下述)/

const ITEM_START = /^\s*([(（]\s*[零〇一二两三四五六七八九十0-9]+\s*[)）]|[0-9]+\s*[.．、]|[①-⑳]|[零〇一二两三四五六七八九十]+、)/

/** Whether the term at [s, e) of `text` is forbidden by the compact rather than imposed by it. */
export function isNegated(text: string, s: number, e: number): boolean {
  const cs = clauseStart(text, s)
  const prefix = text.slice(cs, s)
  let last = -1
  let lastLen = 0
  for (const m of prefix.matchAll(NEGATOR)) {
    last = m.index
    lastLen = m[0].length
  }
  if (last >= 0 && !BREAKER.test(prefix.slice(last + lastLen))) return true
  if (AFTER_NEGATION.test(text.slice(e))) return true
  // same line: “严禁下列处罚：罚款、没收” — the clause right after a forbidding colon
  if (cs > 0 && /[:：]/.test(text[cs - 1]!)) {
    const ss = clauseStart(text, cs - 1, SENTENCE_END)
    if (NEGATED_LIST.test(text.slice(ss, cs - 1))) return true
  }
  return underNegatedList(text, s)
}

/** An item line (（一）…, 1. …) under a line that ends in a forbidding colon. */
function underNegatedList(text: string, s: number): boolean {
  const lineStart = text.lastIndexOf('\n', s - 1) + 1
  const line = text.slice(lineStart, clauseEnd(text, lineStart, /\n/))
  if (!ITEM_START.test(line)) return false
  let end = lineStart - 1
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1
    const prev = text.slice(start, end)
    if (!ITEM_START.test(prev)) return /[:：]\s*$/.test(prev) && NEGATED_LIST.test(prev)
    end = start - 1
  }
  return false
}

/** The compact describing what a state organ does by law (移交公安机关依法处理), not imposing it itself. */
const AUTHORITY =
  /(公安|派出所|司法机关|执法|有关部门|主管部门|行政机关|人民政府|乡镇政府|镇政府|乡政府|法院|依法由|移送|移交|报请|提请|交由|依照《|依据《|按照《)/

export function byAuthority(text: string, s: number): boolean {
  const ss = clauseStart(text, s, SENTENCE_END)
  return AUTHORITY.test(text.slice(ss, clauseEnd(text, s, SENTENCE_END)))
}
