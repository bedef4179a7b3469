import { describe, expect, it, vi } from 'vitest'
import { fixedClock } from '@/domain/calendar/clock'
import { generateSampleVillage } from '@/sample/generateVillage'
import { useFreshDatabases } from '../testDb'
import { audited, type AuditAnchorWriter, type UnitContext } from '../unitOfWork'
import { compareWithAnchor, compareWithBackupHead, NO_ANCHOR_IN_BROWSER } from './anchor'
import { sealEntry, type AuditEntry, type AuditHead, type UnsealedEntry } from './chain'

const freshDb = useFreshDatabases('audit-anchor')

function unsealed(n: number, at: string): UnsealedEntry {
  return {
    id: `01J${String(n).padStart(23, '0')}`,
    at,
    actor: '李秀英',
    action: 'reveal',
    table: 'villagers',
    recordId: `v${n}`,
    summary: `查看村民 ${n} 的完整身份证号`,
    beforeHash: null,
    afterHash: null,
  }
}

/** `units[i]` entries share one instant, as one appendAuditBatch writes them. */
function chainOf(units: number[]): AuditEntry[] {
  const out: AuditEntry[] = []
  units.forEach((size, unit) => {
    for (let i = 0; i < size; i++) {
      const last = out.at(-1)
      out.push(
        sealEntry(
          unsealed(out.length + 1, new Date(Date.UTC(2026, 2, 1, 2, unit)).toISOString()),
          last && { seq: last.seq, hash: last.hash },
        ),
      )
    }
  })
  return out
}
const headAt = (entries: AuditEntry[], seq: number): AuditHead => ({ seq, hash: entries[seq - 1]!.hash })
const ok = (anchor: AuditHead) => ({ state: 'ok' as const, anchor })
const codes = (findings: { level: string; code: string }[]) => findings.map((f) => `${f.level}:${f.code}`)

describe('compareWithAnchor', () => {
  const entries = chainOf([1, 1, 3]) // seq 1 | 2 | 3 4 5

  it('accepts an anchor at the log’s head, and an empty log with none', () => {
    expect(compareWithAnchor(entries, ok(headAt(entries, 5)))).toEqual([])
    expect(compareWithAnchor([], { state: 'none' })).toEqual([])
    expect(compareWithAnchor([], ok({ seq: 0, hash: '0'.repeat(64) }))).toEqual([])
  })

  it('an anchor ahead of the log: entries deleted (and resealed), tampering — one past the end is enough', () => {
    const shorter = entries.slice(0, 4)
    expect(codes(compareWithAnchor(shorter, ok(headAt(entries, 5))))).toEqual(['error:anchor-ahead'])
    expect(compareWithAnchor(shorter, ok(headAt(entries, 5)))[0]!.message).toContain(
      '记到第 5 条，数据库中的日志却只到第 4 条：有 1 条记录不见了',
    )
    expect(codes(compareWithAnchor([], ok(headAt(entries, 1))))).toEqual(['error:anchor-ahead'])
  })

  it('the anchor’s entry differs in hash: the log was rewritten, tampering', () => {
    expect(codes(compareWithAnchor(entries, ok({ seq: 5, hash: 'a'.repeat(64) })))).toEqual(['error:anchor-mismatch'])
    expect(codes(compareWithAnchor(entries, ok({ seq: 3, hash: entries[3]!.hash })))).toEqual(['error:anchor-mismatch'])
  })

  it('one unit behind (a crash between commit and anchor write) is a warning naming the entries; two units behind is an error', () => {
    // the last unit wrote seq 3–5 at one instant; the anchor at 2 is exactly one unit behind
    const behind = compareWithAnchor(entries, ok(headAt(entries, 2)))
    expect(codes(behind)).toEqual(['warning:anchor-behind'])
    expect(behind[0]!.message).toContain('第 3 条（2026年3月1日 10:02:00，李秀英：查看村民 3 的完整身份证号）')
    expect(behind[0]!.message).toContain('请核对')
    // part of the last unit is anchored (cannot happen honestly, but it is still one unit's entries)
    expect(codes(compareWithAnchor(entries, ok(headAt(entries, 4))))).toEqual(['warning:anchor-behind'])
    expect(codes(compareWithAnchor(entries, ok(headAt(entries, 1))))).toEqual(['error:anchor-behind-many'])
  })

  it('no anchor file: a warning when there is a log to check, nothing for an empty one; an unreadable file is an error', () => {
    expect(codes(compareWithAnchor(entries, { state: 'none' }))).toEqual(['warning:anchor-missing'])
    expect(codes(compareWithAnchor(entries, { state: 'unreadable', reason: '不是有效的 JSON' }))).toEqual(['error:anchor-unreadable'])
  })

  it('in a browser, says plainly what cannot be ruled out', () => {
    const [note] = compareWithAnchor(entries, { state: 'unavailable', reason: '…' })
    expect(note).toEqual({ level: 'info', code: 'anchor-unavailable', message: NO_ANCHOR_IN_BROWSER })
    expect(NO_ANCHOR_IN_BROWSER).toMatch(/无法排除.*重写.*桌面版/)
  })
})

describe('compareWithBackupHead', () => {
  const entries = chainOf([1, 1, 1])

  it('agrees, is ahead, or differs; nothing without a backup head', () => {
    expect(compareWithBackupHead(entries, null)).toEqual([])
    expect(codes(compareWithBackupHead(entries, headAt(entries, 2)))).toEqual(['info:backup-matched'])
    expect(codes(compareWithBackupHead(entries.slice(0, 2), headAt(entries, 3)))).toEqual(['error:backup-ahead'])
    expect(codes(compareWithBackupHead(entries, { seq: 2, hash: 'b'.repeat(64) }))).toEqual(['error:backup-mismatch'])
  })

  it('a restore after that backup explains a head the log no longer has', () => {
    const last = entries.at(-1)!
    const restore = sealEntry(
      { ...unsealed(4, '2026-03-02T00:00:00.000Z'), action: 'import', table: 'backup', recordId: '2026-02-01T00:00:00.000Z' },
      { seq: last.seq, hash: last.hash },
    )
    const foreign = { seq: 9, hash: 'c'.repeat(64), createdAt: '2026-03-01T23:59:00.000Z' }
    expect(codes(compareWithBackupHead([...entries, restore], foreign))).toEqual(['info:backup-before-restore'])
    // a backup made after the restore must be found again
    expect(codes(compareWithBackupHead([...entries, restore], { ...foreign, createdAt: '2026-03-02T00:00:01.000Z' }))).toEqual([
      'error:backup-ahead',
    ])
  })
})

describe('the unit of work writes the anchor after each commit', () => {
  function recordingAnchor(fail = false): AuditAnchorWriter & { heads: AuditHead[] } {
    const heads: AuditHead[] = []
    return {
      available: true,
      heads,
      write: (head) => (fail ? Promise.reject(new Error('磁盘已满')) : Promise.resolve(void heads.push(head))),
    }
  }
  const ctxWith = (anchor: AuditAnchorWriter): UnitContext => ({
    db: freshDb(),
    actor: '李秀英',
    clock: fixedClock('2026-03-01T01:00:00.000Z'),
    anchor,
  })
  const household = generateSampleVillage('small').households[0]!

  it('writes the new head once per unit, after the records are in; nothing for a refused unit or one with no entry', async () => {
    const anchor = recordingAnchor()
    const ctx = ctxWith(anchor)
    await audited(ctx, ['households'], async (work) => {
      await work.add('households', household, { action: 'create', summary: '新建户' })
      work.record({ action: 'reveal', table: 'households', recordId: household.id, summary: '查看' })
      expect(anchor.heads).toEqual([]) // not before the commit
    })
    const last = (await ctx.db.auditLog.orderBy('seq').last())!
    expect(anchor.heads).toEqual([{ seq: 2, hash: last.hash }])
    await expect(
      audited(ctx, ['households'], async (work) => {
        work.record({ action: 'reveal', table: 'households', recordId: household.id, summary: '查看' })
        throw new Error('用例失败')
      }),
    ).rejects.toThrow('用例失败')
    await audited(ctx, [], () => Promise.resolve())
    expect(anchor.heads).toHaveLength(1)
  })

  it('a failed anchor write keeps the saved work (and says so on the console); the next unit writes it again', async () => {
    const failing = recordingAnchor(true)
    const ctx = ctxWith(failing)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    await audited(ctx, ['households'], (work) => work.add('households', household, { action: 'create', summary: '新建户' }))
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('链头未能写入'), expect.any(Error))
    warn.mockRestore()
    expect(await ctx.db.households.count()).toBe(1)
    const working = recordingAnchor()
    await audited({ ...ctx, anchor: working }, [], async (work) => {
      work.record({ action: 'reveal', table: 'households', recordId: household.id, summary: '查看' })
    })
    expect(working.heads.map((h) => h.seq)).toEqual([2])
  })

  it('heads go out in commit order even when a write is slow, and follow a restore back to a lower seq', async () => {
    const heads: number[] = []
    let calls = 0
    const slowFirst: AuditAnchorWriter = {
      available: true,
      write: (head) => new Promise((resolve) => setTimeout(() => resolve(void heads.push(head.seq)), calls++ === 0 ? 50 : 0)),
    }
    const ctx = ctxWith(slowFirst)
    const reveal = (work: Parameters<Parameters<typeof audited>[2]>[0]) =>
      Promise.resolve(work.record({ action: 'reveal', table: 'households', recordId: household.id, summary: '查看' }))
    await Promise.all([audited(ctx, [], reveal), audited(ctx, [], reveal)])
    expect(heads).toEqual([1, 2])
    // a restore replaced the log with an older, shorter one: the anchor must follow it down
    await ctx.db.auditLog.clear()
    await ctx.db.settings.delete('auditHead')
    await audited(ctx, [], reveal)
    expect(heads).toEqual([1, 2, 1])
  })

  it('a browser’s anchor (not available) is never written', async () => {
    let writes = 0
    const ctx = ctxWith({ available: false, write: () => Promise.resolve(void writes++) })
    await audited(ctx, ['households'], (work) => work.add('households', household, { action: 'create', summary: '新建户' }))
    expect(writes).toBe(0)
  })
})
