/**
 * 首页 (the home screen) in one read: everything it shows before she can use it.
 *
 * homeScreen(ctx, cache?) → HomeScreen {
 *   counts: RegisterCounts          在册户数 and 在册人数 by the status in force on TODAY's Beijing date
 *                                   (domain/people/counts.ts registerCounts, as in homeFacts.ts)
 *   reminders: HomeReminder[]       四议两公开, 会议 and 违约处理, warnings first (reminders.ts)
 *   endingNotices: EndingNotice[]   公示 whose period ends within 3 days, soonest first (endingNotices.ts)
 *   noticeCount: number             notices ever recorded (with 在册 people: has anything been typed in yet?)
 *   today: '2026年3月1日 星期日'
 * }
 * browserHomeCache() → the cache the app passes: one localStorage entry.
 * knownHead (optional): the audit head as the start already read it (app/startup/firstRead.ts),
 *   { dbName, head } of ctx.db's database (the caller vouches for that: main.ts passes the app's
 *   own context and the start read the app's own database), or null when it could not: then the
 *   head is read here. With it, a cache hit sets no Dexie up at all.
 *
 * Why a cache: on the large sample village (10,000 people, 1,000 cases, 2,000 meetings) the full
 * read takes 0.3–0.5 s, most of it IndexedDB handing over 10,000 villagers, and the home screen
 * opens first at every start. Everything above is derived from the database and today's date, so
 * the result is kept tagged with the app's version, the database's name, the date and the audit
 * chain's head. Every write in the app moves the head (db/unitOfWork.ts; a restore brings the
 * backup's head), so the next start after any change, on a new day or after an update reads
 * everything again. A cached figure is a derived one and never evidence.
 * Only the head is read when the tag matches; the full read (homeScreenRead.ts, with the reminder
 * rules of every area) is fetched only when it does not, so the first screen's code stays small.
 */
import { readAuditHead } from '@/db/audit/head'
import { databasesReady } from '@/db/connections'
import type { AuditHead } from '@/db/audit/chain'
import { todayIso } from '@/domain/calendar/clock'
import type { RegisterCounts } from '@/domain/people/counts'
import type { AppContext } from '../context'
import type { EndingNotice } from './endingNotices'
import { browserCache, chineseDateWithWeekday, type CountsCache } from './homeFacts'
import type { HomeScreenFacts } from './homeScreenRead'
import type { HomeReminder } from './reminders'

export type { EndingNotice, HomeReminder, HomeScreenFacts, RegisterCounts }

export interface HomeScreen extends HomeScreenFacts {
  today: string
}

export type HomeCache = CountsCache

export function browserHomeCache(): HomeCache {
  return browserCache('xiangyue.homeScreen')
}

const APP_VERSION = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev'

/** The tag a cached result must carry to be shown: same app, same database, same day, same last write. */
export function homeTag(dbName: string, today: string, head: AuditHead | undefined): string {
  return `${APP_VERSION}|${dbName}|${today}|${head ? `${head.seq}:${head.hash}` : 'empty'}`
}

export async function homeScreen(
  ctx: AppContext,
  cache?: HomeCache,
  knownHead?: Promise<{ dbName: string; head: AuditHead | undefined } | null>,
): Promise<HomeScreen> {
  const today = todayIso(ctx.clock)
  const cached = cache ? parseCached(cache.read()) : null
  const known = cached ? await knownHead : null
  if (cached && known) {
    if (cached.tag === homeTag(known.dbName, today, known.head)) return { ...cached.facts, today: chineseDateWithWeekday(today) }
  }
  // Dexie's code is fetched after the first screen (db/connections.ts): what reads through it waits
  await databasesReady()
  if (cached && !known) {
    if (cached.tag === homeTag(ctx.db.name, today, await readAuditHead(ctx.db)))
      return { ...cached.facts, today: chineseDateWithWeekday(today) }
  }
  const { readHomeScreen } = await import('./homeScreenRead')
  const fresh = await readHomeScreen(ctx, today)
  cache?.write(JSON.stringify({ tag: homeTag(ctx.db.name, today, fresh.head), facts: fresh.facts } satisfies CachedHome))
  return { ...fresh.facts, today: chineseDateWithWeekday(today) }
}

interface CachedHome {
  tag: string
  facts: HomeScreenFacts
}

const isCount = (x: unknown) => Number.isInteger(x) && (x as number) >= 0
const isText = (x: unknown) => typeof x === 'string'

/** A cached entry, or null when it is missing or not what this version writes (then all is read again). */
function parseCached(text: string | null): CachedHome | null {
  if (!text) return null
  try {
    const value = JSON.parse(text) as CachedHome
    const f = value?.facts
    const v = f?.counts?.villagers
    const h = f?.counts?.households
    const counts = [v?.inRegister, v?.movedOut, v?.deceased, v?.notYet, h?.inRegister, h?.withoutMembers, f?.noticeCount]
    const ok =
      isText(value.tag) &&
      counts.every(isCount) &&
      Array.isArray(f.reminders) &&
      f.reminders.every((r) => [r?.key, r?.area, r?.level, r?.message, r?.to].every(isText)) &&
      Array.isArray(f.endingNotices) &&
      f.endingNotices.every((n) => [n?.id, n?.title, n?.end].every(isText) && Number.isInteger(n?.left))
    return ok ? value : null
  } catch {
    return null
  }
}
