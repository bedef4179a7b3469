/**
 * The 人员 screen's count line: who is on the register (在册) today and who has left it, counted
 * apart, by the one count rule (domain/people/counts.ts registerCounts), the same as the home screen.
 *
 * Input: households, villagers, today ('YYYY-MM-DD', Beijing). Output: PeopleCounts.
 */
import { registerCounts } from '@/domain/people/counts'
import type { Household, Villager } from '@/domain/people/model'

export interface PeopleCounts {
  households: number
  villagers: number
  movedOut: number
  deceased: number
}

export function peopleCounts(
  households: readonly Pick<Household, 'id' | 'status'>[],
  villagers: readonly Pick<Villager, 'householdId' | 'statusHistory'>[],
  today: string,
): PeopleCounts {
  const c = registerCounts(households, villagers, today)
  return {
    households: c.households.inRegister,
    villagers: c.villagers.inRegister,
    movedOut: c.villagers.movedOut,
    deceased: c.villagers.deceased,
  }
}

let last: { households: readonly unknown[]; villagers: readonly unknown[]; today: string; counts: PeopleCounts } | undefined

/**
 * peopleCounts, kept for the last arrays given (the store replaces its arrays on every change), so
 * the count is worked out in idle time before 人员 opens (prefetch.ts) and not again on its paint.
 */
export function peopleCountsOf(
  households: readonly Pick<Household, 'id' | 'status'>[],
  villagers: readonly Pick<Villager, 'householdId' | 'statusHistory'>[],
  today: string,
): PeopleCounts {
  if (last?.households !== households || last.villagers !== villagers || last.today !== today)
    last = { households, villagers, today, counts: peopleCounts(households, villagers, today) }
  return last.counts
}

/** The line under the title, e.g. 本村在册 3 户、8 人（另有迁出 1 人、死亡 1 人，记录保留）。 */
export function describePeopleCounts(c: PeopleCounts): string {
  const n = (x: number) => x.toLocaleString('zh-CN')
  const gone = [c.movedOut ? `迁出 ${n(c.movedOut)} 人` : '', c.deceased ? `死亡 ${n(c.deceased)} 人` : ''].filter(Boolean)
  return `本村在册 ${n(c.households)} 户、${n(c.villagers)} 人${gone.length ? `（另有${gone.join('、')}，记录保留）` : ''}。`
}
