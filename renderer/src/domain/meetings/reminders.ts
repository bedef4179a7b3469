/**
 * 会议提醒 (reminders for the home screen), from the meetings held and today's date (passed in).
 *
 * - 村民代表会议每季度召开一次 (组织法 Art. 26): “本季度尚未召开村民代表会议” when none was held in the
 *   current calendar quarter up to today (only where the village has set one up, Art. 25).
 * - 村民会议 at least once a year: from the 2025 amendment's first-reading draft only, so labelled
 *   “2025修正草案，待核” and offered from 2026-01-01 (when the amendment took effect).
 * - 集体经济组织成员大会每年至少召开一次 (集体经济组织法 Art. 27 ¶2), where a collective exists.
 */
import { formatChineseDate, formatIsoDate, daysInMonth, requireIsoDate } from '@/domain/calendar/calendar'
import { ART_26_REPRESENTATIVES, type LegalCitation } from '@/domain/law/citations'
import type { BodyKind } from '@/domain/rules/profile'
import { AMENDMENT_2025_DRAFT_YEARLY_MEETING, CEO_ART_27_YEARLY } from './citations'

export interface HeldMeeting {
  body: BodyKind
  /** 'YYYY-MM-DD' */
  date: string
}

export interface ReminderInput {
  meetings: readonly HeldMeeting[]
  /** 'YYYY-MM-DD' (from the Clock, never read here). */
  today: string
  /** Whether the village has a 村民代表会议 (人数较多或者居住分散的村可以设立). Default true. */
  hasRepresentativesAssembly?: boolean
  /** Whether a 农村集体经济组织 exists (its 成员大会 meets yearly). Default false. */
  hasCollectiveOrganisation?: boolean
}

export interface Reminder {
  code: 'quarterly_representatives_meeting' | 'yearly_villagers_meeting' | 'yearly_collective_assembly'
  level: 'warning' | 'info'
  message: string
  /** The period it is about, in words, and its last day. */
  detail: string
  due: string
  citation: LegalCitation
  /** e.g. “2025修正草案，待核” where the rule is not settled law. */
  label?: string
}

/** When the 2025 amendment of the Organic Law took effect. */
const AMENDMENT_2025_IN_FORCE = '2026-01-01'

function quarterOf(today: string): { start: string; end: string; n: number; year: number } {
  const { year, month } = requireIsoDate(today)
  const n = Math.floor((month - 1) / 3) + 1
  const lastMonth = n * 3
  return {
    year,
    n,
    start: formatIsoDate({ year, month: lastMonth - 2, day: 1 }),
    end: formatIsoDate({ year, month: lastMonth, day: daysInMonth(year, lastMonth) }),
  }
}

function heldBetween(meetings: readonly HeldMeeting[], body: BodyKind, start: string, end: string): boolean {
  return meetings.some((m) => m.body === body && m.date >= start && m.date <= end)
}

export function meetingReminders(input: ReminderInput): Reminder[] {
  const { meetings, today } = input
  const out: Reminder[] = []
  const q = quarterOf(today)
  if ((input.hasRepresentativesAssembly ?? true) && !heldBetween(meetings, 'representatives_meeting', q.start, today)) {
    out.push({
      code: 'quarterly_representatives_meeting',
      level: 'warning',
      message: '本季度尚未召开村民代表会议',
      detail: `${q.year}年第${q.n}季度，至${formatChineseDate(q.end)}止；村民代表会议每季度召开一次`,
      due: q.end,
      citation: ART_26_REPRESENTATIVES,
    })
  }
  const yearStart = `${q.year}-01-01`
  const yearEnd = `${q.year}-12-31`
  if (today >= AMENDMENT_2025_IN_FORCE && !heldBetween(meetings, 'villagers_meeting', yearStart, today)) {
    out.push({
      code: 'yearly_villagers_meeting',
      level: 'info',
      message: '本年度尚未召开村民会议',
      detail: `${q.year}年，至${formatChineseDate(yearEnd)}止；据2025年修正草案，村民会议每年至少召开一次`,
      due: yearEnd,
      citation: AMENDMENT_2025_DRAFT_YEARLY_MEETING,
      label: '2025修正草案，待核',
    })
  }
  if (input.hasCollectiveOrganisation && !heldBetween(meetings, 'collective_assembly', yearStart, today)) {
    out.push({
      code: 'yearly_collective_assembly',
      level: 'info',
      message: '本年度尚未召开集体经济组织成员大会',
      detail: `${q.year}年，至${formatChineseDate(yearEnd)}止；成员大会每年至少召开一次`,
      due: yearEnd,
      citation: CEO_ART_27_YEARLY,
    })
  }
  return out
}
