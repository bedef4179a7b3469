/**
 * 合法性审查 — STABLE ENTRY POINT: `reviewArticle(text): ReviewFinding[]`.
 *
 * Input: an article's text, as typed or pasted (full-width or half-width digits and punctuation, with
 * or without spaces and line breaks; “第X条” may be included or not).
 *
 * Output: the findings, in text order; empty when nothing is wrong. Each finding:
 *   level     '违法' — blocks adoption (罚款, 没收/扣押, 限制人身自由, 剥夺民主权利, 以停水停电或不予
 *                       出具证明相要挟, 以婚姻状况或户无男性减损妇女权益, 株连家属, 停发法定权益);
 *             '风险' — may stay only with a recorded reason (停发一切福利待遇 and other cuts that name
 *                       no benefit; 整户处理);
 *             '提示' — advice (a penalty described as imposed by the police by law; 公益劳动须自愿;
 *                       不符合条件不予办理).
 *   words     the exact words found, as they stand in the original text (text.slice(start, end)).
 *   start/end offsets into the original text, end exclusive.
 *   rule      a short Chinese name of the rule broken, e.g. “不得设定罚款”.
 *   citation  LegalCitation: 《行政处罚法》第九、十、十六至十八条; 《村民委员会组织法》第二十七条第二款;
 *             《妇女权益保障法》第五十五、五十六条; 《农村集体经济组织法》第十三条. Items no national text
 *             lists (停水停电, 株连) carry the note “依据推定” (domain-rules R3.4).
 *   message   plain Chinese: what is wrong and what to write instead.
 *   code      stable machine code, e.g. 'compact.review.fine'.
 *
 * Negation and context: a term the compact forbids is not imposed by it. “不得罚款”, “严禁游街示众”,
 * “任何人不得没收……”, “禁止以停水停电相要挟”, “严禁下列处理方式：罚款、没收” find nothing. A negator
 * (不得/严禁/禁止/不准/不许/杜绝 …) reaches a term only within its own comma-clause and not past the words
 * that begin a consequence (违者, 否则, 一经发现 …): “严禁乱倒垃圾，违者罚款” is a fine.
 *
 * Performance: every regex is compiled once at load; a ~45-article compact reviews in well under a
 * millisecond per article on a laptop (see reviewArticle.test.ts, which prints the time; the bench
 * measures compact_review_ms).
 */
import type { LegalCitation } from '@/domain/law/citations'
import type { Finding, FindingLevel } from '@/domain/law/findings'
import type { CompactVersion } from './model'
import { formatOrdinal } from './numerals'
import {
  ACCOUNTING,
  AUTHORITY_ADVICE,
  BENEFIT_CUT_VERB,
  BENEFIT_TRIGGER,
  BENEFIT_WORD,
  BLANKET,
  BLANKET_CUT,
  NAMED_DISCRETIONARY,
  PATTERN_RULES,
  STATUTORY_BENEFIT,
  STATUTORY_CUT,
  type ReviewLevel,
  type ReviewRule,
} from './reviewRules'
import { byAuthority, CLAUSE_END, clauseEnd, clauseStart, isNegated, normaliseForReview, originalSpan, SENTENCE_END } from './reviewText'

export type { ReviewLevel }

export interface ReviewFinding {
  level: ReviewLevel
  code: string
  /** The exact words found in the original text. */
  words: string
  rule: string
  citation: LegalCitation
  message: string
  start: number
  end: number
}

const SEVERITY: Record<ReviewLevel, number> = { 违法: 3, 风险: 2, 提示: 1 }

interface Hit {
  s: number
  e: number
  level: ReviewLevel
  code: string
  rule: string
  citation: LegalCitation
  message: (w: string) => string
  /** Priority among rules: lower wins an overlap at equal level. */
  order: number
}

/**
 * Findings by text: the editor reviews the whole compact on each keystroke, and only the article
 * being typed has changed. Bounded so a long session does not grow it without end.
 */
const memo = new Map<string, readonly ReviewFinding[]>()
const MEMO_LIMIT = 2000

export function reviewArticle(text: string): ReviewFinding[] {
  if (typeof text !== 'string' || text === '') return []
  let found = memo.get(text)
  if (!found) {
    found = review(text)
    if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value!)
    memo.set(text, found)
  }
  // copies: a caller may change what it gets, never what the next caller gets
  return found.map((f) => ({ ...f }))
}

function review(text: string): ReviewFinding[] {
  const n = normaliseForReview(text)
  const t = n.text
  const hits: Hit[] = []
  PATTERN_RULES.forEach((rule, order) => collectPatternHits(t, rule, order, hits))
  collectBenefitCuts(t, PATTERN_RULES.length, hits)
  return resolveOverlaps(t, hits).map((h) => {
    const { start, end } = originalSpan(n, h.s, h.e)
    const words = text.slice(start, end)
    return { level: h.level, code: h.code, words, rule: h.rule, citation: h.citation, message: h.message(words), start, end }
  })
}

function collectPatternHits(t: string, rule: ReviewRule, order: number, hits: Hit[]): void {
  if (!rule.trigger.test(t)) return
  for (const re of rule.patterns) {
    for (const m of t.matchAll(re)) {
      const s = m.index
      const e = s + m[0].length
      if (e === s) continue
      if (rule.exemptWords?.test(m[0])) continue
      const sentence = t.slice(clauseStart(t, s, SENTENCE_END), clauseEnd(t, e, SENTENCE_END))
      if (rule.exempt?.test(sentence)) continue
      if (isNegated(t, s, e)) continue
      const base = { s, e, order, citation: rule.citation }
      if (rule.authority && byAuthority(t, s)) {
        hits.push({ ...base, level: '提示', code: AUTHORITY_ADVICE.code, rule: AUTHORITY_ADVICE.rule, message: AUTHORITY_ADVICE.message })
      } else if (rule.softenWhen?.when.test(sentence)) {
        hits.push({ ...base, level: '提示', code: `${rule.code}_conditional`, rule: rule.rule, message: rule.softenWhen.message })
      } else {
        hits.push({ ...base, level: rule.level, code: rule.code, rule: rule.rule, message: rule.message })
      }
    }
  }
}

/**
 * 停发/取消……福利: what is cut decides the level. A statutory right (分红, 土地补偿, 低保 …) → 违法; a cut
 * naming nothing (一切福利待遇, 村级福利) → 风险; a named discretionary benefit (节日慰问品) → allowed.
 */
function collectBenefitCuts(t: string, order: number, hits: Hit[]): void {
  if (!BENEFIT_TRIGGER.test(t)) return
  for (const m of t.matchAll(BENEFIT_CUT_VERB)) {
    const s = m.index
    const verbEnd = s + m[0].length
    const objectEnd = Math.min(clauseEnd(t, verbEnd), verbEnd + 20)
    const object = t.slice(verbEnd, objectEnd)
    const statutory = STATUTORY_BENEFIT.exec(object)
    const benefit = BENEFIT_WORD.exec(object)
    if (!statutory && !benefit) continue
    if (ACCOUNTING.test(object)) continue
    if (isNegated(t, s, verbEnd)) continue
    const base = { s, order, citation: STATUTORY_CUT.citation }
    if (statutory) {
      hits.push({ ...base, e: verbEnd + statutory.index + statutory[0].length, ...pick(STATUTORY_CUT) })
      continue
    }
    const upTo = verbEnd + benefit!.index + benefit![0].length
    // 暂停享受村级福利中的节日慰问品: the name may come after the benefit word
    const blanket = BLANKET.test(object.slice(0, benefit!.index + benefit![0].length))
    if (!blanket && NAMED_DISCRETIONARY.test(object)) continue
    const wordsEnd = Math.max(upTo, verbEnd + (/^[^,;:!?\n。，；：！？]*?待遇/.exec(object)?.[0].length ?? 0))
    hits.push({ ...base, e: wordsEnd, ...pick(BLANKET_CUT) })
  }
}

function pick(r: Omit<ReviewRule, 'patterns' | 'trigger'>) {
  return { level: r.level, code: r.code, rule: r.rule, message: r.message, citation: r.citation }
}

/** Hits of one rule this close within one clause are one finding (停水停电, 处以50元以上200元以下罚款). */
const MERGE_GAP = 10

/**
 * One finding per place: hits of one rule that overlap or nearly touch in a clause merge; where rules
 * overlap, the more severe wins, then the earlier rule (外嫁女不享受分红 is the women's rule, not a
 * benefit cut).
 */
function resolveOverlaps(t: string, hits: Hit[]): Hit[] {
  const merged: Hit[] = []
  const byCode = new Map<string, Hit[]>()
  for (const h of hits) byCode.set(h.code, [...(byCode.get(h.code) ?? []), h])
  for (const group of byCode.values()) {
    group.sort((a, b) => a.s - b.s)
    let cur: Hit | null = null
    for (const h of group) {
      const near = cur !== null && h.s <= cur.e + MERGE_GAP && !CLAUSE_END.test(t.slice(cur.e, h.s))
      if (cur && near) cur.e = Math.max(cur.e, h.e)
      else {
        cur = { ...h }
        merged.push(cur)
      }
    }
  }
  merged.sort((a, b) => SEVERITY[b.level] - SEVERITY[a.level] || a.order - b.order || a.s - b.s)
  const kept: Hit[] = []
  for (const h of merged) if (!kept.some((k) => h.s < k.e && k.s < h.e)) kept.push(h)
  return kept.sort((a, b) => a.s - b.s || a.e - b.e)
}

export function blocksAdoption(findings: readonly ReviewFinding[]): boolean {
  return findings.some((f) => f.level === '违法')
}

/** A review finding in the kernel's shape, for FindingList: 违法 → error, 风险 → warning, 提示 → info. */
export function toFinding(f: ReviewFinding, article?: number): Finding {
  const level: FindingLevel = f.level === '违法' ? 'error' : f.level === '风险' ? 'warning' : 'info'
  const where = article === undefined ? '' : `${formatOrdinal(article)}：`
  const out: Finding = { level, code: f.code, message: `${where}${f.message}`, citation: f.citation }
  if (article !== undefined) out.field = String(article)
  return out
}

export interface ArticleReview {
  number: number
  findings: ReviewFinding[]
}

export interface CompactReview {
  articles: ArticleReview[]
  /** Every finding with its article number, in article order. */
  all: (ReviewFinding & { article: number })[]
  /** Any 违法: the version may not go to the vote. */
  blocked: boolean
  /** The 风险 findings, which need a recorded reason before the vote. */
  risks: (ReviewFinding & { article: number })[]
}

/** Reviews every article of a version (the editor runs this on each keystroke: keep it cheap). */
export function reviewCompact(version: Pick<CompactVersion, 'articles'>): CompactReview {
  const articles = version.articles.map((a) => ({ number: a.number, findings: reviewArticle(a.text) }))
  const all = articles.flatMap((a) => a.findings.map((f) => ({ ...f, article: a.number })))
  return { articles, all, blocked: all.some((f) => f.level === '违法'), risks: all.filter((f) => f.level === '风险') }
}
