/**
 * What each table stores. Every record row carries a ULID id and created/updated instants;
 * domain types live in domain/, these are their stored shapes.
 */
export interface Stamped {
  id: string
  createdAt: string
  updatedAt: string
}

export interface SettingRow {
  key: string
  value: unknown
}

export interface HouseholdRow extends Stamped {
  householdNo: string
  headId?: string
  groupName: string
  gridId?: string
  address: string
  phone?: string
  status: string
  sample?: boolean
}

export interface VillagerRow extends Stamped {
  householdId: string
  name: string
  idNumber: string
  relationToHead: string
  phone?: string
  status: string
  statusHistory: { status: string; from: string; note?: string }[]
  roles: unknown[]
  sample?: boolean
}

export interface GridRow extends Stamped {
  name: string
  leaderId?: string
  sample?: boolean
}
