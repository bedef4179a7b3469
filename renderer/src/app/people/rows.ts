/** The stored shapes of people, for views and stores (which never import db/ themselves). */
export type { GridRow, HouseholdRow, VillagerRow } from '@/db/rows'
export type { PeopleSnapshot } from '@/db/repositories/people'
