import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { verifyStoredAuditChain } from '@/db/audit/log'
import type { AuditEntry } from '@/db/audit/chain'
import { loadSampleVillage } from '../sample/loadSampleVillage'
import { snapshotOf, useTestContexts } from '../testContext'
import type { AppContext } from '../context'
import { ExportPurposeError, exportRoster, PURPOSE_MAX_LENGTH, type BuildRosterFile, type SaveFile } from './exportRoster'
import { loadPeople } from './loadPeople'

const context = useTestContexts('app-people-export')
const PURPOSE = '报乡镇民政办核对低保名单'

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

/** The audit entries written after `since` (the sample village's own entries come first). */
async function entriesAfter(ctx: AppContext, since: number): Promise<AuditEntry[]> {
  return ctx.db.auditLog.where('seq').above(since).sortBy('seq')
}

async function village(instant?: string) {
  const ctx = context(instant)
  await loadSampleVillage(ctx, 'small')
  const people = await loadPeople(ctx)
  const since = (await ctx.db.auditLog.orderBy('seq').last())?.seq ?? 0
  return { ctx, people, since }
}

const tinyFile: BuildRosterFile = async () => new Uint8Array([1, 2, 3])
const savedOk: SaveFile = async () => ({ saved: true })

describe('exportRoster: masked', () => {
  it('stamps 导出时间 and the file name in Beijing time: 16:26 UTC on 1 Dec is 00:26 on 2 Dec', async () => {
    const { ctx, people, since } = await village('2026-12-01T16:26:00.000Z')
    let file: Uint8Array | undefined
    const result = await exportRoster(ctx, people, { reveal: false, villageName: '宅子村' }, async (bytes) => {
      file = bytes
      return { saved: true }
    })
    expect(result).toEqual({ saved: true, fileName: '宅子村村民花名册-2026-12-02.xlsx', count: 200 })
    const text = await sheetText(file!)
    expect(text).toContain('导出时间：2026年12月2日 00:26（北京时间）')
    expect(text).not.toContain(people.villagers[0]!.idNumber)
    const [first, second, ...rest] = await entriesAfter(ctx, since)
    expect(rest).toEqual([])
    expect(first).toMatchObject({ action: 'export', recordId: 'roster', actor: '李秀英', at: '2026-12-01T16:26:00.000Z' })
    expect(first!.summary).toBe('导出花名册“宅子村村民花名册-2026-12-02.xlsx”，200 人，号码已遮蔽')
    expect(second).toMatchObject({ action: 'export', recordId: 'roster' })
    expect(second!.summary).toBe('导出花名册“宅子村村民花名册-2026-12-02.xlsx”的结果：已保存')
  })

  it('needs no purpose, and a cancelled save is logged as cancelled', async () => {
    const { ctx, people, since } = await village()
    const result = await exportRoster(ctx, people, { reveal: false, villageName: '宅子村' }, async () => ({ saved: false }), tinyFile)
    expect(result.saved).toBe(false)
    const entries = await entriesAfter(ctx, since)
    expect(entries.map((e) => e.summary)).toEqual([
      '导出花名册“宅子村村民花名册-2026-03-01.xlsx”，200 人，号码已遮蔽',
      '导出花名册“宅子村村民花名册-2026-03-01.xlsx”的结果：已取消，文件未保存',
    ])
  })
})

describe('exportRoster: full numbers', () => {
  it('is refused without a purpose: blank, spaces only, or one character over the limit; nothing is built, saved or written', async () => {
    const { ctx, people } = await village()
    const before = await snapshotOf(ctx)
    let built = 0
    let saves = 0
    const build: BuildRosterFile = async () => {
      built++
      return new Uint8Array()
    }
    const save: SaveFile = async () => {
      saves++
      return { saved: true }
    }
    for (const purpose of [undefined, '', '   \n', 'x'.repeat(PURPOSE_MAX_LENGTH + 1)]) {
      const refused = exportRoster(ctx, people, { reveal: true, villageName: '宅子村', purpose }, save, build)
      await expect(refused).rejects.toBeInstanceOf(ExportPurposeError)
      await expect(refused).rejects.toMatchObject({ field: 'purpose' })
    }
    await expect(exportRoster(ctx, people, { reveal: true, villageName: '宅子村' }, save, build)).rejects.toThrow('请填写导出用途')
    expect(built).toBe(0)
    expect(saves).toBe(0)
    expect(await snapshotOf(ctx)).toEqual(before)
  })

  it('takes a purpose of exactly the limit, trimmed', async () => {
    const { ctx, people, since } = await village()
    const purpose = '核'.repeat(PURPOSE_MAX_LENGTH)
    await exportRoster(ctx, people, { reveal: true, villageName: '宅子村', purpose: `  ${purpose}  ` }, savedOk, tinyFile)
    const [first] = await entriesAfter(ctx, since)
    expect(first!.summary.endsWith(`用途：${purpose}`)).toBe(true)
  })

  it('writes who, when, purpose, how many and “full numbers” before the file is built, then the outcome', async () => {
    const { ctx, people, since } = await village('2026-06-15T01:30:00.000Z')
    let seenWhileBuilding: AuditEntry[] = []
    let file: Uint8Array | undefined
    const build: BuildRosterFile = async () => {
      seenWhileBuilding = await entriesAfter(ctx, since)
      ctx.clock.set('2026-06-15T01:30:05.000Z') // building and the save dialog take a while
      return new Uint8Array([7])
    }
    const result = await exportRoster(
      ctx,
      people,
      { reveal: true, villageName: '宅子村', purpose: ` ${PURPOSE} ` },
      async (bytes, name) => {
        file = bytes
        expect(name).toBe('宅子村村民花名册（含完整号码）-2026-06-15.xlsx')
        return { saved: true }
      },
      build,
    )
    expect(result).toEqual({ saved: true, fileName: '宅子村村民花名册（含完整号码）-2026-06-15.xlsx', count: 200 })
    expect(file).toEqual(new Uint8Array([7]))
    expect(seenWhileBuilding).toHaveLength(1)
    const [first, second, ...rest] = await entriesAfter(ctx, since)
    expect(rest).toEqual([])
    expect(first).toEqual(seenWhileBuilding[0])
    expect(first).toMatchObject({
      action: 'reveal',
      table: 'villagers',
      recordId: 'roster',
      actor: '李秀英',
      at: '2026-06-15T01:30:00.000Z',
    })
    expect(first!.summary).toBe(
      `导出花名册“宅子村村民花名册（含完整号码）-2026-06-15.xlsx”，200 人，含完整身份证号和电话（经确认），用途：${PURPOSE}`,
    )
    expect(second).toMatchObject({ action: 'export', at: '2026-06-15T01:30:05.000Z' })
    expect(second!.summary).toBe('导出花名册“宅子村村民花名册（含完整号码）-2026-06-15.xlsx”的结果：已保存')
    expect((await verifyStoredAuditChain(ctx.db)).ok).toBe(true)
  })

  it('keeps the first entry when building fails, and logs the failure with its reason', async () => {
    const { ctx, people, since } = await village()
    let saves = 0
    const failing: BuildRosterFile = async () => {
      throw new Error('花名册处理组件超时')
    }
    const save: SaveFile = async () => {
      saves++
      return { saved: true }
    }
    await expect(exportRoster(ctx, people, { reveal: true, villageName: '宅子村', purpose: PURPOSE }, save, failing)).rejects.toThrow(
      '花名册处理组件超时',
    )
    expect(saves).toBe(0)
    const entries = await entriesAfter(ctx, since)
    expect(entries.map((e) => [e.action, e.summary])).toEqual([
      ['reveal', `导出花名册“宅子村村民花名册（含完整号码）-2026-03-01.xlsx”，200 人，含完整身份证号和电话（经确认），用途：${PURPOSE}`],
      ['export', '导出花名册“宅子村村民花名册（含完整号码）-2026-03-01.xlsx”的结果：失败，花名册处理组件超时'],
    ])
  })

  it('keeps the first entry when saving fails, and logs the failure', async () => {
    const { ctx, people, since } = await village()
    const failing: SaveFile = async () => {
      throw new Error('磁盘已满')
    }
    await expect(exportRoster(ctx, people, { reveal: true, villageName: '宅子村', purpose: PURPOSE }, failing, tinyFile)).rejects.toThrow(
      '磁盘已满',
    )
    const entries = await entriesAfter(ctx, since)
    expect(entries).toHaveLength(2)
    expect(entries[0]!.action).toBe('reveal')
    expect(entries[1]!.summary).toBe('导出花名册“宅子村村民花名册（含完整号码）-2026-03-01.xlsx”的结果：失败，磁盘已满')
  })

  it('logs a cancelled save as cancelled, after the first entry', async () => {
    const { ctx, people, since } = await village()
    const result = await exportRoster(
      ctx,
      people,
      { reveal: true, villageName: '宅子村', purpose: PURPOSE },
      async () => ({ saved: false }),
      tinyFile,
    )
    expect(result.saved).toBe(false)
    const entries = await entriesAfter(ctx, since)
    expect(entries.map((e) => e.action)).toEqual(['reveal', 'export'])
    expect(entries[1]!.summary).toBe('导出花名册“宅子村村民花名册（含完整号码）-2026-03-01.xlsx”的结果：已取消，文件未保存')
  })

  it('puts every full ID in the real file once the first entry is written', async () => {
    const { ctx, people, since } = await village()
    let file: Uint8Array | undefined
    await exportRoster(ctx, people, { reveal: true, villageName: '宅子村', purpose: PURPOSE }, async (bytes) => {
      file = bytes
      return { saved: true }
    })
    expect(await sheetText(file!)).toContain(people.villagers[0]!.idNumber)
    expect(await entriesAfter(ctx, since)).toHaveLength(2)
  })

  it('says the file was saved when only the outcome entry could not be written', async () => {
    const { ctx, people, since } = await village()
    const save: SaveFile = async () => {
      // the database goes away between the save and the outcome entry
      ctx.db.close()
      return { saved: true }
    }
    await expect(exportRoster(ctx, people, { reveal: true, villageName: '宅子村', purpose: PURPOSE }, save, tinyFile)).rejects.toThrow(
      '文件已保存，但导出结果未能记入操作日志',
    )
    await ctx.db.open()
    const entries = await entriesAfter(ctx, since)
    expect(entries.map((e) => e.action)).toEqual(['reveal'])
  })
})
