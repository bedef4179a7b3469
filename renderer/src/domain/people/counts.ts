/**
 * 在册人数 (who is on the register on a date): THE count rule, used by the home screen and the 人员
 * screen alike, so the two never disagree.
 *
 * A villager counts as 在册 by the status in force on the date (currentStatus), so a move recorded
 * for next week is still 在册 today; a villager with no status recorded counts as 在册, as the lists
 * show them. A household is 在册 when it is not 注销 and at least one of its people is 在册 on the
 * date; households with nobody left are counted apart. Records of people who left are kept.
 */
import { currentStatus, type Household, type Villager } from './model'

export interface RegisterCounts {
  households: {
    /** 在册户: the 户 is not 注销 and at least one of its people is 在册 today */
    inRegister: number
    /** 户 not 注销 in which nobody is 在册 today (everyone moved out or died, or none entered yet) */
    withoutMembers: number
  }
  villagers: {
    /** 在册 on the date; a villager with no status recorded at all counts as 在册 (as the lists show it) */
    inRegister: number
    movedOut: number
    deceased: number
    /** registered from a later date only (e.g. a move-in recorded ahead of time) */
    notYet: number
  }
}

type CountedVillager = Pick<Villager, 'householdId' | 'statusHistory'>

export function registerCounts(
  households: readonly Pick<Household, 'id' | 'status'>[],
  villagers: readonly CountedVillager[],
  today: string,
): RegisterCounts {
  const villagerCounts = { inRegister: 0, movedOut: 0, deceased: 0, notYet: 0 }
  const inhabited = new Set<string>()
  for (const v of villagers) {
    const status = v.statusHistory.length === 0 ? '在册' : currentStatus(v, today)
    if (status === '在册') {
      villagerCounts.inRegister += 1
      inhabited.add(v.householdId)
    } else if (status === '迁出') villagerCounts.movedOut += 1
    else if (status === '死亡') villagerCounts.deceased += 1
    else villagerCounts.notYet += 1
  }
  const open = households.filter((h) => h.status !== '注销')
  const inRegister = open.filter((h) => inhabited.has(h.id)).length
  return { households: { inRegister, withoutMembers: open.length - inRegister }, villagers: villagerCounts }
}
