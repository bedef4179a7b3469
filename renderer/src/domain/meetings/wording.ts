/** The result in words: “达到三分之二以上”, “超过到会人员半数”, “《农村集体经济组织法》第二十七条、第六十四条”. */
import { citationTitle, type LegalCitation } from '@/domain/law/citations'
import type { Share } from '@/domain/law/counting'
import { fractionWords, shareWords } from '@/domain/rules/profile'

export function reachWords(share: Share, reached: boolean, baseWords = ''): string {
  return share.comparator === 'atLeast'
    ? `${reached ? '达到' : '未达到'}${baseWords}${shareWords(share)}`
    : `${reached ? '超过' : '未超过'}${baseWords}${fractionWords(share)}`
}

/** “《农村集体经济组织法》第二十七条、第六十四条” — titles merged by law. */
export function citationsWords(citations: LegalCitation[]): string {
  const byLaw = new Map<string, { first: LegalCitation; articles: string[] }>()
  for (const c of citations) {
    const key = `${c.law}|${c.kind ?? ''}`
    const entry = byLaw.get(key)
    if (!entry) byLaw.set(key, { first: c, articles: [c.article] })
    else if (!entry.articles.includes(c.article)) entry.articles.push(c.article)
  }
  return [...byLaw.values()]
    .map(({ first, articles }) => (first.kind === '地方惯例' ? citationTitle(first) : `《${first.law}》${articles.join('、')}`))
    .join('、')
}
