/**
 * 公示即将期满 (the home screen's 公示 reminders): notices on the board whose 公示期 ends within 3
 * days, today included, soonest first.
 *
 * endingNotices(rows, today) → EndingNotice[] { id, title, end: the period's last day 'YYYY-MM-DD',
 *   left: days left (domain/notices/period.ts daysLeft; 1 = today is the last day) }
 * Only notices 张贴中 or 公示中 count, and not one a correction has replaced (supersededBy): the
 * correction is the one on the board. A period that has already ended is left to 公示公告.
 */
import { daysLeft, periodEnd } from '@/domain/notices/period'
import type { Notice } from '@/domain/notices/model'

export interface EndingNotice {
  id: string
  title: string
  end: string
  left: number
}

/** How many days before its end a 公示 is shown on the home screen. */
export const ENDING_WITHIN_DAYS = 3

/** The states in which a notice is on the board (the `state` index is read by these). */
export const ON_THE_BOARD: readonly Notice['state'][] = ['posted', 'publicizing']

export function endingNotices(
  rows: readonly Pick<Notice, 'id' | 'title' | 'state' | 'period' | 'supersededBy'>[],
  today: string,
): EndingNotice[] {
  return rows
    .filter((n) => ON_THE_BOARD.includes(n.state) && !n.supersededBy)
    .map((n) => ({ id: n.id, title: n.title, end: periodEnd(n.period), left: daysLeft(n.period, today) }))
    .filter((x) => x.end >= today && x.left <= ENDING_WITHIN_DAYS)
    .sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0))
}
