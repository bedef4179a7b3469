/**
 * The compact as the case screens need it.
 *
 * caseArticles(ctx) → every version of every conduct / handling / restoration article of the stored
 *   compact as case snapshots (articleRefs.ts); [] when the village has not entered its compact, and
 *   the new-case form then says so and offers the sample.
 * importSampleCompact(ctx, villageName) → the stored compact row: the sample compact
 *   (domain/compact/sampleCompact.ts, three versions 2021/2024/2026) imported version by version
 *   through the ordinary importer (its text, read back by the parser, with the sample's roles and
 *   links), so a new village can try 违约处理 before typing its own. Refused (CompactShapeError)
 *   when a compact is already stored: the sample never mixes with a real one.
 */
import type { CompactRow } from '@/db/rows'
import { versionToText } from '@/domain/compact/compactText'
import { sampleCompactFor } from '@/domain/compact/sampleCompact'
import { CompactShapeError } from '@/domain/compact/versions'
import type { ArticleRef } from '@/domain/violations/case'
import type { AppContext } from '../context'
import { importCompactText, previewCompactText } from '../compact/importCompact'
import { loadCompact } from '../compact/loadCompact'
import { compactArticleRefs } from './articleRefs'

export async function caseArticles(ctx: AppContext): Promise<ArticleRef[]> {
  const row = await loadCompact(ctx)
  return row && row.compact.versions.length > 0 ? compactArticleRefs(row) : []
}

export async function importSampleCompact(ctx: AppContext, villageName: string): Promise<CompactRow> {
  const existing = await loadCompact(ctx)
  if (existing && existing.compact.versions.length > 0) throw new CompactShapeError('本村已录入村规民约，不能再导入示例')
  const sample = sampleCompactFor(villageName)
  let row: CompactRow | undefined = existing
  for (const version of sample.versions) {
    const { parsed } = previewCompactText(versionToText(sample.title, version))
    const byNumber = new Map(version.articles.map((a) => [a.number, a]))
    for (const a of parsed.articles) {
      const original = byNumber.get(a.number)
      if (!original) continue
      a.role = original.role
      if (original.links) a.links = [...original.links]
      else delete a.links
    }
    const target = {
      as: 'version' as const,
      effectiveFrom: version.effectiveFrom,
      ...(version.adoptedAt ? { adoptedAt: version.adoptedAt } : {}),
      note: `示例：${version.note ?? ''}`,
    }
    row = await importCompactText(ctx, parsed, target, row)
  }
  return row!
}
