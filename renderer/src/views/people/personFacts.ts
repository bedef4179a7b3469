/**
 * Facts the people lists show for a villager (sex and age from the ID number, the roles held
 * today). personFact is cheap for one row, so the villager list derives it only for the 50 rows on
 * the page; personFacts (all rows) is for the filters that need every villager's age or roles.
 */
import { ageOn } from '@/domain/calendar/age'
import { describeRole } from '@/domain/people/changes'
import { readIdFacts } from '@/domain/people/idNumber'
import { rolesActiveOn, type RoleKind } from '@/domain/people/model'
import type { VillagerRow } from '@/app/people/rows'
import { roleKindOptions } from './roleKinds'

export interface PersonFacts {
  row: VillagerRow
  sex?: '男' | '女'
  age?: number
  roleKinds: Set<RoleKind>
  roleLabels: string[]
}

export function personFact(row: VillagerRow, today: string): PersonFacts {
  const facts = readIdFacts(row.idNumber)
  const active = rolesActiveOn(row, today)
  return {
    row,
    sex: facts?.sex,
    age: facts && facts.birthDate <= today ? ageOn(facts.birthDate, today) : undefined,
    roleKinds: new Set(active.map((r) => r.kind)),
    roleLabels: [...new Set(active.map(describeRole))],
  }
}

export function personFacts(rows: readonly VillagerRow[], today: string): PersonFacts[] {
  return rows.map((row) => personFact(row, today))
}

/** The list's role filter: the same names as everywhere else (roleKinds.ts). */
export const roleFilterOptions = roleKindOptions

export const ageBands = [
  { value: '0-17', label: '未满18岁', min: 0, max: 17 },
  { value: '18-35', label: '18–35岁', min: 18, max: 35 },
  { value: '36-59', label: '36–59岁', min: 36, max: 59 },
  { value: '60-', label: '60岁及以上', min: 60, max: 200 },
] as const
