/**
 * The 人员 screen's count line: who is on the register (在册) and who has left it, counted apart.
 *
 * Input: households and villagers (any objects with the fields read). Output: PeopleCounts —
 *   villagers: 在册 people, by latestStatus (domain/people/model.ts), the status the lists show;
 *   movedOut / deceased: people whose latest status is 迁出 / 死亡 (records are kept, never removed);
 *   households: 在册户 — a household not 注销 with at least one 在册 member (a household whose members
 *   have all moved away or died is no longer a household of the village, though its record stays).
 */
import { latestStatus, type Household, type Villager } from '@/domain/people/model'

export interface PeopleCounts {
  households: number
  villagers: number
  movedOut: number
  deceased: number
}

export function peopleCounts(
  households: readonly Pick<Household, 'id' | 'status'>[],
  villagers: readonly Pick<Villager, 'householdId' | 'statusHistory'>[],
): PeopleCounts {
  const counts: PeopleCounts = { households: 0, villagers: 0, movedOut: 0, deceased: 0 }
  const withMembersOnRegister = new Set<string>()
  for (const v of villagers) {
    const status = latestStatus(v)
    if (status === '在册') {
      counts.villagers++
      withMembersOnRegister.add(v.householdId)
    } else if (status === '迁出') counts.movedOut++
    else counts.deceased++
  }
  for (const h of households) if (h.status !== '注销' && withMembersOnRegister.has(h.id)) counts.households++
  return counts
}

let last: { households: readonly unknown[]; villagers: readonly unknown[]; counts: PeopleCounts } | undefined

/**
 * peopleCounts, kept for the last arrays given (the store replaces its arrays on every change), so
 * the count is worked out in idle time before 人员 opens (prefetch.ts) and not again on its paint.
 */
export function peopleCountsOf(
  households: readonly Pick<Household, 'id' | 'status'>[],
  villagers: readonly Pick<Villager, 'householdId' | 'statusHistory'>[],
): PeopleCounts {
  if (last?.households !== households || last.villagers !== villagers)
    last = { households, villagers, counts: peopleCounts(households, villagers) }
  return last.counts
}

/** The line under the title, e.g. 本村在册 3 户、8 人（另有迁出 1 人、死亡 1 人，记录保留）。 */
export function describePeopleCounts(c: PeopleCounts): string {
  const n = (x: number) => x.toLocaleString('zh-CN')
  const gone = [c.movedOut ? `迁出 ${n(c.movedOut)} 人` : '', c.deceased ? `死亡 ${n(c.deceased)} 人` : ''].filter(Boolean)
  return `本村在册 ${n(c.households)} 户、${n(c.villagers)} 人${gone.length ? `（另有${gone.join('、')}，记录保留）` : ''}。`
}
