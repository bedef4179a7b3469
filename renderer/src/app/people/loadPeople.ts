/**
 * The village's households, villagers and grids, read in one transaction (the people store keeps
 * them in memory: 10,000 people is a few MB). Input: ctx. Output: PeopleSnapshot.
 */
import { countPeople as countStored, loadPeople as loadStored, type PeopleSnapshot } from '@/db/repositories/people'
import type { AppContext } from '../context'

export function loadPeople(ctx: AppContext): Promise<PeopleSnapshot> {
  return loadStored(ctx.db)
}

/** 户数 and 人数 for the home screen, without loading the rows. */
export function countPeople(ctx: AppContext): Promise<{ households: number; villagers: number }> {
  return countStored(ctx.db)
}
