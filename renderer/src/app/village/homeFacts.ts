/**
 * 首页 (the home screen): the village's numbers as a person in the village reads them, and today's date.
 *
 * homeFacts(ctx) → HomeFacts {
 *   households: { inRegister, withoutMembers },   在册户数, and 户 still open that no 在册 villager lives in
 *   villagers: { inRegister, movedOut, deceased, notYet },   each villager counted once, by the status
 *     in force on TODAY's Beijing date (domain/people/model.ts currentStatus)
 *   today: '2026年3月1日 星期日'
 * }
 * registerCounts(households, villagers, today) is the pure rule behind it, tested on its own.
 * homeFacts(ctx, cache) keeps the counts in a small cache (localStorage in the app, see
 * browserCountsCache) tagged with the audit chain's head and the date: reading every villager takes
 * 200–400 ms for 10,000 people, a count() 2 ms, and the home screen opens first at every start.
 * Every write in the app moves the audit head (db/unitOfWork.ts), so the counts are read again
 * after any change and on a new day; a cached figure is a derived one and never evidence.
 *
 * Why not db.villagers.count(): nothing is ever deleted (a villager who leaves is 迁出, one who dies
 * is 死亡, design principle 3), so a plain count includes everyone the village ever registered. The
 * status is read from statusHistory on the date, not from the row's denormalised `status` (the
 * latest entry, whatever its date): a move recorded ahead of time (迁出 from next Monday) leaves the
 * villager 在册 until that day.
 */
import { readAuditHead } from '@/db/audit/head'
import { todayIso } from '@/domain/calendar/clock'
import { formatChineseDate } from '@/domain/calendar/calendar'
import { registerCounts, type RegisterCounts } from '@/domain/people/counts'
import type { AppContext } from '../context'

export { registerCounts, type RegisterCounts }

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

/** '2026-03-01' → '2026年3月1日 星期日'. */
export function chineseDateWithWeekday(iso: string): string {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay()
  return `${formatChineseDate(iso)} 星期${WEEKDAYS[weekday]}`
}

export interface HomeFacts extends RegisterCounts {
  today: string
}

/** Where the counts are kept between starts: one string. */
export interface CountsCache {
  read(): string | null
  write(value: string): void
}

const CACHE_KEY = 'xiangyue.homeCounts'

export function browserCountsCache(): CountsCache {
  return browserCache(CACHE_KEY)
}

/** One localStorage entry as a cache; a browser that refuses storage just reads everything again. */
export function browserCache(key: string): CountsCache {
  return {
    read: () => {
      try {
        return typeof localStorage === 'undefined' ? null : localStorage.getItem(key)
      } catch {
        return null
      }
    },
    write: (value) => {
      try {
        if (typeof localStorage !== 'undefined') localStorage.setItem(key, value)
      } catch {
        // private mode or a full disk: the counts are read again next time
      }
    },
  }
}

interface CachedCounts {
  tag: string
  counts: RegisterCounts
}

export async function homeFacts(ctx: AppContext, cache?: CountsCache): Promise<HomeFacts> {
  const { db } = ctx
  const today = todayIso(ctx.clock)
  const counts = await db.transaction('r', db.households, db.villagers, db.settings, async () => {
    const head = await readAuditHead(db)
    // the database's name too: another database (a test, a second profile) is another village
    const tag = `${db.name}|${today}|${head ? `${head.seq}:${head.hash}` : 'empty'}`
    const cached = parseCached(cache?.read() ?? null)
    if (cached && cached.tag === tag) return cached.counts
    const [households, villagers] = await Promise.all([db.households.toArray(), db.villagers.toArray()])
    const fresh = registerCounts(households, villagers, today)
    cache?.write(JSON.stringify({ tag, counts: fresh } satisfies CachedCounts))
    return fresh
  })
  return { ...counts, today: chineseDateWithWeekday(today) }
}

function parseCached(text: string | null): CachedCounts | null {
  if (!text) return null
  try {
    const value = JSON.parse(text) as CachedCounts
    const v = value?.counts?.villagers
    const h = value?.counts?.households
    const numbers = [v?.inRegister, v?.movedOut, v?.deceased, v?.notYet, h?.inRegister, h?.withoutMembers]
    return typeof value.tag === 'string' && numbers.every((x) => Number.isInteger(x) && (x as number) >= 0) ? value : null
  } catch {
    return null
  }
}
