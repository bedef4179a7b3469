/**
 * 会议记录 (the minutes of a meeting) — buildMinutesDoc(data, village): PrintDocument.
 *
 * Input: { meeting: MeetingRecord (domain/meetings/meeting.ts: roster frozen, attendance, motions
 *          with their vote records), evaluation?: evaluateMeeting's result (computed here under
 *          `profile` when not given — the law decides, never the paper), profile?, title? }.
 * Output: a portrait A4 form, a bordered grid with the labels in 黑体: 会议名称; 时间 | 地点;
 *   主持人及职务 | 记录人; 会议形式 | 通知日期; 应到/实到 (with 到会比例); 缺席人员 (names, 请假
 *   marked); 预备党员 (a 党员大会: present, without a vote); 列席人员 (with their posts; never
 *   counted); 议题; 发言摘要; for each motion 表决事项, 表决方式 | 监票人/计票人, and 表决结果 — the
 *   totals and evaluateVote's sentence, e.g. “应到30人，实到20人，达到三分之二以上（至少20人），会议
 *   有效；同意11票，超过到会人员半数（至少11票），通过 —《村民委员会组织法》第二十六条”; then the
 *   signatures of 主持人 and 记录人.
 *
 * Privacy (design principle 5): people in full (the minutes are the meeting's record, kept in the
 * committee's files); no ID or phone numbers, and any typed into 发言摘要 or 议题 are masked. Pure.
 */
import type { MeetingEvaluation, MeetingRecord } from '@/domain/meetings/meeting'
import { evaluateMeeting } from '@/domain/meetings/meeting'
import { VOTE_METHOD_LABELS } from '@/domain/meetings/counts'
import { totalsWords } from '@/domain/meetings/votes'
import { formatChineseDate } from '@/domain/calendar/calendar'
import type { RuleProfile } from '@/domain/rules/profile'
import type { VillageProfile } from '@/domain/village/profile'
import type { Content, PrintDocument, TableCell } from '../pdf-types'
import { FORM_FONT, formDocument, formTable, formTitle, labelCell, scrubber, SPANNED, valueCell } from './form'
import { meetingName, meetingWhen } from './wording'

export interface MinutesInput {
  meeting: MeetingRecord
  evaluation?: MeetingEvaluation
  profile?: RuleProfile
  title?: string
}

const LABEL_WIDTH = 78

export function minutesTitle(meeting: Pick<MeetingRecord, 'roster'>, village: VillageProfile): string {
  return `${meetingName(meeting.roster.body, village, meeting.roster.groupName)}会议记录`.replace(/会议会议记录$/, '会议记录')
}

/** 到会比例 to one decimal: “66.7%” (as the lifecycle records it). */
export function attendanceRatio(present: number, entitled: number): string {
  if (entitled <= 0) return '—'
  const tenths = Math.round((present * 1000) / entitled)
  return `${Math.floor(tenths / 10)}.${tenths % 10}%`
}

export function attendanceWords(meeting: MeetingRecord, evaluation: MeetingEvaluation): string {
  const c = evaluation.attendance.counts
  const household = meeting.roster.mode === 'household'
  const unit = household ? '户' : '人'
  const entitled = household ? (c.entitledHouseholds ?? 0) : c.entitled
  const parts = [`应到${entitled}${unit}，实到${c.present}${unit}（到会比例${attendanceRatio(c.present, entitled)}）`]
  if (evaluation.attendance.proxies > 0) parts.push(`其中书面委托${evaluation.attendance.proxies}人`)
  if (meeting.roster.counts.observers > 0) parts.push(`列席${meeting.roster.counts.observers}人，不计入到会人数`)
  return parts.join('；')
}

function row(label: string, text: string, extra: Partial<TableCell> = {}): (TableCell | Record<string, never>)[] {
  return [labelCell(label), { ...valueCell(text), colSpan: 3, ...extra }, SPANNED, SPANNED]
}

function pair(l1: string, v1: string, l2: string, v2: string): TableCell[] {
  return [labelCell(l1), valueCell(v1), labelCell(l2), valueCell(v2)]
}

export function buildMinutesDoc(data: MinutesInput, village: VillageProfile): PrintDocument {
  const m = data.meeting
  const evaluation = data.evaluation ?? evaluateMeeting(m, { ...(data.profile ? { profile: data.profile } : {}) })
  const scrub = scrubber(village)
  const title = data.title?.trim() || minutesTitle(m, village)
  const absent = evaluation.attendance.absentNames
  const observers = m.roster.observers.map((o) => `${o.name}（${o.post?.trim() || o.label}）`)
  const topics = m.topics.map((t) => scrub(t.trim())).filter(Boolean)
  const body: (TableCell | Record<string, never>)[][] = [
    row('会议名称', meetingName(m.roster.body, village, m.roster.groupName) + (m.roster.mode === 'household' ? '（户代表会议）' : '')),
    pair('时间', meetingWhen(m.date, m.time), '地点', m.place.trim()),
    pair('主持人及职务', `${m.host.name.trim()}（${m.host.post.trim()}）`, '记录人', m.recorder.trim()),
    pair('会议形式', m.form.trim(), '通知日期', m.noticeDate ? formatChineseDate(m.noticeDate) : '—'),
    row('应到/实到', attendanceWords(m, evaluation)),
    row('缺席人员', absent.length > 0 ? `${absent.join('、')}（共${absent.length}人）` : '无'),
  ]
  if (m.roster.nonVoting.length > 0) {
    const present = m.roster.nonVoting.filter((p) => m.attendance[p.villagerId]?.status === '到会').map((p) => p.name)
    body.push(row('预备党员', present.length > 0 ? `${present.join('、')}到会，没有表决权，不计入到会人数` : '无'))
  }
  body.push(
    row('列席人员', observers.length > 0 ? observers.join('、') : '无'),
    row('议题', topics.length > 1 ? topics.map((t, i) => `${i + 1}．${t}`).join('\n') : (topics[0] ?? '')),
    row('发言摘要', scrub(m.speeches?.trim() ?? '') || '（无）', { margin: [0, 2, 0, 24] }),
  )
  m.motions.forEach((motion, i) => {
    const v = motion.vote
    const e = evaluation.votes[i]
    const n = m.motions.length > 1 ? `（${i + 1}）` : ''
    const scrutineers = v.scrutineers
      ? `监票人：${v.scrutineers.monitors.join('、') || '—'}；计票人：${v.scrutineers.counters.join('、') || '—'}`
      : '—'
    body.push(
      row(`表决事项${n}`, scrub(v.motion)),
      pair('表决方式', VOTE_METHOD_LABELS[v.method], '监票人/计票人', scrutineers),
      row(`表决结果${n}`, [totalsWords(v), e?.sentence ?? ''].filter(Boolean).join('\n')),
    )
  })
  body.push([labelCell('主持人签名'), valueCell('', { margin: [0, 14, 0, 14] }), labelCell('记录人签名'), valueCell('')])
  const content: Content[] = [formTitle(title), formTable([LABEL_WIDTH, '*', LABEL_WIDTH, '*'], body, { fontSize: FORM_FONT })]
  return formDocument(title, content, { subject: '会议记录' })
}
