/**
 * 首页提醒 for 四议两公开, 会议 and 违约处理: one list, in plain Chinese, each with where to go.
 *
 * homeReminders(ctx) → HomeReminder[] {
 *   key: stable id for the list ('matter:<id>:<kind>', 'meeting:<code>', 'case:<id>:<kind>')
 *   area: '四议两公开' | '会议' | '违约处理'   the tag shown beside it
 *   level: 'warning' (something is late or due now) | 'info'
 *   message: the sentence, e.g. “本季度尚未召开村民代表会议”, “宅子违约〔2026〕1号：整改期限2026年3月31日已过，尚未验收合格”
 *   detail?: the period or the rule in words (meetings)
 *   label?: '2025修正草案，待核' where the rule is not settled law (the yearly 村民会议)
 *   to: the route to open: '/decisions/<id>', '/violations/<id>', or '/decisions' for a meeting
 * }
 * shownOnHome(list, all, max = 6) → { shown, more }: the first `max` (all when `all`), and how many
 *   are left for “还有 n 项”.
 * Warnings first, then in the order each source gives (violations by urgency, then the days left).
 * Everything is computed on TODAY's Beijing date from ctx.clock (domain/calendar/clock.ts).
 *
 * The rules are the domain's: domain/decisions/due.ts (matters waiting at a step, 公开 due or
 * ended), domain/meetings/reminders.ts (组织法 Art. 26 quarterly 村民代表会议; the yearly 村民会议
 * from the 2025 amendment's draft, labelled as such) and domain/violations/reminders.ts
 * (整改到期/逾期, 陈述申辩期将满/已满, 待恢复, 待结案).
 *
 * Speed: one read per table (all matters, the meetings of this year by the date index, all cases,
 * and a count of villagers), no per-row queries; the large sample village has a few hundred of each.
 * A village with nobody registered yet (a first start) gets no meeting reminders: nothing to hold
 * a meeting with, and the first screen should be calm.
 *
 * Left out on purpose: a 公开 still running (not yet anything to do: the 公示 card shows notices
 * about to end) and a matter 实施中 (implementation runs for months; the list would never be calm).
 */
import { meetingsBetween } from '@/db/repositories/meetings'
import { todayIso } from '@/domain/calendar/clock'
import { mattersDue, type MatterDue } from '@/domain/decisions/due'
import { meetingReminders } from '@/domain/meetings/reminders'
import { remindersFor, type ReminderKind } from '@/domain/violations/reminders'
import { listMatters } from '../decisions/listMatters'
import { listCases } from '../violations/loadCases'
import type { AppContext } from '../context'

export interface HomeReminder {
  key: string
  area: '四议两公开' | '会议' | '违约处理'
  level: 'warning' | 'info'
  message: string
  detail?: string
  label?: string
  to: string
}

/** The matter items that ask for something to be done; the level says whether it is late. */
const MATTER_LEVEL: Partial<Record<MatterDue['kind'], HomeReminder['level']>> = {
  waiting_step: 'info',
  disclosure_due: 'warning',
  disclosure_ended: 'warning',
  results_ended: 'info',
}

const CASE_LEVEL: Record<ReminderKind, HomeReminder['level']> = {
  整改逾期: 'warning',
  陈述申辩期已满: 'warning',
  待恢复: 'warning',
  整改到期: 'warning',
  陈述申辩期将满: 'info',
  待结案: 'info',
}

export async function homeReminders(ctx: AppContext): Promise<HomeReminder[]> {
  const today = todayIso(ctx.clock)
  const yearStart = `${today.slice(0, 4)}-01-01`
  const [matters, meetings, cases, people] = await Promise.all([
    listMatters(ctx),
    meetingsBetween(ctx.db, yearStart, today),
    listCases(ctx),
    ctx.db.villagers.count(),
  ])

  const fromCases: HomeReminder[] = remindersFor(cases, today).map((r) => ({
    key: `case:${r.caseId}:${r.kind}`,
    area: '违约处理',
    level: CASE_LEVEL[r.kind],
    message: r.message,
    to: `/violations/${r.caseId}`,
  }))

  const fromMatters: HomeReminder[] = []
  for (const d of mattersDue(matters, today)) {
    const level = MATTER_LEVEL[d.kind]
    if (!level) continue
    fromMatters.push({
      key: `matter:${d.matterId}:${d.kind}`,
      area: '四议两公开',
      level,
      message: d.message,
      to: `/decisions/${d.matterId}`,
    })
  }

  // meetingsBetween reads this year's meetings by the date index; a meeting recorded ahead of
  // today is not held yet and is outside the range
  // a village with nobody registered yet (a first start) has no meetings to hold: no reminder
  const fromMeetings: HomeReminder[] = (people > 0 ? meetingReminders({ meetings, today }) : []).map((r) => ({
    key: `meeting:${r.code}`,
    area: '会议',
    level: r.level,
    message: r.message,
    detail: r.detail,
    ...(r.label ? { label: r.label } : {}),
    to: '/decisions',
  }))

  const all = [...fromCases, ...fromMatters, ...fromMeetings]
  // a stable sort: warnings first, each source's own order kept within a level
  return [...all.filter((r) => r.level === 'warning'), ...all.filter((r) => r.level === 'info')]
}
