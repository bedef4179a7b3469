/**
 * 导入村规民约 (importing a compact's text) and 保存草案 (saving the draft being written).
 *
 * previewCompactText(text) → { parsed, review }: the domain's reading of the pasted text (parse.ts:
 *   chapters, articles with guessed roles and links, unplaced lines, findings) and the legality review
 *   of every article (reviewArticle.ts). Pure: nothing is written until the secretary confirms.
 * importCompactText(ctx, parsed, target, seen?) → the stored compact row. `target`:
 *   { as: 'version', effectiveFrom, adoptedAt?, note? }  a compact the village already adopted before
 *       the app (补录): stored as a version, in force from effectiveFrom (readCompact checks it fits);
 *   { as: 'draft' }  the text to work on for a new procedure (制定 or 修订).
 * saveCompactDraft(ctx, draft, seen?) → the stored row: the articles being written (the editor's text).
 * reviewCompactDraft(row) → the legality review of the stored draft (reviewCompact), read-only.
 *
 * `seen` is the row as the screen loaded it (undefined: there was none yet). Refused, nothing
 * written: CompactShapeError (a version that does not fit), StaleRecordError.
 */
import { ulid } from 'ulid'
import type { CompactRow } from '@/db/rows'
import type { Article, Chapter } from '@/domain/compact/model'
import { parseCompactText, toVersionInput, type ParsedCompact } from '@/domain/compact/parse'
import { reviewCompact, type CompactReview } from '@/domain/compact/reviewArticle'
import { CompactShapeError, readCompact } from '@/domain/compact/versions'
import type { AppContext } from '../context'
import { recordsAudited } from '../meetings/recordsUnit'

export function previewCompactText(text: string): { parsed: ParsedCompact; review: CompactReview } {
  const parsed = parseCompactText(text)
  return { parsed, review: reviewCompact({ articles: parsed.articles }) }
}

export type ImportTarget = { as: 'version'; effectiveFrom: string; adoptedAt?: string; note?: string } | { as: 'draft' }

function stripParsed(parsed: ParsedCompact): Article[] {
  return parsed.articles.map(({ line: _line, guessed: _guessed, ...a }) => a)
}

export async function importCompactText(
  ctx: AppContext,
  parsed: ParsedCompact,
  target: ImportTarget,
  seen?: CompactRow,
): Promise<CompactRow> {
  return recordsAudited(ctx, ['compacts'], async (work) => {
    const current = seen ? await work.require('compacts', seen.id, seen.updatedAt) : undefined
    const base: CompactRow = current ?? {
      id: ulid(),
      compact: { title: parsed.title, versions: [] },
      procedures: [],
      createdAt: work.now,
      updatedAt: work.now,
    }
    let next: CompactRow
    let summary: string
    if (target.as === 'version') {
      if (parsed.articles.length === 0) throw new CompactShapeError('没有读到任何条文，不能保存')
      const version = toVersionInput(parsed, {
        id: ulid(),
        effectiveFrom: target.effectiveFrom,
        ...(target.adoptedAt ? { adoptedAt: target.adoptedAt } : {}),
      })
      if (target.note) version.note = target.note
      const compact = readCompact({ title: base.compact.title || parsed.title, versions: [...base.compact.versions, version] })
      next = { ...base, compact }
      summary = `导入村规民约“${compact.title}”（${parsed.articles.length}条），自${target.effectiveFrom}起施行`
    } else {
      const draft: CompactRow['draft'] = { articles: stripParsed(parsed), chapters: parsed.chapters }
      next = { ...base, draft, compact: { ...base.compact, title: base.compact.title || parsed.title } }
      summary = `导入村规民约草案（${parsed.articles.length}条）`
    }
    return current ? work.put('compacts', next, { action: 'update', summary }) : work.add('compacts', next, { action: 'create', summary })
  })
}

export async function saveCompactDraft(
  ctx: AppContext,
  draft: { title?: string; articles: Article[]; chapters?: Chapter[] },
  seen?: CompactRow,
): Promise<CompactRow> {
  return recordsAudited(ctx, ['compacts'], async (work) => {
    const current = seen ? await work.require('compacts', seen.id, seen.updatedAt) : undefined
    // the draft must read as a version would (numbers, roles, no duplicates) before it is kept
    readCompact({ title: draft.title ?? '', versions: [{ id: 'draft', effectiveFrom: '2000-01-01', articles: draft.articles }] })
    const stored: CompactRow['draft'] = { articles: draft.articles, ...(draft.chapters ? { chapters: draft.chapters } : {}) }
    const summary = `保存村规民约草案（${draft.articles.length}条）`
    if (!current) {
      const row: CompactRow = {
        id: ulid(),
        compact: { title: draft.title ?? '', versions: [] },
        draft: stored,
        procedures: [],
        createdAt: work.now,
        updatedAt: work.now,
      }
      return work.add('compacts', row, { action: 'create', summary })
    }
    const title = draft.title ?? current.compact.title
    return work.put('compacts', { ...current, compact: { ...current.compact, title }, draft: stored }, { action: 'update', summary })
  })
}

export function reviewCompactDraft(row: Pick<CompactRow, 'draft'>): CompactReview {
  return reviewCompact({ articles: row.draft?.articles ?? [] })
}
