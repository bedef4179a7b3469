/**
 * Messages between client.ts (window) and roster.worker.ts, and the error both sides throw.
 * Everything that crosses is structured-clone-safe: Maps and Sets travel as arrays, bytes as a
 * transferred ArrayBuffer. No exceljs here, so the window bundle can import this file freely.
 */
import type { HouseholdRow, VillagerRow } from '@/db/rows'
import type { IgnoredColumn, RosterColumnFound } from './parse'
import type { ExistingRoster, RosterValidation } from './validate'

export { RosterFileError } from './fileError'

/** What the preview screen shows before the secretary confirms. */
export interface RosterImportPreview {
  sheetName: string
  headerRow: number
  columns: RosterColumnFound[]
  /** 已忽略的列 */
  ignoredColumns: IgnoredColumn[]
  validation: RosterValidation
}

/** ExistingRoster as arrays. */
export interface PackedExisting {
  idNumbers: [idNumber: string, name: string][]
  householdNos: string[]
}

export function packExisting(existing: ExistingRoster & { householdNos: Iterable<string> }): PackedExisting {
  return {
    idNumbers: Array.from(existing.idNumbers, ([id, v]) => [id, v.name]),
    householdNos: Array.from(existing.householdNos),
  }
}

export function unpackExisting(packed: PackedExisting): ExistingRoster {
  return {
    idNumbers: new Map(packed.idNumbers.map(([id, name]) => [id, { name }])),
    householdNos: new Set(packed.householdNos),
  }
}

export interface ExportOptions {
  /** true only after the user explicitly chose full numbers; the caller writes the audit entry. */
  reveal: boolean
  villageName: string
  /** ISO-8601 instant (UTC, as stored); the sheet shows it in Beijing time. */
  exportedAt: string
}

export type RosterWorkerRequest =
  | { id: number; type: 'import'; bytes: ArrayBuffer; existing: PackedExisting; today: string; knownAreaCodes?: string[] }
  | { id: number; type: 'template' }
  | { id: number; type: 'export'; households: HouseholdRow[]; villagers: VillagerRow[]; options: ExportOptions }

export type RosterWorkerResponse =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'preview'; preview: RosterImportPreview }
  | { id: number; type: 'xlsx'; bytes: ArrayBuffer }
  | { id: number; type: 'error'; message: string; fileError: boolean }

/** An ArrayBuffer holding exactly these bytes (transferable without dragging a larger pool along). */
export function exactArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) {
    return bytes.buffer
  }
  return bytes.slice().buffer as ArrayBuffer
}
