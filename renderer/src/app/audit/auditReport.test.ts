import { describe, expect, it } from 'vitest'
import { generateSampleVillage } from '@/sample/generateVillage'
import { buildAuditReportDoc } from '@/print/audit/auditReport'
import { pdfPageCount, pdfText, saveSample } from '@/print/pdf-test-utils.node'
import { renderPdfInNode } from '@/print/render.node'
import { groupCheckCode } from '@/help/checkCode'
import { changePhone } from '../people/changeVillager'
import { revealIdNumber } from '../people/revealNumber'
import { loadSampleVillage } from '../sample/loadSampleVillage'
import { testVillageProfile, useTestContexts } from '../testContext'
import { auditReportInput } from './auditReport'

const context = useTestContexts('app-audit-report')
const flat = (s: string) => s.replace(/[\s\u3000]+/g, '')

/** Three acts on three Beijing days: 3月1日 10:00, 3月2日 07:59 (UTC 23:59 of 3月1日), 3月3日. */
async function threeDays() {
  const ctx = context('2026-03-01T02:00:00.000Z')
  await loadSampleVillage(ctx, 'small')
  const [a, b] = generateSampleVillage('small').villagers
  ctx.clock.set('2026-03-01T23:59:00.000Z')
  await revealIdNumber(ctx, a!, '核对身份')
  ctx.clock.set('2026-03-03T01:00:00.000Z')
  await changePhone(ctx, b!, '13900139000')
  return ctx
}

describe('操作日志报告', () => {
  it('lists the entries of a period by their Beijing date, and checks the whole log', async () => {
    const ctx = await threeDays()
    const day2 = await auditReportInput(ctx, { from: '2026-03-02', to: '2026-03-02' })
    // 23:59 UTC on 3月1日 is 07:59 on 3月2日 in Beijing: it belongs to 3月2日.
    expect(day2.entries.map((e) => e.action)).toEqual(['reveal'])
    expect(day2.verification).toMatchObject({ ok: true, checked: 3 })
    expect(day2.head).toMatchObject({ seq: 3 })
    expect((await auditReportInput(ctx)).entries.map((e) => e.seq)).toEqual([1, 2, 3])
    expect((await auditReportInput(ctx, { from: '2026-03-04', to: '2026-03-31' })).entries).toEqual([])
  })

  it('prints the check, the chain head as a grouped 防篡改校验码, and Beijing times; read back with pdftotext', async () => {
    const ctx = await threeDays()
    const input = await auditReportInput(ctx)
    const pdf = await renderPdfInNode(buildAuditReportDoc(input, testVillageProfile))
    saveSample('audit-report', pdf, pdfPageCount(pdf))
    const text = flat(pdfText(pdf))
    expect(text).toContain('宅子村操作日志报告')
    expect(text).toContain('完整性检查：全部3条记录首尾相连、未发现改动。')
    expect(text).toContain(flat(`防篡改校验码${groupCheckCode(input.head!.hash)}`))
    expect(text).toContain('2026年3月2日07:59:00')
    expect(text).toContain('查看完整号码')
    expect(text).not.toContain('villagers')
  })

  it('says on paper when the log was changed behind the app’s back', async () => {
    const ctx = await threeDays()
    await ctx.db.auditLog.update(2, { summary: '无事发生' })
    const input = await auditReportInput(ctx)
    expect(input.verification.ok).toBe(false)
    const text = flat(pdfText(await renderPdfInNode(buildAuditReportDoc(input, testVillageProfile))))
    expect(text).toMatch(/完整性检查：发现\d+处问题，日志可能被改动：第2条记录的内容与其防篡改校验码不符/)
  })
})
