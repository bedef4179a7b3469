/**
 * 村规民约的打印件: the screens' one door to print/compact (views may not import print/). Rendering
 * runs in the PDF worker (print/render.ts), as for notices and 违约处理 letters.
 *
 * compactPrintouts(row, versionId?) → the printouts this version can have now, in the order the
 *   procedure makes them: 村规民约全文 (adopted), 公布公告 (adopted), 备案报告 (a township review and
 *   the adopting meeting are recorded), 条文对照表 (an amendment: a version before it).
 * renderCompactPdf(ctx, kind, row, { versionId?, fromVersionId?, date? }, village, onProgress?) →
 *   PDF bytes exactly as printed. `date` is the 成文日期 of the 备案报告 or the 公布 notice (default:
 *   the date recorded on the procedure, else today). Refused with a Chinese message when the
 *   village profile is missing or the version lacks what the paper needs.
 */
import { getMeeting } from '@/db/repositories/meetings'
import type { CompactRow, MeetingRow } from '@/db/rows'
import type { CompactProcedure } from '@/domain/compact/procedure'
import { evaluateMeeting } from '@/domain/meetings/meeting'
import type { VillageProfile } from '@/domain/village/profile'
import { buildComparisonTableDoc } from '@/print/compact/comparisonTable'
import { buildCompactDoc } from '@/print/compact/compactDoc'
import { buildFilingReportDoc, type FilingMeeting } from '@/print/compact/filingReport'
import { buildPublicationNoticeDoc } from '@/print/compact/publicationNotice'
import { renderPdf } from '@/print/render'
import { todayIso } from '@/domain/calendar/clock'
import type { AppContext } from '../context'
import { villageRuleProfile } from '../meetings/profile'
import { NoVillageProfileError } from '../notices/printing'

export type CompactPrintout = '村规民约全文' | '公布公告' | '备案报告' | '条文对照表'

export interface CompactPrintOptions {
  versionId?: string
  /** 条文对照表: the old version (default the one before). */
  fromVersionId?: string
  /** 成文日期 of the 备案报告 / 公布公告. */
  date?: string
}

/** The procedure that adopted a version: its vote names the version's meeting. */
export function procedureOfVersion(row: CompactRow, versionId?: string): CompactProcedure | undefined {
  const version = versionId ? row.compact.versions.find((v) => v.id === versionId) : row.compact.versions.at(-1)
  if (!version?.meetingId) return undefined
  return row.procedures.find((p) => p.votes.some((v) => v.meetingId === version.meetingId && v.passed))
}

export function compactPrintouts(row: CompactRow, versionId?: string): CompactPrintout[] {
  const versions = row.compact.versions
  const i = versionId ? versions.findIndex((v) => v.id === versionId) : versions.length - 1
  const version = versions[i]
  if (!version) return []
  const out: CompactPrintout[] = []
  if (version.adoptedAt) out.push('村规民约全文', '公布公告')
  const p = procedureOfVersion(row, version.id)
  if (p && p.reviews.length > 0 && version.meetingId) out.push('备案报告')
  if (i > 0) out.push('条文对照表')
  return out
}

/** The adopting meeting as the 备案报告 states it: who was entitled, who came, how they voted. */
function filingMeeting(
  meeting: MeetingRow,
  womenPresent: number | undefined,
  profile: Parameters<typeof evaluateMeeting>[1],
): FilingMeeting {
  const evaluation = evaluateMeeting(meeting, profile)
  const byHousehold = meeting.mode === 'household'
  const totals = meeting.motions[0]?.vote.totals
  const out: FilingMeeting = {
    date: meeting.date,
    body: meeting.body === 'representatives_meeting' ? 'representatives_meeting' : 'villagers_meeting',
    basis: meeting.body === 'representatives_meeting' ? 'representatives' : byHousehold ? 'households' : 'villagers',
    entitled: byHousehold ? meeting.roster.counts.households : meeting.roster.counts.entitled,
    present: byHousehold ? evaluation.attendance.presentHouseholds : evaluation.attendance.present,
    votesFor: totals?.yes ?? 0,
    votesAgainst: totals?.no ?? 0,
    abstentions: totals?.abstain ?? 0,
  }
  if (womenPresent !== undefined && !byHousehold) out.womenPresent = womenPresent
  return out
}

export async function renderCompactPdf(
  ctx: AppContext,
  kind: CompactPrintout,
  row: CompactRow,
  opts: CompactPrintOptions,
  village: VillageProfile | undefined,
  onProgress?: (p: number) => void,
): Promise<Uint8Array> {
  if (!village) throw new NoVillageProfileError()
  const compact = row.compact
  const version = opts.versionId ? compact.versions.find((v) => v.id === opts.versionId) : compact.versions.at(-1)
  if (!version) throw new Error('还没有已通过的村规民约版本，不能打印')
  const versionId = version.id
  const p = procedureOfVersion(row, versionId)
  const render = onProgress ? { onProgress } : {}
  switch (kind) {
    case '村规民约全文':
      return renderPdf(() => buildCompactDoc({ compact, versionId }, village), render)
    case '公布公告': {
      const date = opts.date ?? p?.publication?.date ?? version.adoptedAt ?? todayIso(ctx.clock)
      return renderPdf(() => buildPublicationNoticeDoc({ compact, versionId, date }, village), render)
    }
    case '条文对照表': {
      const i = compact.versions.findIndex((v) => v.id === versionId)
      const from = opts.fromVersionId ?? compact.versions[i - 1]?.id
      if (!from) throw new Error('这是第一个版本，没有可对照的旧条文')
      return renderPdf(() => buildComparisonTableDoc({ compact, from, to: versionId }, village), render)
    }
    case '备案报告': {
      const review = p?.reviews.at(-1)
      if (!p || !review) throw new Error('没有登记乡镇审核意见，不能生成备案报告')
      if (!version.meetingId) throw new Error('没有登记通过该版本的村民会议，不能生成备案报告')
      const meeting = await getMeeting(ctx.db, version.meetingId)
      if (!meeting) throw new Error('找不到通过该版本的会议记录')
      const profile = await villageRuleProfile(ctx)
      const vote = p.votes.find((v) => v.meetingId === meeting.id)
      const data = {
        compact,
        versionId,
        review: { ...review, ...(p.draft ? { submittedOn: p.draft.submittedOn } : {}) },
        meeting: filingMeeting(meeting, vote?.womenPresent, { profile }),
        reportDate: opts.date ?? p.filing?.date ?? todayIso(ctx.clock),
        ...(p.publication ? { publishedOn: p.publication.date } : {}),
      }
      return renderPdf(() => buildFilingReportDoc(data, village), render)
    }
  }
}
