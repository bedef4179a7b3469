/**
 * 某日有效的条文 — STABLE ENTRY POINT: `articleInForceOn(compact, number, date)`.
 *
 * Input
 *   compact  { title, versions: [{ id, effectiveFrom: 'YYYY-MM-DD', adoptedAt?, meetingId?, note?,
 *              chapters?: [{ number, title }], articles: [{ number, chapter?, role?, text, links? }] }] }
 *            Plain objects are fine (see model.ts). Versions and articles may come in any order; each
 *            version holds its FULL article set. `role` is a code ('conduct' | 'handling' |
 *            'restoration' | 'general' | 'supplementary' | 'other') or its Chinese name (行为规范,
 *            违约处理, 恢复, 总则, 附则, 其他); absent means 其他.
 *   number   the article: 39, '39', '３９', '三十九' or '第三十九条'.
 *   date     'YYYY-MM-DD'. A version is in force from its effectiveFrom (inclusive) until the day
 *            before the next version's effectiveFrom.
 *
 * Output (discriminated by `status`), each with `message`, a plain Chinese sentence:
 *   { status: 'in_force', number, text, article, chapter?, version: { id, effectiveFrom,
 *     effectiveUntil: 'YYYY-MM-DD' | null, adoptedAt?, meetingId? }, textSince }
 *       textSince: the date this exact text took effect (it may be older than the version).
 *   { status: 'not_yet_in_force', number, effectiveFrom }   the first date the article is in force
 *       (the compact is not yet in force, or the article is added by a later version).
 *   { status: 'repealed', number, repealedOn, lastText, lastVersionId, reAddedOn? }
 *       repealedOn: the effective date of the version that dropped it; lastText: its last text;
 *       reAddedOn: when a later version brings the number back.
 *   { status: 'no_such_article', number }                  no version has it (number may be null
 *       when it could not be read).
 *
 * Throws CompactShapeError (versions.ts) when the compact is malformed (bad dates, two versions on one
 * day, duplicate article numbers) and RangeError when `date` is not a valid 'YYYY-MM-DD'.
 */
import { formatChineseDate, requireIsoDate } from '@/domain/calendar/calendar'
import { chapterOf, type Article, type Chapter, type Compact } from './model'
import { formatOrdinal, readArticleNumber } from './numerals'
import { effectiveUntil, readCompact, type CompactInput } from './versions'

export interface VersionRef {
  id: string
  effectiveFrom: string
  /** Last day in force, inclusive; null for the newest version. */
  effectiveUntil: string | null
  adoptedAt?: string
  meetingId?: string
}

export type ArticleInForce =
  | {
      status: 'in_force'
      number: number
      text: string
      article: Article
      chapter?: Chapter
      version: VersionRef
      textSince: string
      message: string
    }
  | { status: 'not_yet_in_force'; number: number; effectiveFrom: string; message: string }
  | { status: 'repealed'; number: number; repealedOn: string; lastText: string; lastVersionId: string; reAddedOn?: string; message: string }
  | { status: 'no_such_article'; number: number | null; message: string }

export function articleInForceOn(input: CompactInput | Compact, number: number | string, date: string): ArticleInForce {
  requireIsoDate(date)
  const compact = readCompact(input)
  const n = readArticleNumber(number)
  if (n === null) return { status: 'no_such_article', number: null, message: `“${String(number)}”不是有效的条文序号` }
  const name = formatOrdinal(n)
  const day = formatChineseDate(date)
  const versions = compact.versions
  const current = versions.findLastIndex((v) => v.effectiveFrom <= date)
  const has = (i: number) => versions[i]!.articles.find((a) => a.number === n)
  const later = () => {
    for (let i = current + 1; i < versions.length; i++) if (has(i)) return versions[i]!.effectiveFrom
    return undefined
  }

  if (current >= 0) {
    const v = versions[current]!
    const article = has(current)
    if (article) {
      let since = current
      while (since > 0 && sameText(has(since - 1), article)) since--
      const version: VersionRef = { id: v.id, effectiveFrom: v.effectiveFrom, effectiveUntil: effectiveUntil(compact, v.id) }
      if (v.adoptedAt !== undefined) version.adoptedAt = v.adoptedAt
      if (v.meetingId !== undefined) version.meetingId = v.meetingId
      const chapter = chapterOf(v, article)
      const result: ArticleInForce = {
        status: 'in_force',
        number: n,
        text: article.text,
        article,
        version,
        textSince: versions[since]!.effectiveFrom,
        message: `${day}有效的${name}，出自${formatChineseDate(v.effectiveFrom)}起施行的版本`,
      }
      if (chapter) result.chapter = chapter
      return result
    }
    // absent now: repealed if an earlier version had it
    for (let i = current - 1; i >= 0; i--) {
      const old = has(i)
      if (!old) continue
      const repealedOn = versions[i + 1]!.effectiveFrom
      const reAddedOn = later()
      const result: ArticleInForce = {
        status: 'repealed',
        number: n,
        repealedOn,
        lastText: old.text,
        lastVersionId: versions[i]!.id,
        message: `${name}已于${formatChineseDate(repealedOn)}废止` + (reAddedOn ? `，自${formatChineseDate(reAddedOn)}起重新设立` : ''),
      }
      if (reAddedOn) result.reAddedOn = reAddedOn
      return result
    }
  }
  const first = later()
  if (first) {
    const why = current < 0 ? '村规民约当时尚未施行' : '该条由之后的修订新增'
    return {
      status: 'not_yet_in_force',
      number: n,
      effectiveFrom: first,
      message: `${day}${name}尚未生效（${why}），自${formatChineseDate(first)}起施行`,
    }
  }
  return { status: 'no_such_article', number: n, message: `村规民约的任何版本都没有${name}` }
}

function sameText(a: Article | undefined, b: Article): boolean {
  return a !== undefined && a.text.replace(/\s+/g, '') === b.text.replace(/\s+/g, '')
}
