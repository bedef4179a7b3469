/** Who a villager is in an audit summary: name and masked ID, never the full number. */
import type { Villager } from '@/domain/people/model'
import { maskIdNumber } from '@/domain/people/masking'

export const who = (v: Pick<Villager, 'name' | 'idNumber'>): string => `${v.name}（${maskIdNumber(v.idNumber)}）`
