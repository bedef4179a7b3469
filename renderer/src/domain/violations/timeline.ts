/**
 * 案件时间线 and 违约处理台账 rows: the case file's steps in date order with their documents, and
 * one ledger row per case for a year (the print module lays them out; names are the caller's,
 * from the registry).
 *
 * The compact version is named as people name it (its title with the year, or the day it took
 * effect), never by its internal version id.
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import { whyNoDecision } from './assemblyDecision'
import { CASE_STATE_LABELS, type ArticleRef, type ViolationCase } from './case'

export type DocumentKind = '违约处理告知书' | '处理决定书' | '违约处理公示' | '恢复通知书' | '证据' | '书面放弃声明' | '整改照片'

export interface TimelineEntry {
  date: string
  step: string
  text: string
  documents: { kind: DocumentKind; ref?: string }[]
}

const cn = formatChineseDate

/** “张庄村村规民约（2024年修订）”, or “自2024年1月1日起施行的文本” when the snapshot has no title. */
export function versionLabel(a: Pick<ArticleRef, 'compactTitle' | 'effectiveFrom'>): string {
  return a.compactTitle?.trim() || `自${cn(a.effectiveFrom)}起施行的文本`
}

export function timeline(c: ViolationCase): TimelineEntry[] {
  const out: TimelineEntry[] = []
  const r = c.report
  out.push({
    date: r.reportDate,
    step: '登记',
    text: `${r.reporterKind}${r.reporterName}报告：${cn(r.actDate)}在${r.place}，${r.facts}`,
    documents: r.evidence.map((e) => ({ kind: '证据' as const, ref: e.ref })),
  })
  if (c.assessment) {
    const a = c.assessment
    out.push({
      date: a.date,
      step: '认定',
      text: `认定违反${a.conductArticle.number}（${versionLabel(a.conductArticle)}）：${a.finding}`,
      documents: [],
    })
  }
  if (c.notification) {
    const n = c.notification
    out.push({
      date: n.date,
      step: '告知',
      text: `${cn(n.serviceDate)}${n.serviceMethod}违约处理告知书，拟依据${n.handlingArticle.number}处理：${n.intendedMeasures.map((m) => m.kind).join('、')}；陈述申辩期至${cn(n.period.lastDay)}`,
      documents: [{ kind: '违约处理告知书' }],
    })
  }
  const h = c.hearing
  if (h?.kind === 'statement') {
    out.push({ date: h.date, step: '陈述申辩', text: `当事人陈述申辩：${h.text}`, documents: [] })
    if (h.response) out.push({ date: h.response.date, step: '答复', text: `村民委员会答复：${h.response.text}`, documents: [] })
  } else if (h?.kind === 'none') {
    out.push({ date: h.recordedOn, step: '陈述申辩', text: '期满未提出陈述申辩', documents: [] })
  } else if (h?.kind === 'waived') {
    out.push({ date: h.date, step: '陈述申辩', text: '当事人书面放弃陈述申辩', documents: [{ kind: '书面放弃声明', ref: h.writtenRef }] })
  }
  // a 村民代表会议 that made no decision is on file too: who came, why nothing was decided
  for (const m of c.assemblyMeetings ?? []) {
    if (m.result === 'decided') continue
    out.push({ date: m.date, step: '村民代表会议', text: `${whyNoDecision(m)}`, documents: [] })
  }
  if (c.decision) {
    const d = c.decision
    const meeting = d.meeting
      ? `（${cn(d.meeting.date)}会议，到会人数${d.meeting.quorumReached ? '符合规定' : '不足'}，表决${d.meeting.passed ? '通过' : '未通过'}）`
      : ''
    out.push({
      date: d.date,
      step: '决定',
      text: `${d.body}${meeting}依据${d.handlingArticle.number}决定：${d.measures.map((m) => m.kind).join('、')}`,
      documents: [{ kind: '处理决定书' }],
    })
  }
  if (c.publication) {
    const p = c.publication
    out.push({
      date: p.date,
      step: '公示',
      text: `违约处理公示（当事人称“${p.shownName}”）`,
      documents: [{ kind: '违约处理公示', ...(p.noticeId ? { ref: p.noticeId } : {}) }],
    })
  }
  if (c.rectification) {
    const rc = c.rectification
    out.push({ date: rc.setOn, step: '责令整改', text: `${rc.requirement}，期限${cn(rc.deadline)}`, documents: [] })
    for (const v of rc.verifications) {
      out.push({
        date: v.date,
        step: '整改验收',
        text: `${v.checkedBy}验收${v.passed ? '合格' : '不合格'}${v.note ? `：${v.note}` : ''}`,
        documents: v.photoRef ? [{ kind: '整改照片', ref: v.photoRef }] : [],
      })
    }
  }
  if (c.restoration) {
    out.push({
      date: c.restoration.noticeDate,
      step: '恢复',
      text: `依据${c.restoration.article.number}，自${cn(c.restoration.date)}起恢复`,
      documents: [{ kind: '恢复通知书' }],
    })
  }
  for (const o of c.objections) {
    out.push({ date: o.date, step: '异议', text: `${o.by}向${o.to}提出异议：${o.content}`, documents: [] })
    if (o.outcome) {
      const what = o.outcome.result === '撤销' ? '异议成立，撤销' : '异议不成立，维持'
      out.push({ date: o.outcome.date, step: '异议处理', text: `${o.outcome.by}：${what}。理由：${o.outcome.reason}`, documents: [] })
    }
  }
  // after its objection's outcome on the same day: the outcome is what reverses it
  const reversal = c.decision?.reversal
  if (reversal) {
    const r = reversal
    out.push({
      date: r.date,
      step: '撤销决定',
      text: `处理决定经${r.by}撤销：${r.reason}；各项措施自${cn(r.date)}起停止执行`,
      documents: [],
    })
  }
  if (c.closed)
    out.push({ date: c.closed.date, step: '结案', text: c.closed.outcome + (c.closed.reason ? `：${c.closed.reason}` : ''), documents: [] })
  // stable: same-day steps keep their lifecycle order
  return out
    .map((e, i) => [e, i] as const)
    .sort(([a, i], [b, j]) => (a.date < b.date ? -1 : a.date > b.date ? 1 : i - j))
    .map(([e]) => e)
}

export interface LedgerRow {
  caseNo: string
  reportDate: string
  actDate: string
  villagerId: string
  householdId: string
  conductArticle: string
  measures: string
  decisionDate: string
  rectification: string
  restorationDate: string
  status: string
}

/** 违约处理台账 for a year: the cases registered (登记日期) in it, in registration order. */
export function ledgerRows(cases: readonly ViolationCase[], year: number): LedgerRow[] {
  const y = String(year)
  return cases
    .filter((c) => c.report.reportDate.startsWith(y))
    .sort((a, b) =>
      a.report.reportDate < b.report.reportDate ? -1 : a.report.reportDate > b.report.reportDate ? 1 : a.caseNo < b.caseNo ? -1 : 1,
    )
    .map((c) => {
      const d = c.decision
      const rc = c.rectification
      const passed = rc?.verifications.find((v) => v.passed)
      return {
        caseNo: c.caseNo,
        reportDate: c.report.reportDate,
        actDate: c.report.actDate,
        villagerId: c.report.villagerId,
        householdId: c.report.householdId,
        conductArticle: c.assessment?.conductArticle.number ?? '',
        measures: d ? d.measures.map((m) => m.kind).join('、') + (d.reversal ? '（已撤销）' : '') : '',
        decisionDate: d?.date ?? '',
        rectification: rc ? (passed ? `${passed.date}验收合格` : `期限${rc.deadline}`) : '',
        restorationDate: c.restoration?.date ?? '',
        status: c.closed ? `${CASE_STATE_LABELS.closed}（${c.closed.outcome}）` : CASE_STATE_LABELS[c.state],
      }
    })
}
