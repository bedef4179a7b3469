/**
 * The audit chain's anchor outside IndexedDB: `<userData>/audit-anchor.json` holds the last head the
 * app wrote (seq + hash). The renderer compares it with the log's own head; a log cut short or
 * rewritten together with its head in IndexedDB then no longer matches. Electron-free (the path is
 * passed in), written atomically (temporary file + rename), validated again when read.
 */
import { randomUUID } from 'node:crypto'
import { readFile, rename, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import type { AuditAnchorHead, AuditAnchorRead, AuditAnchorRecord } from '../../contract'
import { describeFsError, isErrno } from './folder'

export const AUDIT_ANCHOR_FILE = 'audit-anchor.json'
const FORMAT = 'xiangyue-audit-anchor'
const MAX_ANCHOR_BYTES = 64 * 1024

export const auditAnchorHeadSchema = z.strictObject({
  seq: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  hash: z.string().regex(/^[0-9a-f]{64}$/, { message: '链头哈希应为 64 位小写十六进制' }),
})

const fileSchema = z.strictObject({
  format: z.literal(FORMAT),
  seq: auditAnchorHeadSchema.shape.seq,
  hash: auditAnchorHeadSchema.shape.hash,
  writtenAt: z.iso.datetime(),
})

export class AuditAnchorFile {
  readonly file: string

  constructor(
    directory: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.file = path.join(directory, AUDIT_ANCHOR_FILE)
  }

  async write(head: AuditAnchorHead): Promise<AuditAnchorRecord> {
    const record: AuditAnchorRecord = { seq: head.seq, hash: head.hash, writtenAt: this.now().toISOString() }
    const partial = `${this.file}.${randomUUID()}.partial`
    try {
      await writeFile(partial, `${JSON.stringify({ format: FORMAT, ...record }, null, 2)}\n`, { flag: 'wx', mode: 0o600 })
      await rename(partial, this.file)
    } catch (error) {
      await unlink(partial).catch(() => {})
      throw new Error(`无法写入操作日志链头文件：${describeFsError(error)}`, { cause: error })
    }
    return record
  }

  async read(): Promise<AuditAnchorRead> {
    let text: string
    try {
      const bytes = await readFile(this.file)
      if (bytes.byteLength > MAX_ANCHOR_BYTES) return { state: 'unreadable', reason: '链头文件过大，内容不可信' }
      text = bytes.toString('utf8')
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return { state: 'none' }
      return { state: 'unreadable', reason: `无法读取链头文件：${describeFsError(error)}` }
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      return { state: 'unreadable', reason: '链头文件不是有效的 JSON（可能被改动或损坏）' }
    }
    const parsed = fileSchema.safeParse(json)
    if (!parsed.success) return { state: 'unreadable', reason: '链头文件的内容不符合格式（可能被改动或损坏）' }
    const { seq, hash, writtenAt } = parsed.data
    return { state: 'ok', anchor: { seq, hash, writtenAt } }
  }
}
