/**
 * 打印使用手册 (设置 → 使用说明): the help texts (help/) as an A4 PDF, for the secretary to keep beside
 * the computer or hand to a successor.
 *
 * renderManualPdf(ctx, village) → PDF bytes; 落款 the village committee (or 乡约 before the village
 * is set up) and today's Beijing date.
 */
import { todayIso } from '@/domain/calendar/clock'
import type { VillageProfile } from '@/domain/village/profile'
import { buildManualDoc } from '@/print/notices/manual'
import { renderPdf } from '@/print/render'
import type { AppContext } from '../context'

export function renderManualPdf(ctx: AppContext, village: VillageProfile | undefined): Promise<Uint8Array> {
  const issuer = village?.committeeName.trim() || '乡约'
  return renderPdf(() => buildManualDoc({ issuer, date: todayIso(ctx.clock) }))
}
