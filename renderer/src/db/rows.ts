/**
 * What each table stores: the domain's records plus a ULID id (already in the domain types) and
 * created/updated instants. `status` on a villager row is the current status, denormalised from
 * statusHistory so lists can be indexed by it; statusHistory stays the evidence.
 */
import type { Notice } from '@/domain/notices/model'
import type { Grid, Household, Villager, VillagerStatus } from '@/domain/people/model'

export interface Stamped {
  id: string
  createdAt: string
  updatedAt: string
}

/** Rows created by "载入示例村数据" carry sample: true, so they can always be told apart. */
interface SampleFlag {
  sample?: boolean
}

export interface SettingRow {
  key: string
  value: unknown
  /** set by every write through the unit of work (db/unitOfWork.ts); absent on rows written before */
  updatedAt?: string
}

export type HouseholdRow = Household & Stamped & SampleFlag

export type VillagerRow = Villager & Stamped & SampleFlag & { status: VillagerStatus }

export type GridRow = Grid & Stamped & SampleFlag

/** A notice as the lifecycle left it (domain/notices/lifecycle.ts); id, createdAt, updatedAt included. */
export type NoticeRow = Notice

/** Bytes kept with a notice: the PDF as issued (evidence) and photos of the posted sheet. */
export interface NoticeFileRow {
  id: string
  noticeId: string
  kind: 'issued-pdf' | 'posting-photo'
  name: string
  mime: string
  bytes: Uint8Array
  sha256: string
  createdAt: string
}
