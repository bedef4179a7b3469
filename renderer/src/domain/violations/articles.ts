/**
 * 按行为发生日选条文: which version of an article was in force on a date.
 *
 * The compact module has its own `articleInForceOn(compact, number, date)`; this module does not
 * depend on it and works on a flat list of ArticleRef snapshots (every version of every article),
 * so the lead can wire the two with a one-line map. A version is in force on `date` when
 * effectiveFrom ≤ date ≤ effectiveTo (both inclusive; no effectiveTo = still in force). When two
 * versions overlap (an amendment entered without closing the old one) the one that took effect
 * last wins, which is what an amendment means.
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import { NO_RETROACTIVITY } from './citations'
import { ARTICLE_ROLE_LABELS, type ArticleRef, type ArticleRole } from './case'
import { refuse, type Outcome } from './outcome'

export function isInForceOn(article: ArticleRef, date: string): boolean {
  return article.effectiveFrom <= date && (article.effectiveTo === undefined || date <= article.effectiveTo)
}

function sameArticle(a: ArticleRef, compactId: string, number: string): boolean {
  return a.compactId === compactId && a.number === number
}

/** The version of article `number` of compact `compactId` in force on `date`, or null. */
export function articleInForceOn(articles: readonly ArticleRef[], compactId: string, number: string, date: string): ArticleRef | null {
  let best: ArticleRef | null = null
  for (const a of articles) {
    if (!sameArticle(a, compactId, number) || !isInForceOn(a, date)) continue
    if (!best || a.effectiveFrom > best.effectiveFrom) best = a
  }
  return best
}

/** Every article of a role in force on `date` (what the new-case form offers for an act date). */
export function articlesInForceOn(articles: readonly ArticleRef[], role: ArticleRole, date: string): ArticleRef[] {
  const byKey = new Map<string, ArticleRef>()
  for (const a of articles) {
    if (a.role !== role || !isInForceOn(a, date)) continue
    const key = `${a.compactId}\u0000${a.number}`
    const prev = byKey.get(key)
    if (!prev || a.effectiveFrom > prev.effectiveFrom) byKey.set(key, a)
  }
  return [...byKey.values()]
}

function cn(date: string): string {
  return formatChineseDate(date)
}

/**
 * The article to apply to an act on `actDate`, with the reason when none may be applied:
 * - before its first version took effect → 不溯及既往 (cites 立法法 Art. 104 by analogy);
 * - after its last version ended (废止) → no longer in force on that date;
 * - the article is not of the expected role.
 */
export function articleForAct(
  articles: readonly ArticleRef[],
  compactId: string,
  number: string,
  actDate: string,
  role: ArticleRole,
): Outcome<ArticleRef> {
  const found = articleInForceOn(articles, compactId, number, actDate)
  if (found) {
    if (found.role !== role) {
      return refuse(`${found.number}是${ARTICLE_ROLE_LABELS[found.role]}，这里需要${ARTICLE_ROLE_LABELS[role]}`)
    }
    return { ok: true, value: found }
  }
  const versions = articles.filter((a) => sameArticle(a, compactId, number))
  if (versions.length === 0) return refuse(`村规民约中没有${number}`)
  const first = versions.reduce((x, y) => (y.effectiveFrom < x.effectiveFrom ? y : x))
  if (actDate < first.effectiveFrom) {
    return refuse(
      `行为发生在${cn(actDate)}，${number}自${cn(first.effectiveFrom)}起施行，不溯及既往：不能依据施行前尚不存在的条款处理施行前的行为`,
      NO_RETROACTIVITY,
    )
  }
  return refuse(`${number}在${cn(actDate)}不在施行期内（已废止或尚未生效），不能据此处理该日的行为`)
}

/** Check a snapshot the caller already picked (e.g. from the compact module) against the act date. */
export function checkArticleForAct(article: ArticleRef, actDate: string, role: ArticleRole): Outcome<ArticleRef> {
  return articleForAct([article], article.compactId, article.number, actDate, role)
}
