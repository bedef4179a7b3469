import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { loadSampleVillage } from '../sample/loadSampleVillage'
import { useTestContexts } from '../testContext'
import { exportRoster } from './exportRoster'
import { loadPeople } from './loadPeople'

const context = useTestContexts('app-people-export')

async function sheetText(bytes: Uint8Array): Promise<string> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  const lines: string[] = []
  wb.worksheets[0]!.eachRow((row) =>
    lines.push(
      (row.values as unknown[])
        .filter(Boolean)
        .map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v)))
        .join('|'),
    ),
  )
  return lines.join('\n')
}

describe('exportRoster', () => {
  it('stamps 导出时间 and the file name in Beijing time: 16:26 UTC on 1 Dec is 00:26 on 2 Dec', async () => {
    const ctx = context('2026-12-01T16:26:00.000Z')
    await loadSampleVillage(ctx, 'small')
    const people = await loadPeople(ctx)
    let file: Uint8Array | undefined
    const result = await exportRoster(ctx, people, { reveal: false, villageName: '宅子村' }, async (bytes) => {
      file = bytes
      return { saved: true }
    })
    expect(result).toEqual({ saved: true, fileName: '宅子村村民花名册-2026-12-02.xlsx', count: 200 })
    const text = await sheetText(file!)
    expect(text).toContain('导出时间：2026年12月2日 00:26（北京时间）')
    expect(text).not.toContain(people.villagers[0]!.idNumber)
    const last = (await ctx.db.auditLog.orderBy('seq').last())!
    expect(last).toMatchObject({ action: 'export', recordId: 'roster' })
    expect(last.summary).toBe('导出花名册“宅子村村民花名册-2026-12-02.xlsx”，200 人，号码已遮蔽')
  })

  it('records full numbers going out as a reveal, and nothing when the save was cancelled', async () => {
    const ctx = context()
    await loadSampleVillage(ctx, 'small')
    const people = await loadPeople(ctx)
    const entries = await ctx.db.auditLog.count()
    const cancelled = await exportRoster(ctx, people, { reveal: true, villageName: '宅子村' }, async () => ({ saved: false }))
    expect(cancelled.saved).toBe(false)
    expect(await ctx.db.auditLog.count()).toBe(entries)
    await exportRoster(ctx, people, { reveal: true, villageName: '宅子村' }, async () => ({ saved: true }))
    const last = (await ctx.db.auditLog.orderBy('seq').last())!
    expect(last.action).toBe('reveal')
    expect(last.summary).toContain('含完整身份证号和电话（经确认）')
  })
})
