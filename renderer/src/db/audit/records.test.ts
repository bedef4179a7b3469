import { describe, expect, it } from 'vitest'
import { fixedClock } from '@/domain/calendar/clock'
import { sha256OfBytes } from '@/domain/evidence/hash'
import { generateSampleVillage } from '@/sample/generateVillage'
import type { NoticeFileRow } from '../rows'
import { useFreshDatabases } from '../testDb'
import { audited, type UnitContext } from '../unitOfWork'
import { checkRecordsAgainstLog } from './records'

const freshDb = useFreshDatabases('audit-records')
const noAnchor = { available: false, write: () => Promise.resolve(null) }
const ctxOf = (): UnitContext => ({ db: freshDb(), actor: '李秀英', clock: fixedClock('2026-03-01T01:00:00.000Z'), anchor: noAnchor })
const sample = generateSampleVillage('small')

async function check(ctx: UnitContext) {
  return checkRecordsAgainstLog(ctx.db, await ctx.db.auditLog.orderBy('seq').toArray())
}

describe('checkRecordsAgainstLog', () => {
  it('records written before any log are reported per table as never audited, without a crash', async () => {
    const ctx = ctxOf()
    await ctx.db.villagers.bulkAdd(sample.villagers.slice(0, 7))
    await ctx.db.settings.put({ key: 'auditHead', value: { seq: 0, hash: '0'.repeat(64) } })
    const { checked, findings } = await check(ctx)
    expect(checked).toBe(0)
    expect(findings).toHaveLength(1) // settings bookkeeping is not reported
    expect(findings[0]).toMatchObject({ level: 'warning', code: 'record-never-audited' })
    expect(findings[0]!.message).toContain('村民中有 7 条记录没有任何操作日志')
    expect(findings[0]!.message).toContain(`${sample.villagers[0]!.name}、`)
    expect(findings[0]!.message).toContain(' 等')
  })

  it('follows a record through create and update: only its last entry counts', async () => {
    const ctx = ctxOf()
    const h = { ...sample.households[0]!, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }
    await audited(ctx, ['households'], (work) => work.add('households', h, { action: 'create', summary: '新建户' }))
    await audited(ctx, ['households'], async (work) => {
      const current = await work.require('households', h.id, h.updatedAt)
      await work.put('households', { ...current, groupName: '第二村民小组' }, { action: 'update', summary: '修改户' })
      work.record({ action: 'reveal', table: 'households', recordId: h.id, summary: '查看（不改动记录）' })
    })
    expect(await check(ctx)).toEqual({ checked: 1, findings: [] })
    // put back the first version: it matches an entry, but not the last one
    await ctx.db.households.put(h)
    const { findings } = await check(ctx)
    expect(findings).toEqual([
      { level: 'error', code: 'record-changed', message: `户 ${h.householdNo} 的记录与操作日志不符（可能被直接改动）` },
    ])
  })

  it('checks a file’s metadata against its entry and its bytes against its SHA-256', async () => {
    const ctx = ctxOf()
    const bytes = new Uint8Array([37, 80, 68, 70, 1, 2, 3])
    const file: NoticeFileRow = {
      id: 'f1',
      noticeId: 'n1',
      kind: 'issued-pdf',
      name: '公示.pdf',
      mime: 'application/pdf',
      bytes,
      sha256: sha256OfBytes(bytes),
      createdAt: '2026-03-01T01:00:00.000Z',
    }
    await audited(ctx, ['noticeFiles'], (work) =>
      work.add('noticeFiles', file, { action: 'create', summary: '存档', after: { ...file, bytes: undefined } }),
    )
    expect(await check(ctx)).toEqual({ checked: 1, findings: [] })
    await ctx.db.noticeFiles.update('f1', { bytes: new Uint8Array([9, 9, 9]) })
    expect((await check(ctx)).findings.map((f) => f.message)).toEqual([
      '公示文件 公示.pdf 的文件内容与存档时的 SHA-256 不符（文件可能被替换）',
    ])
  })

  it('many changed rows: the first 50 named, the rest counted in one finding', async () => {
    const ctx = ctxOf()
    await audited(ctx, ['villagers'], (work) =>
      work.addMany([{ table: 'villagers', rows: sample.villagers.slice(0, 60) }], {
        action: 'import',
        table: 'villagers',
        recordId: 'import:x',
        summary: '导入',
      }),
    )
    await ctx.db.villagers.toCollection().modify((v) => void (v.phone = '13800000000'))
    const { checked, findings } = await check(ctx)
    expect(checked).toBe(60)
    expect(findings).toHaveLength(51)
    expect(findings.at(-1)!.message).toBe('另有 10 条记录与操作日志不符（共 60 条）')
  })
})
