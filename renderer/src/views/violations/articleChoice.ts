/**
 * What the case forms offer and refuse at the field: the articles of a role in force on the ACT date
 * (not the day of handling), and, when there are none, why (不溯及既往 when the act predates the
 * compact). Pure, over the compact's article snapshots (app/violations/compactForCases.ts).
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import { articlesInForceOn } from '@/domain/violations/articles'
import type { ArticleRef, ArticleRole } from '@/domain/violations/case'

export function choicesOn(articles: readonly ArticleRef[], role: ArticleRole, actDate: string): ArticleRef[] {
  if (!actDate) return []
  return articlesInForceOn(articles, role, actDate).sort((a, b) => articleOrder(a.number) - articleOrder(b.number))
}

/** null when the act date has articles in force; else the plain reason. */
export function actDateRefusal(articles: readonly ArticleRef[], role: ArticleRole, actDate: string): string | null {
  if (!actDate || choicesOn(articles, role, actDate).length > 0) return null
  const ofRole = articles.filter((a) => a.role === role)
  if (ofRole.length === 0) return '本村村规民约中没有可以适用的条款'
  const first = ofRole.reduce((x, y) => (y.effectiveFrom < x.effectiveFrom ? y : x)).effectiveFrom
  if (actDate < first)
    return `行为发生在${formatChineseDate(actDate)}，本村村规民约自${formatChineseDate(first)}起才施行，不溯及既往：不能依据施行后才有的条款处理施行前的行为`
  return `${formatChineseDate(actDate)}本村村规民约没有施行中的相关条款`
}

const DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** '第三十九条' → 39, for ordering the choices as the compact prints them. */
export function articleOrder(number: string): number {
  const body = number.replace(/^第|条$/g, '')
  let total = 0
  let digit = 0
  for (const ch of body) {
    const unit = ch === '百' ? 100 : ch === '十' ? 10 : 0
    if (unit) {
      total += (digit || 1) * unit
      digit = 0
    } else digit = DIGITS[ch] ?? 0
  }
  return total + digit
}
