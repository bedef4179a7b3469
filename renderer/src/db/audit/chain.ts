/**
 * The audit log is append-only evidence (design principle 3): every entry carries the hash of the
 * entry before it, and its own hash over its canonical JSON. Changing, removing or reordering any
 * entry breaks the chain; the stored head (last seq + hash) also catches a cut-off tail. A log with
 * entries and no head at all is itself a sign of tampering (the head is written in the same
 * transaction as every entry, so it cannot be missing honestly). Whoever can write IndexedDB can
 * still rewrite log and head together: the anchor outside it (anchor.ts) is what catches that.
 */
import { sha256Hex } from '@/domain/evidence/hash'

export const GENESIS_HASH = '0'.repeat(64)

export type AuditAction =
  | 'create'
  | 'update'
  | 'delete'
  | 'status' // e.g. 迁出/死亡: a change of state recorded as its own kind
  | 'reveal' // 查看完整证件号码/电话: a deliberate, audited act
  | 'import'
  | 'export'
  | 'seed'
  | 'setup'

export interface AuditEntry {
  /** 1, 2, 3… without gaps */
  seq: number
  /** ULID of the entry */
  id: string
  /** ISO 8601 instant */
  at: string
  /** who: the secretary's name as set in 设置 */
  actor: string
  action: AuditAction
  /** what: table (record kind) and record id */
  table: string
  recordId: string
  /** a short Chinese description for people reading the log */
  summary: string
  /** hash of the record before/after the change (null when there was none) */
  beforeHash: string | null
  afterHash: string | null
  /**
   * For one act that creates many records (an import): each record and the hash of what was
   * written. Part of the sealed entry, so every imported record is covered by the chain without
   * thousands of separate entries (a 10,000-row import stays one write).
   */
  items?: AuditItem[]
  prevHash: string
  hash: string
}

export interface AuditItem {
  table: string
  recordId: string
  /** the record as written; null: the act deleted it (the record must then be gone) */
  afterHash: string | null
}

export type UnsealedEntry = Omit<AuditEntry, 'hash' | 'prevHash' | 'seq'>

export interface AuditHead {
  seq: number
  hash: string
}

export function sealEntry(entry: UnsealedEntry, previous: AuditHead | undefined): AuditEntry {
  const seq = (previous?.seq ?? 0) + 1
  const prevHash = previous?.hash ?? GENESIS_HASH
  const withoutHash = { ...entry, seq, prevHash }
  return { ...withoutHash, hash: sha256Hex(withoutHash) }
}

export type ChainProblem =
  | { kind: 'altered'; seq: number }
  | { kind: 'gap'; expectedSeq: number; foundSeq: number }
  | { kind: 'broken-link'; seq: number }
  | { kind: 'head-mismatch'; expected: AuditHead; found: AuditHead | undefined }
  /** entries but no stored head: the head was deleted (e.g. to hide a cut-off tail) */
  | { kind: 'missing-head'; last: AuditHead }

export interface ChainReport {
  ok: boolean
  checked: number
  problems: ChainProblem[]
}

/**
 * Entries must be given in seq order (as the log stores them). `head` is the stored head, if any:
 * none with a non-empty log is reported as 'missing-head' (an empty log needs none).
 */
export function verifyAuditChain(entries: readonly AuditEntry[], head?: AuditHead): ChainReport {
  const problems: ChainProblem[] = []
  let previous: AuditEntry | undefined
  entries.forEach((entry, index) => {
    const expectedSeq = index + 1
    if (entry.seq !== expectedSeq) problems.push({ kind: 'gap', expectedSeq, foundSeq: entry.seq })
    const { hash, ...rest } = entry
    if (sha256Hex(rest) !== hash) problems.push({ kind: 'altered', seq: entry.seq })
    const expectedPrev = previous ? previous.hash : GENESIS_HASH
    if (entry.prevHash !== expectedPrev) problems.push({ kind: 'broken-link', seq: entry.seq })
    previous = entry
  })
  if (head) {
    const last = entries.at(-1)
    const found = last ? { seq: last.seq, hash: last.hash } : undefined
    if (!found || found.seq !== head.seq || found.hash !== head.hash) problems.push({ kind: 'head-mismatch', expected: head, found })
  } else {
    const last = entries.at(-1)
    if (last) problems.push({ kind: 'missing-head', last: { seq: last.seq, hash: last.hash } })
  }
  return { ok: problems.length === 0, checked: entries.length, problems }
}

export function describeChainProblem(problem: ChainProblem): string {
  switch (problem.kind) {
    case 'altered':
      return `第 ${problem.seq} 条记录的内容与其防篡改校验码不符（可能被修改）`
    case 'gap':
      return `记录序号不连续：应为第 ${problem.expectedSeq} 条，实为第 ${problem.foundSeq} 条（可能有记录被删除或调换）`
    case 'broken-link':
      return `第 ${problem.seq} 条记录与上一条的链接断开（可能有记录被删除、插入或调换）`
    case 'head-mismatch':
      return `日志末尾与保存的链头不符：应到第 ${problem.expected.seq} 条（可能末尾记录被删除）`
    case 'missing-head':
      return `日志有 ${problem.last.seq} 条记录，却没有保存的链头（链头被删除，可能是为了掩盖末尾记录被删除或追加）`
  }
}
