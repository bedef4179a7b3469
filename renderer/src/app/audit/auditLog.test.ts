import { describe, expect, it } from 'vitest'
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
    expect(await verifyAuditLog(ctx)).toEqual({ ok: true, checked: 4, problems: [] })
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
