/**
 * The full read behind homeScreen.ts (fetched by it only when its cache does not match):
 * readHomeScreen(ctx, today) → { head: the audit head the facts were read at, facts: HomeScreenFacts }.
 *
 * One read transaction over every table it reads, so the counts, the reminders and the head are of
 * the same moment: a write committing meanwhile cannot leave a result tagged with a head it does
 * not reflect.
 */
import { readAuditHead } from '@/db/audit/head'
import type { AuditHead } from '@/db/audit/chain'
import { registerCounts, type RegisterCounts } from '@/domain/people/counts'
import type { AppContext } from '../context'
import { endingNotices, ON_THE_BOARD, type EndingNotice } from './endingNotices'
import { homeReminders, type HomeReminder } from './reminders'

/** What is derived from the database and the date (and kept in the cache). */
export interface HomeScreenFacts {
  counts: RegisterCounts
  reminders: HomeReminder[]
  endingNotices: EndingNotice[]
  noticeCount: number
}

export async function readHomeScreen(ctx: AppContext, today: string): Promise<{ head: AuditHead | undefined; facts: HomeScreenFacts }> {
  const { db } = ctx
  const tables = [db.settings, db.households, db.villagers, db.matters, db.meetings, db.cases, db.notices]
  return db.transaction('r', tables, async () => {
    const [head, households, villagers, reminders, onTheBoard, noticeCount] = await Promise.all([
      readAuditHead(db),
      db.households.toArray(),
      db.villagers.toArray(),
      homeReminders(ctx, today),
      db.notices.where('state').anyOf(ON_THE_BOARD).toArray(),
      db.notices.count(),
    ])
    return {
      head,
      facts: {
        counts: registerCounts(households, villagers, today),
        reminders,
        endingNotices: endingNotices(onTheBoard, today),
        noticeCount,
      },
    }
  })
}
