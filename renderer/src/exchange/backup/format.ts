/**
 * The backup file (全量备份), format version 2: one zip holding
 *
 *   manifest.json            what the file is and holds (BackupManifest below), written last
 *   tables/<table>.jsonl     every row of one table in primary-key order, one canonical JSON row a line
 *                            (the dump's shape follows dexie-export-import: table name, schema, rows)
 *   shared/<table>.jsonl     (version 2) the table's array elements that are objects, each once, one a
 *                            line; in a row (or a later shared line) such an element reads {"$s":<line>},
 *                            the 0-based line of this part. Why: every meeting keeps its own frozen
 *                            roster (冻结的应到名单), so the same villager's entry is in hundreds of rows;
 *                            written once, a large village's backup is a tenth of the size and time.
 *   files/<table>/<key>/<field>   the bytes of a binary field (the PDF as issued, a photo), stored as is;
 *                            in its row the field reads {"$bytes":"files/…"}
 *
 * Version 1 is version 2 without shared parts (and without {"$s"} references): it is still read.
 *
 * The manifest names every other part with its size and SHA-256, so a restore can prove, before it
 * touches anything, that the file is whole and is what was written. Nothing outside the manifest's
 * list is read, and a part it lists must be there.
 *
 * Why not dexie-export-import itself: it needs FileReader and a global `self` (it does not run under
 * vitest's fake-indexeddb), inlines attachments as base64 in one JSON, and imports table by table in
 * separate transactions; a restore here must be one transaction and verify every part first.
 */
import { z } from 'zod'
import type { VillageProfile } from '@/domain/village/profile'

export const BACKUP_FORMAT = 'xiangyue-backup'
export const BACKUP_FORMAT_VERSION = 2
/** the oldest format version this app still restores */
export const OLDEST_FORMAT_VERSION = 1
export const MANIFEST_PATH = 'manifest.json'

const MiB = 1024 * 1024

/**
 * Bounds applied to a file before anything is inflated (read from the zip's central directory). A
 * large village with ten years of notices and photos stays well inside them; a zip bomb does not.
 */
export interface BackupLimits {
  maxFileBytes: number
  maxEntries: number
  maxEntryBytes: number
  maxTotalBytes: number
  maxManifestBytes: number
}

export const BACKUP_LIMITS: Readonly<BackupLimits> = {
  /** the backup file itself (the shell opens files up to 512 MB) */
  maxFileBytes: 512 * MiB,
  /** entries in the zip: one per table plus one per attachment */
  maxEntries: 100_000,
  /** one entry, inflated */
  maxEntryBytes: 256 * MiB,
  /** all entries together, inflated */
  maxTotalBytes: 1024 * MiB,
  /** the manifest, inflated */
  maxManifestBytes: 16 * MiB,
}

/** Chinese names of the tables, for what the secretary sees ("村民 10000 条"): the app's one list. */
export { TABLE_LABELS, tableLabel } from '@/db/tableLabels'

/** Part paths: table names and keys are percent-encoded so no key can make a path of its own. */
export const tablePartPath = (table: string): string => `tables/${encodeURIComponent(table)}.jsonl`
export const sharedPartPath = (table: string): string => `shared/${encodeURIComponent(table)}.jsonl`
export const filePartPath = (table: string, key: string, field: string): string =>
  `files/${encodeURIComponent(table)}/${encodeURIComponent(key)}/${encodeURIComponent(field)}`

/** What a binary field reads as inside a dumped row. */
export interface BytesRef {
  $bytes: string
}

/** What a shared array element reads as (version 2): the line of the table's shared part. */
export interface SharedRef {
  $s: number
}

export const SHA256_HEX = /^[0-9a-f]{64}$/
/** 统计用区划代码: 12 digits (000000000000 when the village is not set up yet) */
export const AREA_CODE = /^\d{12}$/

const partSchema = z.strictObject({
  path: z.string().min(1).max(1000),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(SHA256_HEX),
})

const tableSchema = z.strictObject({
  name: z.string().min(1).max(100),
  /** the Dexie stores string of the table at schemaVersion, e.g. '&id, noticeId' */
  schema: z.string().max(1000),
  rowCount: z.number().int().nonnegative(),
  part: z.string().min(1).max(1000),
  /** version 2: the shared elements' part (sharedPartPath) and its number of lines */
  shared: z.strictObject({ part: z.string().min(1).max(1000), count: z.number().int().nonnegative() }).optional(),
})

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  /** the database version (db/schemaVersions.ts) the rows were read at */
  schemaVersion: z.number().int().positive(),
  databaseName: z.string().max(200),
  /** ISO-8601 UTC */
  createdAt: z.iso.datetime(),
  appVersion: z.string().max(100).optional(),
  /** from the 村情 setting; null when the village was not set up when the backup was made */
  village: z
    .strictObject({
      name: z.string().max(100),
      code: z.string().regex(AREA_CODE),
      committeeName: z.string().max(200).optional(),
    })
    .nullable(),
  /** the audit chain head (db/audit/log.ts) at backup time; null when the log is empty */
  auditHead: z.strictObject({ seq: z.number().int().nonnegative(), hash: z.string().regex(SHA256_HEX) }).nullable(),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  tables: z.array(tableSchema).max(1000),
  parts: z.array(partSchema).max(BACKUP_LIMITS.maxEntries),
})

export type BackupManifest = z.infer<typeof manifestSchema>
export type BackupPart = z.infer<typeof partSchema>
export type BackupVillage = NonNullable<BackupManifest['village']>

/** The manifest's village, from the 村情 setting (db/repositories/village.ts); null before setup. */
export function villageFromProfile(profile: VillageProfile | undefined): BackupVillage | null {
  if (!profile || typeof profile.villageName !== 'string') return null
  return {
    name: profile.villageName,
    code: typeof profile.areaCode === 'string' && AREA_CODE.test(profile.areaCode) ? profile.areaCode : '000000000000',
    ...(typeof profile.committeeName === 'string' && profile.committeeName ? { committeeName: profile.committeeName } : {}),
  }
}
