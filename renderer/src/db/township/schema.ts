/**
 * 乡镇汇总的数据库 (the township mode's own database, 'xiangyue-township'): apart from the village's
 * 'xiangyue' so that a township PC never mixes a village's records with the bundles it receives.
 * Read-only for the user: the only writes are importing a verified bundle (all of it, in one
 * transaction) and the mode setting. Every import attempt, accepted or refused, is logged.
 *
 * Like db/schemaVersions.ts: never rename the database, never edit a shipped version — add a new one.
 */
import Dexie, { type Table } from 'dexie'
import { TOWNSHIP_DB_NAME, TOWNSHIP_SCHEMA_VERSION } from '../names'

export { TOWNSHIP_DB_NAME, TOWNSHIP_SCHEMA_VERSION }

/** One imported bundle: what its verified manifest says, and its data files parsed. */
export interface TownshipBundleRow {
  /** SHA-256 of the bundle file (primary key: the same file imported twice is one bundle) */
  sha256: string
  villageCode: string
  villageName: string
  period: { from: string; to: string }
  /** ISO UTC instant the village made it */
  createdAt: string
  previousBundleSha256: string | null
  fingerprint: string
  /** old key's fingerprint when the bundle carried a valid 换钥声明 */
  rotatedFrom: string | null
  personData: 'masked' | 'full'
  fileName: string
  size: number
  /** ISO UTC instant of the import */
  importedAt: string
  /** area → parsed data/<area>.json */
  data: Record<string, unknown>
  /** names of the bundle's PDFs (pdf/<name>) */
  pdfNames: string[]
}

/** The bundle file as received: the PDFs are read from it, and it can be checked again. */
export interface TownshipBundleFileRow {
  sha256: string
  bytes: Uint8Array
}

/** 导入记录: every file the user tried to import, and what came of it. */
export interface TownshipImportLogRow {
  seq?: number
  at: string
  fileName: string
  outcome: 'imported' | 'duplicate' | 'refused'
  sha256: string | null
  villageName: string | null
  /** why it was refused, plain Chinese */
  reasons: string[]
}

export interface TownshipSettingRow {
  key: string
  value: unknown
}

export class TownshipDb extends Dexie {
  bundles!: Table<TownshipBundleRow, string>
  bundleFiles!: Table<TownshipBundleFileRow, string>
  importLog!: Table<TownshipImportLogRow, number>
  settings!: Table<TownshipSettingRow, string>

  constructor(name: string = TOWNSHIP_DB_NAME) {
    super(name)
    this.version(TOWNSHIP_SCHEMA_VERSION).stores({
      bundles: '&sha256, villageCode, createdAt',
      bundleFiles: '&sha256',
      importLog: '++seq, at',
      settings: '&key',
    })
  }
}
