/**
 * 首页提醒 for 四议两公开, 会议 and 违约处理: one list, in plain Chinese, each with where to go.
 *
 * homeReminders(ctx, today = TODAY from ctx.clock) → HomeReminder[] {
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
 * Speed (the home screen waits for this list before it counts as ready): each table is read only
 * as far as a reminder can come from it, by its indexes, and no row is read one by one —
 * - matters: only those in a state mattersDue can remind of (REMINDING_MATTER_STATES; the large
 *   sample village has ~20 of its 500), by the `state` index;
 * - meetings: keys only. The rule needs which body met on which date, and a meeting row carries
 *   its frozen roster (thousands of names): reading this year's rows cost ~1 s on the large sample
 *   village, the `date` and `body` indexes' keys cost a few ms;
 * - cases: every case not 结案 (remindersFor skips closed ones first), by the `state` index;
 * - villagers: a count.
 * A village with nobody registered yet (a first start) gets no meeting reminders: nothing to hold
 * a meeting with, and the first screen should be calm.
 *
 * Left out on purpose: a 公开 still running (not yet anything to do: the 公示 card shows notices
 * about to end) and a matter 实施中 (implementation runs for months; the list would never be calm).
 */
import type { XiangyueDb } from '@/db/schema'
import { todayIso } from '@/domain/calendar/clock'
import { mattersDue, type MatterDue } from '@/domain/decisions/due'
import type { MatterState } from '@/domain/decisions/model'
import { meetingReminders, type HeldMeeting } from '@/domain/meetings/reminders'
import type { BodyKind } from '@/domain/rules/profile'
import { remindersFor, type ReminderKind } from '@/domain/violations/reminders'
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

/**
 * The states in which mattersDue gives one of the kinds above: 待提议…待表决 (waiting_step), 决议公开
 * (disclosure_due / disclosure_ended) and 实施结果公开 (results_ended). 实施中 gives only results_due,
 * which the home screen leaves out; 办结, 否决 and 终止 give nothing (reminders.test.ts checks this
 * against mattersDue for every state, so a new state with a reminder cannot be missed).
 */
export const REMINDING_MATTER_STATES: readonly MatterState[] = [
  'proposing',
  'consulting',
  'reviewing',
  'resolving',
  'disclosing',
  'publishing_results',
]

/** The bodies whose meetings meetingReminders looks for; meetings of other bodies cannot change its answer. */
export const REMINDED_BODIES: readonly BodyKind[] = ['representatives_meeting', 'villagers_meeting', 'collective_assembly']

const CASE_LEVEL: Record<ReminderKind, HomeReminder['level']> = {
  整改逾期: 'warning',
  陈述申辩期已满: 'warning',
  待恢复: 'warning',
  整改到期: 'warning',
  陈述申辩期将满: 'info',
  待结案: 'info',
}

export async function homeReminders(ctx: AppContext, today = todayIso(ctx.clock)): Promise<HomeReminder[]> {
  const yearStart = `${today.slice(0, 4)}-01-01`
  const [matters, meetings, cases, people] = await Promise.all([
    remindingMatters(ctx.db),
    heldMeetings(ctx.db, yearStart, today),
    ctx.db.cases.where('state').notEqual('closed').toArray(),
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

  // only this year's meetings up to today (heldMeetings): one recorded ahead of today is not held yet
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

/** The matters that can remind, newest change first (ties as the matters list orders them: by id, descending). */
async function remindingMatters(db: XiangyueDb) {
  const rows = await db.matters.where('state').anyOf(REMINDING_MATTER_STATES).toArray()
  return rows.sort((a, b) => (a.updatedAt !== b.updatedAt ? (a.updatedAt < b.updatedAt ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
}

/**
 * Which of REMINDED_BODIES met on which date between `from` and `to` (both included), from the
 * `date` and `body` indexes alone: no meeting row (with its roster) is read.
 */
async function heldMeetings(db: XiangyueDb, from: string, to: string): Promise<HeldMeeting[]> {
  const [dates, ...byBody] = await Promise.all([
    meetingDates(db, from, to),
    ...REMINDED_BODIES.map(async (body) => ({ body, ids: await db.meetings.where('body').equals(body).primaryKeys() })),
  ])
  const held: HeldMeeting[] = []
  for (const { body, ids } of byBody) {
    for (const id of ids) {
      const date = dates.get(id)
      if (date !== undefined) held.push({ body, date })
    }
  }
  return held
}

/** meeting id → date, for the meetings dated between `from` and `to` (both included): keys only. */
async function meetingDates(db: XiangyueDb, from: string, to: string): Promise<Map<string, string>> {
  const dates = new Map<string, string>()
  await db.meetings
    .where('date')
    .between(from, to, true, true)
    .eachKey((date, cursor) => void dates.set(String(cursor.primaryKey), String(date)))
  return dates
}
