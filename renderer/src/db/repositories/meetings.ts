/** Meeting records: reads. Written only through app/meetings and app/compact (audited). */
import type { MeetingRow } from '../rows'
import type { XiangyueDb } from '../schema'

export function getMeeting(db: XiangyueDb, id: string): Promise<MeetingRow | undefined> {
  return db.meetings.get(id)
}

/** The meetings of a matter (its steps ①–④), in date order. */
export function meetingsOfMatter(db: XiangyueDb, matterId: string): Promise<MeetingRow[]> {
  return db.meetings.where('matterId').equals(matterId).sortBy('date')
}

/** Meetings held between two dates, inclusive ('YYYY-MM-DD'), in date order. */
export function meetingsBetween(db: XiangyueDb, from: string, to: string): Promise<MeetingRow[]> {
  return db.meetings.where('date').between(from, to, true, true).toArray()
}
