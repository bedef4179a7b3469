/**
 * Glue (the domain leaves it to the caller: violations/articles.ts "the lead maps its articles to this
 * snapshot"): the stored 村规民约 as the flat list of article snapshots a case cites forever
 * (violations ArticleRef), one per article per version, with the version's dates.
 *
 * compactArticleRefs(row) → ArticleRef[]. Only the roles a case uses (行为规范 conduct, 违约处理
 * handling, 恢复 restoration). For a handling article the compact model records neither the measures
 * it allows nor the body that decides, so they are read from its words: a measure is allowed when
 * the article names it (批评教育, 书面检讨/悔过书, 赔礼道歉, 通报, 评先评优, 暂停…福利, 恢复原状, 赔偿),
 * and the 村民代表会议 decides when the article says so (else the 村民委员会). An article that names
 * no measure allows none — the domain then refuses every measure, which is the safe side.
 */
import type { CompactRow } from '@/db/rows'
import { formatOrdinal } from '@/domain/compact/numerals'
import { effectiveUntil } from '@/domain/compact/versions'
import type { ArticleRef, MeasureKind } from '@/domain/violations/case'

const MEASURE_WORDS: readonly [MeasureKind, RegExp][] = [
  ['批评教育', /批评教育/],
  ['书面检讨', /检讨|悔过书|悔改书/],
  ['赔礼道歉', /赔礼道歉|道歉/],
  ['公开通报', /通报/],
  ['取消评先评优资格', /评先评优|评优评先/],
  ['暂停享受福利', /暂停[^。；]{0,20}(福利|慰问|奖励)/],
  ['恢复原状', /恢复原状/],
  ['赔偿损失', /赔偿/],
]

export function measuresNamedIn(text: string): MeasureKind[] {
  return MEASURE_WORDS.filter(([, words]) => words.test(text)).map(([kind]) => kind)
}

export function compactArticleRefs(row: Pick<CompactRow, 'id' | 'compact'>): ArticleRef[] {
  const out: ArticleRef[] = []
  for (const v of row.compact.versions) {
    const until = effectiveUntil(row.compact, v.id)
    const year = (v.adoptedAt ?? v.effectiveFrom).slice(0, 4)
    const compactTitle = `${row.compact.title}（${year}年）`
    for (const a of v.articles) {
      if (a.role !== 'conduct' && a.role !== 'handling' && a.role !== 'restoration') continue
      const ref: ArticleRef = {
        compactId: row.id,
        versionId: v.id,
        number: formatOrdinal(a.number),
        text: a.text,
        role: a.role,
        effectiveFrom: v.effectiveFrom,
        compactTitle,
      }
      if (until) ref.effectiveTo = until
      if (a.role === 'handling') {
        ref.allowedMeasures = measuresNamedIn(a.text)
        ref.decidingBody = /村民代表会议/.test(a.text) ? '村民代表会议' : '村民委员会'
      }
      out.push(ref)
    }
  }
  return out
}
