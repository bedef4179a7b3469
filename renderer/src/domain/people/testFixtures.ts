/**
 * Builders for this folder's tests only (not imported by app code).
 * Kept in one place so every test reads the same way: `villager({ ... })`.
 */
import { computeCheckDigit } from './idNumber'
import type { Household, RoleAssignment, Villager } from './model'

let counter = 0

/** A valid 18-digit ID for a birth date 'YYYY-MM-DD' and sex. */
export function testId(birthDate: string, sex: '男' | '女', seq = 1): string {
  const seqDigits = String((seq * 2 + (sex === '男' ? 1 : 0)) % 1000).padStart(3, '0')
  const first17 = `110105${birthDate.replace(/-/g, '')}${seqDigits}`
  return first17 + computeCheckDigit(first17)
}

export interface VillagerSpec {
  id?: string
  name?: string
  householdId?: string
  birthDate?: string
  sex?: '男' | '女'
  idNumber?: string
  relationToHead?: Villager['relationToHead']
  registeredFrom?: string
  statusHistory?: Villager['statusHistory']
  roles?: RoleAssignment[]
  phone?: string
}

export function villager(spec: VillagerSpec = {}): Villager {
  counter += 1
  const birthDate = spec.birthDate ?? '1980-01-01'
  const v: Villager = {
    id: spec.id ?? `V${String(counter).padStart(6, '0')}`,
    householdId: spec.householdId ?? 'H1',
    name: spec.name ?? `村民${counter}`,
    idNumber: spec.idNumber ?? testId(birthDate, spec.sex ?? '男', counter),
    relationToHead: spec.relationToHead ?? '户主',
    statusHistory: spec.statusHistory ?? [{ status: '在册', from: spec.registeredFrom ?? birthDate }],
    roles: spec.roles ?? [],
  }
  if (spec.phone !== undefined) v.phone = spec.phone
  return v
}

export function household(spec: Partial<Household> & { id: string }): Household {
  return {
    householdNo: spec.id,
    groupName: '一组',
    address: '张庄村一组',
    status: '在册',
    ...spec,
  }
}
