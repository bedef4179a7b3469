import { describe, expect, it } from 'vitest'
import type { AuditAnchorHead } from '@/shell/types'
import { generateSampleVillage } from '@/sample/generateVillage'
import { loadSampleVillage } from '../sample/loadSampleVillage'
import { changePhone } from '../people/changeVillager'
import { revealIdNumber } from '../people/revealNumber'
import { useTestContexts } from '../testContext'
import { auditHistoryOf, readAuditLog, verifyAuditLog } from './auditLog'

const context = useTestContexts('app-audit')

describe('the audit log as 设置 and the villager drawer read it', () => {
  it('pages newest first, gives one record’s history newest first, and verifies the chain', async () => {
    const ctx = context()
    await loadSampleVillage(ctx, 'small')
    const [a, b] = generateSampleVillage('small').villagers
    await revealIdNumber(ctx, a!, '核对')
    await changePhone(ctx, b!, '13900139000')
    await revealIdNumber(ctx, b!, '办事')
    const first = await readAuditLog(ctx, { offset: 0, limit: 2 })
    expect(first.total).toBe(4)
    expect(first.entries.map((e) => e.seq)).toEqual([4, 3])
    expect((await readAuditLog(ctx, { offset: 2, limit: 2 })).entries.map((e) => e.seq)).toEqual([2, 1])
    expect((await auditHistoryOf(ctx, 'villagers', b!.id)).map((e) => e.action)).toEqual(['reveal', 'update'])
    expect(await verifyAuditLog(ctx)).toMatchObject({ ok: true, checked: 4, problems: [], warnings: [], notes: [], recordsChecked: 263 })
  })

  it('names a cut-off tail in Chinese', async () => {
    const ctx = context()
    await loadSampleVillage(ctx, 'small')
    await revealIdNumber(ctx, generateSampleVillage('small').villagers[0]!, '')
    await ctx.db.auditLog.delete(2)
    const report = await verifyAuditLog(ctx)
    expect(report.ok).toBe(false)
    expect(report.problems).toEqual(['日志末尾与保存的链头不符：应到第 2 条（可能末尾记录被删除）'])
  })
})

describe('verifyAuditLog against the heads kept elsewhere', () => {
  const anchorAt = (head: AuditAnchorHead | null) => ({
    read: () =>
      Promise.resolve(
        head ? { state: 'ok' as const, anchor: { ...head, writtenAt: '2026-03-01T02:00:00.000Z' } } : { state: 'none' as const },
      ),
  })

  it('compares with the newest backup’s head when one is given', async () => {
    const ctx = context()
    await loadSampleVillage(ctx, 'small')
    const first = (await ctx.db.auditLog.get(1))!
    await revealIdNumber(ctx, generateSampleVillage('small').villagers[0]!, '')
    const anchor = anchorAt({ seq: 2, hash: (await ctx.db.auditLog.get(2))!.hash })
    const matched = await verifyAuditLog(ctx, { anchor, backupHead: { seq: 1, hash: first.hash, createdAt: '2026-03-01T02:00:00.000Z' } })
    expect(matched).toMatchObject({
      ok: true,
      anchor: 'matched',
      notes: ['日志与最新备份（2026年3月1日 10:00:00 的备份）记下的链头一致（第 1 条）。'],
    })
    const ahead = await verifyAuditLog(ctx, { anchor, backupHead: { seq: 3, hash: 'a'.repeat(64) } })
    expect(ahead.ok).toBe(false)
    expect(ahead.problems).toEqual([
      '最新备份中的日志记到第 3 条，数据库中的日志却只到第 2 条：有记录不见了（可能被人删除后重新计算了整条链）。',
    ])
  })

  it('says when the anchor is missing, behind after a crash, or shows a rewrite', async () => {
    const ctx = context()
    await loadSampleVillage(ctx, 'small')
    const first = (await ctx.db.auditLog.get(1))!
    expect(await verifyAuditLog(ctx, { anchor: anchorAt(null) })).toMatchObject({
      ok: true,
      anchor: 'missing',
      warnings: [expect.stringContaining('没有找到数据库以外保存的链头文件')],
    })
    await revealIdNumber(ctx, generateSampleVillage('small').villagers[0]!, '')
    // the crash case: unit 2 committed, its anchor write never happened
    const crashed = await verifyAuditLog(ctx, { anchor: anchorAt({ seq: 1, hash: first.hash }) })
    expect(crashed).toMatchObject({ ok: true, anchor: 'behind', problems: [] })
    expect(crashed.warnings[0]).toContain('意外退出')
    const rewritten = await verifyAuditLog(ctx, { anchor: anchorAt({ seq: 1, hash: 'd'.repeat(64) }) })
    expect(rewritten).toMatchObject({ ok: false, anchor: 'differs' })
  })

  it('checks the large village (10,000 villagers) record by record; the time is reported, not asserted', async () => {
    const ctx = context()
    await loadSampleVillage(ctx, 'large')
    const started = performance.now()
    const report = await verifyAuditLog(ctx)
    const ms = Math.round(performance.now() - started)
    console.warn(`verifyAuditLog on the large village: ${ms} ms for ${report.recordsChecked} records and ${report.checked} entries`)
    expect(report).toMatchObject({ ok: true, problems: [], warnings: [] })
    // every record the sample wrote: the registry, ten years of matters, meetings, notices and cases, the compact
    const tables = ['villagers', 'households', 'grids', 'matters', 'meetings', 'notices', 'cases', 'compacts'] as const
    const counts = await Promise.all(tables.map((t) => ctx.db.table(t).count()))
    const audited = counts.reduce((a, b) => a + b, 0)
    // and the settings rows the load wrote through the unit of work (the benefit list), not the audit head
    expect(report.recordsChecked - audited).toBe(1)
    await ctx.db.villagers.update(generateSampleVillage('large').villagers[9_999]!.id, { phone: '13000000000' })
    expect((await verifyAuditLog(ctx)).problems).toHaveLength(1)
  }, 180_000)
})
