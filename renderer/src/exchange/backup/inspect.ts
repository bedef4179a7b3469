/**
 * verifyBackup(bytes, limits?) → Promise<Inspection>: what a backup file holds, fully verified, or why
 * it is refused. inspectBackup(bytes, limits?) → Inspection: the same, synchronously (every hash in
 * pure JS, several times slower on a large village: for callers that cannot wait on a promise).
 *
 * Input: the file's bytes. Output: { ok: true, summary, contents } — summary is what the screen shows
 * before a restore (village, date in Beijing time, rows per table with Chinese names, schema
 * version, warnings); contents are the verified rows, ready to write — or { ok: false, reason } with
 * one plain Chinese sentence. Nothing is written anywhere.
 *
 * Refused: not a zip or not our format; a zip bomb or too many entries (bounded before inflating,
 * zip/boundedZip.ts); a newer format or schema version than this app's; a part missing, extra, of the wrong
 * size or whose SHA-256 differs from the manifest (the reason names the part); rows that do not
 * parse, whose count differs from the manifest, without a key or with a key twice; a manifest
 * whose village or audit head contradicts the data it describes.
 * Warned (restorable): an audit chain inside the backup that does not verify.
 * Format versions 1 and 2 are read (format.ts); a shared element referred to before it is written,
 * or past the end of its part, is refused.
 */
import { VILLAGE_KEY } from '@/db/repositories/village'
import { CURRENT_SCHEMA_VERSION } from '@/db/schema'
import { describeChainProblem, verifyAuditChain, type AuditEntry, type AuditHead } from '@/db/audit/chain'
import { formatBeijingDateTime } from '@/domain/calendar/clock'
import { canonicalJson } from '@/domain/evidence/canonical'
import { sha256OfBytes } from '@/domain/evidence/hash'
import { sha256Hex } from './digest'
import type { VillageProfile } from '@/domain/village/profile'
import { keyText, primaryKeyPath, reviveRow, tablesAt, type TableRows } from './dump'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_LIMITS,
  type BackupLimits,
  MANIFEST_PATH,
  manifestSchema,
  OLDEST_FORMAT_VERSION,
  sharedPartPath,
  tableLabel,
  tablePartPath,
  type BackupManifest,
  type BackupVillage,
  villageFromProfile,
} from './format'
import { listEntries, readEntries, type ZipEntry } from '../zip/boundedZip'

export interface BackupSummary {
  village: BackupVillage | null
  /** ISO-8601 UTC, and as the secretary reads it: 2026年12月1日 08:26 (北京时间) */
  createdAt: string
  createdAtText: string
  schemaVersion: number
  appVersion?: string
  counts: { table: string; label: string; count: number }[]
  auditHead: AuditHead | null
  /** the file's size in bytes */
  fileBytes: number
  /** restorable, but the secretary should know (a broken audit chain inside the backup) */
  warnings: string[]
}

export interface BackupContents {
  manifest: BackupManifest
  /** every table of the backup's schema version, rows in primary-key order, bytes restored */
  tables: TableRows[]
}

export type Inspection = { ok: true; summary: BackupSummary; contents: BackupContents } | { ok: false; reason: string }

class Refusal extends Error {}
const refuse = (reason: string): never => {
  throw new Refusal(reason)
}

export function inspectBackup(bytes: Uint8Array, limits: Readonly<BackupLimits> = BACKUP_LIMITS): Inspection {
  try {
    const opened = open(bytes, limits)
    for (const part of opened.parts.values()) checkHash(part, opened.contents, sha256OfBytes(opened.contents.get(part.path)!))
    return decode(opened, bytes.length)
  } catch (error) {
    return refusalOf(error)
  }
}

export async function verifyBackup(bytes: Uint8Array, limits: Readonly<BackupLimits> = BACKUP_LIMITS): Promise<Inspection> {
  try {
    const opened = open(bytes, limits)
    const parts = [...opened.parts.values()]
    // every part hashed natively and at once, before anything is parsed
    const hashes = await Promise.all(parts.map((part) => sha256Hex(opened.contents.get(part.path)!)))
    parts.forEach((part, i) => checkHash(part, opened.contents, hashes[i]!))
    return decode(opened, bytes.length)
  } catch (error) {
    return refusalOf(error)
  }
}

function refusalOf(error: unknown): Inspection {
  if (error instanceof Refusal) return { ok: false, reason: error.message }
  return { ok: false, reason: `备份文件无法读取（${error instanceof Error ? error.message : String(error)}），文件可能已损坏` }
}

function describePart(path: string): string {
  const table = /^tables\/(.+)\.jsonl$/.exec(path)?.[1]
  if (table) return `“${tableLabel(decodeURIComponent(table))}”的数据（${path}）`
  const shared = /^shared\/(.+)\.jsonl$/.exec(path)?.[1]
  if (shared) return `“${tableLabel(decodeURIComponent(shared))}”的共用条目（${path}）`
  if (path.startsWith('files/')) return `附件 ${path}`
  return path
}

type Part = BackupManifest['parts'][number]

interface Opened {
  manifest: BackupManifest
  declared: Record<string, string>
  parts: Map<string, Part>
  contents: Map<string, Uint8Array>
}

/** Lists the zip, reads and checks the manifest against the entries, and inflates every listed part. */
function open(bytes: Uint8Array, limits: Readonly<BackupLimits>): Opened {
  const listing = listEntries(bytes, limits, 'backup')
  if (!listing.ok) refuse(listing.reason)
  const entries = new Map((listing as { entries: ZipEntry[] }).entries.map((e) => [e.name, e]))
  const manifestEntry = entries.get(MANIFEST_PATH) ?? refuse('这不是乡约的备份文件（压缩文件中没有 manifest.json 备份说明）')
  if (manifestEntry.originalSize > limits.maxManifestBytes) refuse('备份说明（manifest.json）过大，文件不可信')

  const manifest = readManifest(readEntries(bytes, new Set([MANIFEST_PATH])).get(MANIFEST_PATH)!)

  // every part listed, present, of its size; nothing unlisted
  const parts = new Map<string, Part>()
  for (const part of manifest.parts) {
    if (part.path === MANIFEST_PATH || parts.has(part.path)) refuse(`备份说明中重复列出了 ${part.path}，文件不可信`)
    parts.set(part.path, part)
    const entry = entries.get(part.path) ?? refuse(`备份文件不完整：缺少${describePart(part.path)}`)
    if (entry.originalSize !== part.size) refuse(`${describePart(part.path)}的大小与备份说明不符，文件可能已损坏或被改动`)
  }
  for (const name of entries.keys()) {
    if (name !== MANIFEST_PATH && !parts.has(name)) refuse(`备份文件中有备份说明未列出的内容“${name.slice(0, 80)}”，文件可能被改动`)
  }

  // the tables are exactly those of the schema version the backup was made at
  const declared = tablesAt(manifest.schemaVersion)
  const byName = new Map(manifest.tables.map((t) => [t.name, t]))
  for (const name of Object.keys(declared)) if (!byName.has(name)) refuse(`备份文件不完整：缺少“${tableLabel(name)}”表`)
  for (const table of manifest.tables) {
    if (declared[table.name] === undefined) refuse(`备份中有本软件不认识的表“${table.name.slice(0, 80)}”`)
    if (table.part !== tablePartPath(table.name) || !parts.has(table.part))
      refuse(`备份说明中“${tableLabel(table.name)}”表的数据文件未列出或位置不对`)
    if (table.shared && (manifest.formatVersion < 2 || table.shared.part !== sharedPartPath(table.name) || !parts.has(table.shared.part)))
      refuse(`备份说明中“${tableLabel(table.name)}”表的共用条目文件未列出或位置不对`)
    if (manifest.counts[table.name] !== table.rowCount) refuse(`备份说明中“${tableLabel(table.name)}”的条数前后不一致`)
  }
  if (byName.size !== manifest.tables.length) refuse('备份说明中重复列出了同一张表，文件不可信')

  return { manifest, declared, parts, contents: readEntries(bytes, new Set(parts.keys())) }
}

function checkHash(part: Part, contents: Map<string, Uint8Array>, hash: string): void {
  const data = contents.get(part.path) ?? refuse(`备份文件不完整：缺少${describePart(part.path)}`)
  if (data.length !== part.size || hash !== part.sha256) {
    refuse(`${describePart(part.path)}与备份说明中的校验值（SHA-256）不符，文件已损坏或被改动，不能恢复`)
  }
}

/** After every hash matched: the rows, with their bytes and shared elements back, and the cross-checks. */
function decode({ manifest, declared, parts, contents }: Opened, fileBytes: number): Inspection {
  const fileParts = [...parts.keys()].filter((p) => p.startsWith('files/'))
  const used = new Set<string>()
  const lookup = (path: string): Uint8Array => {
    if (!path.startsWith('files/') || !contents.has(path)) return refuse(`备份数据引用了不存在的附件 ${path.slice(0, 120)}`)
    if (used.has(path)) return refuse(`附件 ${path.slice(0, 120)} 被引用了两次，文件不可信`)
    used.add(path)
    return contents.get(path)!
  }
  const tables = [...manifest.tables]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((table) => ({ name: table.name, rows: parseTable(manifest, table, declared[table.name]!, contents, lookup) }))
  const unused = fileParts.find((p) => !used.has(p))
  if (unused) refuse(`附件 ${unused.slice(0, 120)} 不属于任何记录，文件可能被改动`)

  const warnings = crossCheck(manifest, tables)
  const summary: BackupSummary = {
    village: manifest.village,
    createdAt: manifest.createdAt,
    createdAtText: formatBeijingDateTime(manifest.createdAt),
    schemaVersion: manifest.schemaVersion,
    ...(manifest.appVersion ? { appVersion: manifest.appVersion } : {}),
    counts: tables.map((t) => ({ table: t.name, label: tableLabel(t.name), count: t.rows.length })),
    auditHead: manifest.auditHead,
    fileBytes,
    warnings,
  }
  return { ok: true, summary, contents: { manifest, tables } }
}

function readManifest(raw: Uint8Array): BackupManifest {
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw))
  } catch {
    return refuse('备份说明（manifest.json）不是有效的 JSON，文件已损坏')
  }
  const head = json as Partial<BackupManifest> | null
  if (typeof head !== 'object' || head === null || head.format !== BACKUP_FORMAT)
    return refuse('这不是乡约的备份文件（备份说明的格式标识不对）')
  if (typeof head.formatVersion === 'number' && head.formatVersion > BACKUP_FORMAT_VERSION) {
    refuse(
      `这个备份由较新版本的乡约制作（备份格式第 ${head.formatVersion} 版，本软件只认识第 ${BACKUP_FORMAT_VERSION} 版），请先升级乡约再恢复`,
    )
  }
  if (typeof head.schemaVersion === 'number' && head.schemaVersion > CURRENT_SCHEMA_VERSION) {
    refuse(`这个备份来自较新版本的乡约（数据结构第 ${head.schemaVersion} 版，本软件为第 ${CURRENT_SCHEMA_VERSION} 版），请先升级乡约再恢复`)
  }
  const parsed = manifestSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return refuse(`备份说明（manifest.json）内容不完整或有误（${issue ? `${issue.path.join('.')}：${issue.message}` : '格式不符'}）`)
  }
  if (parsed.data.formatVersion < OLDEST_FORMAT_VERSION || parsed.data.formatVersion > BACKUP_FORMAT_VERSION)
    refuse(`不支持的备份格式版本 ${parsed.data.formatVersion}`)
  return parsed.data
}

function utf8Lines(raw: Uint8Array, label: string): string[] {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw)
  } catch {
    return refuse(`${label}的数据不是有效的 UTF-8 文本，文件已损坏`)
  }
  return text === '' ? [] : text.split('\n')
}

/** Version 2's shared elements of a table, each line able to refer to earlier lines only. */
function parseShared(table: BackupManifest['tables'][number], raw: Uint8Array, lookup: (path: string) => Uint8Array): unknown[] {
  const label = `“${tableLabel(table.name)}”的共用条目`
  const lines = utf8Lines(raw, label)
  const count = table.shared?.count ?? 0
  if (lines.length !== count) refuse(`${label}有 ${lines.length} 条，备份说明写的是 ${count} 条，文件可能被改动`)
  const shared: unknown[] = []
  for (let i = 0; i < lines.length; i++) {
    let element: unknown
    try {
      element = JSON.parse(lines[i]!)
    } catch {
      return refuse(`${label}第 ${i + 1} 条无法读取，文件已损坏`)
    }
    if (typeof element !== 'object' || element === null || Array.isArray(element)) return refuse(`${label}第 ${i + 1} 条不是一条记录`)
    shared.push(
      reviveRow(element, { lookup, shared, badShared: () => refuse(`${label}第 ${i + 1} 条引用了不存在或排在后面的共用条目，文件不可信`) }),
    )
  }
  return shared
}

function parseTable(
  manifest: BackupManifest,
  table: BackupManifest['tables'][number],
  stores: string,
  contents: Map<string, Uint8Array>,
  lookup: (path: string) => Uint8Array,
): unknown[] {
  const label = `“${tableLabel(table.name)}”`
  const raw = contents.get(table.part)!
  const shared = table.shared ? parseShared(table, contents.get(table.shared.part)!, lookup) : []
  const lines = utf8Lines(raw, label)
  if (lines.length !== table.rowCount) refuse(`${label}有 ${lines.length} 条记录，备份说明写的是 ${table.rowCount} 条，文件可能被改动`)
  const keyPath = primaryKeyPath(stores)
  const keys = new Set<string>()
  // version 1 has no shared elements: an object reading {"$s":…} there is data, left as it is
  const sharing = manifest.formatVersion >= 2
  return lines.map((line, i) => {
    let row: unknown
    try {
      row = JSON.parse(line)
    } catch {
      return refuse(`${label}第 ${i + 1} 条记录无法读取，文件已损坏`)
    }
    if (typeof row !== 'object' || row === null || Array.isArray(row)) return refuse(`${label}第 ${i + 1} 条不是一条记录`)
    const key = (row as Record<string, unknown>)[keyPath]
    if (typeof key !== 'string' && typeof key !== 'number') return refuse(`${label}第 ${i + 1} 条记录缺少主键 ${keyPath}`)
    const text = keyText(key)
    if (keys.has(`${typeof key}:${text}`)) refuse(`${label}中主键 ${text.slice(0, 40)} 出现了两次，文件不可信`)
    keys.add(`${typeof key}:${text}`)
    // only lines that can hold a reference are walked
    if (!line.includes('"$bytes"') && !(sharing && line.includes('"$s"'))) return row
    return reviveRow(
      row,
      sharing ? { lookup, shared, badShared: () => refuse(`${label}第 ${i + 1} 条记录引用了不存在的共用条目，文件不可信`) } : { lookup },
    )
  })
}

/** The manifest's village and audit head must be the data's own: a restore decides on them. */
function crossCheck(manifest: BackupManifest, tables: TableRows[]): string[] {
  const settings = (tables.find((t) => t.name === 'settings')?.rows ?? []) as { key: string; value: unknown }[]
  const dataVillage = villageFromProfile(settings.find((r) => r.key === VILLAGE_KEY)?.value as VillageProfile | undefined)
  if (canonicalJson(manifest.village) !== canonicalJson(dataVillage)) refuse('备份说明中的村名或区划代码与备份数据不符，文件可能被改动')
  const storedHead = settings.find((r) => r.key === 'auditHead')?.value as AuditHead | undefined
  const manifestHead = manifest.auditHead
  if ((storedHead?.seq ?? null) !== (manifestHead?.seq ?? null) || (storedHead?.hash ?? null) !== (manifestHead?.hash ?? null)) {
    refuse('备份说明中的操作日志链头与备份数据不符，文件可能被改动')
  }
  const log = (tables.find((t) => t.name === 'auditLog')?.rows ?? []) as AuditEntry[]
  const report = verifyAuditChain(log, manifestHead ?? undefined)
  if (report.ok) return []
  return [
    `备份中的操作日志校验未通过：${report.problems.slice(0, 3).map(describeChainProblem).join('；')}。仍可恢复，但这些记录的可信度存疑。`,
  ]
}
