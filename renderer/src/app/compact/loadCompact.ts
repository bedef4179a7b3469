/**
 * Reads: loadCompact(ctx) → the village's compact row, if any.
 * compactArticleInForceOn(ctx, number, date) → the article's text in force on that date from the
 * STORED compact (domain/compact/articleInForceOn.ts), or 'no_such_article' when no compact is stored.
 * filingReminderOf(ctx, row, today?) → the 备案 reminder of the latest adopted procedure, or null.
 */
import { loadCompactRow } from '@/db/repositories/compacts'
import type { CompactRow } from '@/db/rows'
import { todayIso } from '@/domain/calendar/clock'
import { articleInForceOn, type ArticleInForce } from '@/domain/compact/articleInForceOn'
import { filingReminder, type FilingReminder } from '@/domain/compact/procedure'
import type { AppContext } from '../context'
import { villageRuleProfile } from '../meetings/profile'

export type { CompactRow }

export function loadCompact(ctx: AppContext): Promise<CompactRow | undefined> {
  return loadCompactRow(ctx.db)
}

export async function compactArticleInForceOn(ctx: AppContext, number: number | string, date: string): Promise<ArticleInForce> {
  const row = await loadCompactRow(ctx.db)
  if (!row || row.compact.versions.length === 0) return { status: 'no_such_article', number: null, message: '尚未录入村规民约' }
  return articleInForceOn(row.compact, number, date)
}

export async function filingReminderOf(ctx: AppContext, row: CompactRow, today = todayIso(ctx.clock)): Promise<FilingReminder | null> {
  const profile = await villageRuleProfile(ctx)
  const p = row.procedures.findLast((x) => x.adoptedAt)
  return p ? filingReminder(p, profile, today) : null
}
