/**
 * The registry's names for the violation screens: a case holds only ids (villagerId, householdId);
 * the screens and printouts show the people as the registry names them today.
 *
 * partyOf(people, villagerId, householdId) → Party { name, group?, householdHead? }
 * householdName(people, householdId) → “王建国户（三组）”
 * partiesOf(people, cases) → Party by villagerId, for the printed withhold list.
 */
import type { Party } from '@/app/violations/printing'

interface Registry {
  villagerById: ReadonlyMap<string, { name: string }>
  householdById: ReadonlyMap<string, { headId?: string; groupName: string; householdNo: string }>
}

export function partyOf(people: Registry, villagerId: string, householdId: string): Party {
  const v = people.villagerById.get(villagerId)
  const h = people.householdById.get(householdId)
  const head = h?.headId ? people.villagerById.get(h.headId)?.name : undefined
  return { name: v?.name ?? '（不在名册）', ...(h?.groupName ? { group: h.groupName } : {}), ...(head ? { householdHead: head } : {}) }
}

export function householdName(people: Registry, householdId: string): string {
  const h = people.householdById.get(householdId)
  if (!h) return '（不在名册的户）'
  const head = h.headId ? people.villagerById.get(h.headId)?.name : undefined
  return `${head ? `${head}户` : `${h.householdNo}号户`}（${h.groupName}）`
}

export function partiesOf(
  people: Registry,
  cases: readonly { report: { villagerId: string; householdId: string } }[],
): Record<string, Party> {
  const out: Record<string, Party> = {}
  for (const c of cases) out[c.report.villagerId] ??= partyOf(people, c.report.villagerId, c.report.householdId)
  return out
}
