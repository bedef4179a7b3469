/**
 * What each table stores: the domain's records plus a ULID id (already in the domain types) and
 * created/updated instants. `status` on a villager row is the current status, denormalised from
 * statusHistory so lists can be indexed by it; statusHistory stays the evidence.
 */
import type { Article, Chapter, Compact } from '@/domain/compact/model'
import type { CompactProcedure } from '@/domain/compact/procedure'
import type { Matter } from '@/domain/decisions/model'
import type { MeetingRecord } from '@/domain/meetings/meeting'
import type { Notice } from '@/domain/notices/model'
import type { ViolationCase } from '@/domain/violations/case'
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
  /** 签发的打印件, 张贴照片, 公示结果记录 (printed at 归档) */
  kind: 'issued-pdf' | 'posting-photo' | 'result-record'
  name: string
  mime: string
  bytes: Uint8Array
  sha256: string
  createdAt: string
}

/** 四议两公开: a matter as the decisions lifecycle left it (domain/decisions/lifecycle.ts); stamped already. */
export type MatterRow = Matter

/**
 * A meeting as recorded: the roster frozen on its date, attendance, the motions with their votes and
 * every later correction of a vote (VoteRecord.edits, domain/meetings/votes.ts). `matterId`/`step`
 * when it was a step ①–④ of a matter; `compactId`/`procedureId` when it adopted a 村规民约.
 */
export type MeetingRow = MeetingRecord &
  Stamped & {
    matterId?: string
    step?: 1 | 2 | 3 | 4
    compactId?: string
    procedureId?: string
  }

/**
 * 村规民约: the compact in force and its adopted versions (domain/compact/model.ts), the draft being
 * written, and every procedure (制定/修订/废止) with its history (domain/compact/procedure.ts).
 */
export interface CompactRow extends Stamped {
  compact: Compact
  /** The text being prepared for the next version (import preview saved, or edited). */
  draft?: { articles: Article[]; chapters?: Chapter[]; sourceText?: string }
  procedures: CompactProcedure[]
}

/** 违约处理: a case as the violations lifecycle left it (domain/violations/lifecycle.ts). */
export type CaseRow = ViolationCase & Stamped
