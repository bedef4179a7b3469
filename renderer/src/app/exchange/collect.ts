/**
 * What goes into a 报送包: the records of the chosen period and areas, read from the database.
 *
 *   collectBundleContent(ctx, { period, areas, personData, allowedDigits? }) → { data, pdfs, counts }
 *   previewCounts(ctx, { period, areas }) → counts (the same selection, nothing built)
 *
 * Which records, for a period from–to (both days included):
 *   matters     a matter with any step, disclosure or implementation date in the period (or, with none,
 *               created in it), in the order of its first step, as stored, plus `result` and `decidedOn` for the verifier's summary;
 *               with it, `meetings` (every meeting held in the period, and the meetings of those
 *               matters) and `votes` (one line per motion: meeting, motion, method, totals, edits);
 *   compact     the compact with its procedures (`compact`) and every version (`compactVersions`):
 *               the township needs the version in force, whatever the period;
 *   violations  cases registered by the period's end and not closed before its start (so open ones too);
 *   notices     every notice past draft whose 公示期 starts in the period, plus `issuedOn` and `result`;
 *               with their frozen PDFs (noticeFiles 'issued-pdf', the bytes as issued and printed).
 * Always `audit`: the audit head (seq, hash, time) when the content was read.
 * Masked (the default): maskPersonData over every data file (exchange/bundle/personData.ts). The
 * PDFs are as printed, and print masks numbers already.
 */
import { readAuditHead } from '@/db/audit/head'
import { loadCompactRow } from '@/db/repositories/compacts'
import { listCaseRows } from '@/db/repositories/cases'
import { listMatterRows } from '@/db/repositories/matters'
import { meetingsBetween, meetingsOfMatter } from '@/db/repositories/meetings'
import { listNotices, noticeFiles } from '@/db/repositories/notices'
import type { MatterRow, MeetingRow, NoticeRow } from '@/db/rows'
import { beijingDate } from '@/domain/calendar/clock'
import { MATTER_STATE_LABELS } from '@/domain/decisions/model'
import { NOTICE_STATE_LABELS } from '@/domain/notices/model'
import { maskPersonData } from '@/exchange/bundle/personData'
import { evaluateMeeting } from '@/domain/meetings/meeting'
import type { AppContext } from '../context'
import { villageRuleProfile } from '../meetings/profile'

export const EXCHANGE_AREAS = [
  { area: 'matters', label: '四议两公开（事项、会议与表决）' },
  { area: 'compact', label: '村规民约及其版本' },
  { area: 'violations', label: '违约处理案件' },
  { area: 'notices', label: '公示公告及其PDF' },
] as const

export type ExchangeArea = (typeof EXCHANGE_AREAS)[number]['area']

export interface ExchangePeriod {
  /** YYYY-MM-DD, both days included */
  from: string
  to: string
}

export interface Selection {
  period: ExchangePeriod
  areas: readonly ExchangeArea[]
}

export interface ContentCounts {
  matters: number
  meetings: number
  votes: number
  compactVersions: number
  violations: number
  notices: number
  pdfs: number
}

export interface BundleContent {
  data: Record<string, unknown>
  pdfs: { name: string; bytes: Uint8Array }[]
  counts: ContentCounts
}

const within = (date: string | undefined, p: ExchangePeriod) => date !== undefined && date >= p.from && date <= p.to

function matterDates(m: MatterRow): string[] {
  return [
    ...m.steps.map((s) => s.date),
    ...m.disclosures.flatMap((d) => [d.start, d.end]),
    ...(m.implementation ? [m.implementation.start, m.implementation.end, m.implementation.acceptance?.date] : []),
  ].filter((d): d is string => typeof d === 'string')
}

function inPeriod(m: MatterRow, p: ExchangePeriod): boolean {
  const dates = matterDates(m)
  if (dates.length === 0) return within(beijingDate(new Date(m.createdAt)), p)
  return dates.some((d) => within(d, p))
}

/** ④'s outcome in words, for the verifier's summary. */
function matterResult(m: MatterRow): { result: string; decidedOn: string | null } {
  const decision = m.steps.filter((s) => s.step === 4).at(-1)
  if (!decision) return { result: `尚未决议（${MATTER_STATE_LABELS[m.state]}）`, decidedOn: null }
  const word = !decision.outcome.quorumMet ? '会议无效' : decision.outcome.passed ? '通过' : '未通过'
  return { result: `${word}（${MATTER_STATE_LABELS[m.state]}）`, decidedOn: decision.date }
}

function noticeFacts(n: NoticeRow): { issuedOn: string | null; result: string } {
  return {
    issuedOn: n.issuedAt ? beijingDate(new Date(n.issuedAt)) : null,
    result: n.result ?? NOTICE_STATE_LABELS[n.state],
  }
}

/** A PDF's name in the bundle: date, kind, title, and the notice id's tail (two notices may share a title). */
export function pdfNameOf(n: NoticeRow): string {
  const title = n.title
    // control, zero-width and bidi characters and the characters zip paths and Windows refuse
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '_')
    .replace(/\s+/g, '')
    .slice(0, 40)
  return `${n.period.start}-${n.kind}-${title || '公示'}-${n.id.slice(-6)}.pdf`
}

async function selectRecords(ctx: AppContext, sel: Selection) {
  const p = sel.period
  const want = new Set(sel.areas)
  const firstDay = (m: MatterRow) => matterDates(m)[0] ?? m.createdAt
  const matters = want.has('matters')
    ? (await listMatterRows(ctx.db))
        .filter((m) => inPeriod(m, p))
        .sort((a, b) => (firstDay(a) < firstDay(b) ? -1 : firstDay(a) > firstDay(b) ? 1 : a.id < b.id ? -1 : 1))
    : []
  const meetings = new Map<string, MeetingRow>()
  if (want.has('matters')) {
    for (const m of await meetingsBetween(ctx.db, p.from, p.to)) meetings.set(m.id, m)
    for (const matter of matters) for (const m of await meetingsOfMatter(ctx.db, matter.id)) meetings.set(m.id, m)
  }
  const compact = want.has('compact') ? await loadCompactRow(ctx.db) : undefined
  const cases = want.has('violations')
    ? (await listCaseRows(ctx.db)).filter((c) => c.report.reportDate <= p.to && (!c.closed || c.closed.date >= p.from))
    : []
  const notices = want.has('notices') ? (await listNotices(ctx.db)).filter((n) => n.state !== 'draft' && within(n.period.start, p)) : []
  const meetingList = [...meetings.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))
  return { matters, meetings: meetingList, compact, cases, notices }
}

export async function previewCounts(ctx: AppContext, sel: Selection): Promise<ContentCounts> {
  const r = await selectRecords(ctx, sel)
  let pdfs = 0
  for (const n of r.notices) pdfs += (await noticeFiles(ctx.db, n.id, 'issued-pdf')).length > 0 ? 1 : 0
  return {
    matters: r.matters.length,
    meetings: r.meetings.length,
    votes: r.meetings.reduce((k, m) => k + m.motions.length, 0),
    compactVersions: r.compact?.compact.versions.length ?? 0,
    violations: r.cases.length,
    notices: r.notices.length,
    pdfs,
  }
}

export interface CollectOptions extends Selection {
  personData: 'masked' | 'full'
  /** the village's public supervision phone, left unmasked */
  allowedDigits?: string
}

export async function collectBundleContent(ctx: AppContext, options: CollectOptions): Promise<BundleContent> {
  const r = await selectRecords(ctx, options)
  const want = new Set(options.areas)
  const data: Record<string, unknown> = {}
  if (want.has('matters')) {
    data.matters = r.matters.map((m) => ({ ...m, ...matterResult(m) }))
    // quorumMet as the village's rules judged it, so the township counts a meeting without a quorum
    // without re-judging it (it has neither the frozen roster's rules nor the village's profile)
    const profile = await villageRuleProfile(ctx)
    data.meetings = r.meetings.map((m) => {
      const votes = evaluateMeeting(m, { profile }).votes
      return { ...m, quorumMet: votes.length ? votes.every((v) => v.quorum.met) : null }
    })
    data.votes = r.meetings.flatMap((m) =>
      m.motions.map((motion, i) => ({
        meetingId: m.id,
        matterId: m.matterId ?? null,
        index: i,
        date: m.date,
        body: m.body,
        motion: motion.vote.motion,
        method: motion.vote.method,
        totals: motion.vote.totals,
        corrections: motion.vote.edits.length,
      })),
    )
  }
  if (want.has('compact')) {
    data.compact = r.compact ? [{ id: r.compact.id, title: r.compact.compact.title, procedures: r.compact.procedures }] : []
    data.compactVersions = r.compact ? r.compact.compact.versions : []
  }
  if (want.has('violations')) data.violations = r.cases
  const pdfs: { name: string; bytes: Uint8Array }[] = []
  if (want.has('notices')) {
    data.notices = r.notices.map((n) => ({ ...n, ...noticeFacts(n) }))
    for (const n of r.notices) {
      const file = (await noticeFiles(ctx.db, n.id, 'issued-pdf')).at(-1)
      if (file) pdfs.push({ name: pdfNameOf(n), bytes: new Uint8Array(file.bytes) })
    }
  }
  const head = await readAuditHead(ctx.db)
  const headEntry = head ? await ctx.db.auditLog.get(head.seq) : undefined
  data.audit = head ? [{ seq: head.seq, hash: head.hash, at: headEntry?.at ?? null }] : []
  const masked =
    options.personData === 'full' ? data : maskPersonData(data, options.allowedDigits ? { allowedDigits: options.allowedDigits } : {})
  return {
    data: masked,
    pdfs,
    counts: {
      matters: r.matters.length,
      meetings: r.meetings.length,
      votes: r.meetings.reduce((k, m) => k + m.motions.length, 0),
      compactVersions: r.compact?.compact.versions.length ?? 0,
      violations: r.cases.length,
      notices: r.notices.length,
      pdfs: pdfs.length,
    },
  }
}
