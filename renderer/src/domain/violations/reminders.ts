/**
 * 首页提醒 and 下一步: what needs doing, given today (passed in; no clock reads).
 *
 * - 整改到期 (rectification due within `dueWithinDays`, default 3, deadline day included) and
 *   整改逾期 (today is after the deadline and no check has passed);
 * - 陈述申辩期将满 (the last day is within `dueWithinDays`) and 陈述申辩期已满 (the period is over
 *   and nothing is recorded yet: record the statement's absence and decide);
 * - 待恢复 (rectification passed but the suspension still runs: issue the 恢复通知书), and a
 *   fixed-term measure that has run out (待结案).
 */
import { dayNumber, formatChineseDate, requireIsoDate } from '@/domain/calendar/calendar'
import { CASE_STATE_LABELS, type ViolationCase } from './case'
import { hearingPeriodOver } from './hearing'
import { isRectificationOverdue, openLastingMeasures } from './lifecycle'

export type ReminderKind = '整改逾期' | '整改到期' | '陈述申辩期已满' | '陈述申辩期将满' | '待恢复' | '待结案'

export interface Reminder {
  kind: ReminderKind
  caseId: string
  caseNo: string
  /** The date the reminder is about (deadline, last day of the period…). */
  date: string
  /** Days from today to `date` (negative when past). */
  daysLeft: number
  message: string
}

function daysBetween(from: string, to: string): number {
  return dayNumber(requireIsoDate(to)) - dayNumber(requireIsoDate(from))
}

const ORDER: Record<ReminderKind, number> = { 整改逾期: 0, 陈述申辩期已满: 1, 待恢复: 2, 整改到期: 3, 陈述申辩期将满: 4, 待结案: 5 }

export function remindersFor(cases: readonly ViolationCase[], today: string, options: { dueWithinDays?: number } = {}): Reminder[] {
  requireIsoDate(today)
  const within = options.dueWithinDays ?? 3
  const out: Reminder[] = []
  const add = (c: ViolationCase, kind: ReminderKind, date: string, message: string) =>
    out.push({ kind, caseId: c.id, caseNo: c.caseNo, date, daysLeft: daysBetween(today, date), message })
  for (const c of cases) {
    if (c.state === 'closed' || c.decision?.reversal) continue
    const cn = formatChineseDate
    if (c.state === 'notified' && !c.hearing && c.notification) {
      const last = c.notification.period.lastDay
      if (hearingPeriodOver(c.notification.period, today)) {
        add(c, '陈述申辩期已满', last, `${c.caseNo}：陈述申辩期已于${cn(last)}届满，请登记陈述申辩情况后作出决定`)
      } else if (daysBetween(today, last) <= within) {
        add(c, '陈述申辩期将满', last, `${c.caseNo}：等待陈述申辩，${cn(last)}期满`)
      }
    }
    if (c.state === 'rectifying' && c.rectification) {
      const deadline = c.rectification.deadline
      if (isRectificationOverdue(c, today)) {
        add(c, '整改逾期', deadline, `${c.caseNo}：整改期限${cn(deadline)}已过，尚未验收合格`)
      } else if (daysBetween(today, deadline) <= within) {
        add(c, '整改到期', deadline, `${c.caseNo}：整改期限${cn(deadline)}，请按时验收`)
      }
    }
    if (c.state === 'rectified' && openLastingMeasures(c, today).length > 0) {
      const passed = c.rectification?.verifications.find((v) => v.passed)
      const date = passed?.date ?? today
      add(c, '待恢复', date, `${c.caseNo}：整改已于${cn(date)}验收合格，暂停的措施仍在执行，请办理恢复并送达恢复通知书`)
    }
    if (
      (c.state === 'decided' || c.state === 'published' || c.state === 'rectified') &&
      c.decision &&
      openLastingMeasures(c, today).length === 0
    ) {
      const lasting = c.decision.measures.filter((m) => m.lastDay)
      if (lasting.length > 0) {
        const last = lasting.reduce((a, m) => (m.lastDay! > a ? m.lastDay! : a), '')
        add(c, '待结案', last, `${c.caseNo}：处理措施已于${cn(last)}期满（${CASE_STATE_LABELS[c.state]}），可以结案`)
      }
    }
  }
  return out.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.daysLeft - b.daysLeft || (a.caseNo < b.caseNo ? -1 : 1))
}
