/**
 * 签发公示 (issuing a notice): render the sheet exactly as it will be printed, freeze the content
 * (its hash) and the PDF's SHA-256 (domain/notices/lifecycle.ts), and store the notice with the PDF
 * as issued, in one unit of work.
 *
 * issueNotice(ctx, notice, village) → the issued notice. Refused — nothing written — when the
 * content cannot be issued (NoticeTransitionError naming every problem), or when the draft changed
 * since the secretary read it (StaleRecordError).
 */
import type { NoticeRow } from '@/db/rows'
import { nowIso } from '@/domain/calendar/clock'
import { sha256OfBytes } from '@/domain/evidence/hash'
import { issueNotice as decideIssue } from '@/domain/notices/lifecycle'
import type { Notice } from '@/domain/notices/model'
import type { VillageProfile } from '@/domain/village/profile'
import type { AppContext } from '../context'
import { renderNoticePdf } from './printing'
import { saveTransition } from './transition'

/** How the PDF is made; tests pass a stand-in, the app renders with print/. */
export type RenderNotice = (notice: Notice, village: VillageProfile | undefined) => Promise<Uint8Array>

export async function issueNotice(
  ctx: AppContext,
  notice: Notice,
  village: VillageProfile | undefined,
  render: RenderNotice = (n, v) => renderNoticePdf(n, v),
): Promise<NoticeRow> {
  const pdf = await render(notice, village)
  const issued = await decideIssue(notice, { now: nowIso(ctx.clock), pdfSha256: sha256OfBytes(pdf) })
  return saveTransition(ctx, notice, issued, { action: 'status', summary: `签发公示“${issued.title}”，打印件已存档并记下防篡改校验码` }, [
    { kind: 'issued-pdf', name: `${issued.title}.pdf`, mime: 'application/pdf', bytes: pdf },
  ])
}
