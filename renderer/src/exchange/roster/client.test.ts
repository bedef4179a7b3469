import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { HouseholdRow, VillagerRow } from '@/db/rows'
import { computeCheckDigit } from '@/domain/people/idNumber'
import { exportRosterFile, importRosterFile, rosterTemplateFile, WORKER_TIME_LIMIT_MS, workerAvailable } from './client'
import { fakeWorkerHarness } from './fakeWorker.node'
import { RosterFileError, type RosterWorkerResponse } from './protocol'

const ID = (() => {
  const f = '41138119800101001'
  return f + computeCheckDigit(f)
})()
const STAMP = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }
const households: HouseholdRow[] = [
  { id: 'H1', householdNo: '0001', groupName: '一组', address: '一组', status: '在册', headId: 'V1', ...STAMP },
]
const villagers: VillagerRow[] = [
  {
    id: 'V1',
    householdId: 'H1',
    name: '王大山',
    idNumber: ID,
    relationToHead: '户主',
    phone: '13800138000',
    statusHistory: [{ status: '在册', from: '2020-01-01' }],
    roles: [],
    status: '在册',
    ...STAMP,
  },
]

async function sheetWith(rows: string[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Sheet1')
  ws.getRow(1).values = ['户号', '与户主关系', '姓名', '身份证号', '联系电话', '村民小组']
  rows.forEach((r, i) => (ws.getRow(2 + i).values = r))
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

describe('client without Web Workers (in-thread fallback)', () => {
  it('has no Worker under node', () => expect(workerAvailable()).toBe(false))

  it('imports with Map/Set existing data and reports progress', async () => {
    const bytes = await sheetWith([['0001', '户主', '王大山', ID, '', '一组']])
    const calls: number[][] = []
    const preview = await importRosterFile(
      bytes,
      { idNumbers: new Map([[ID, { name: '王某' }]]), householdNos: new Set() },
      '2026-01-01',
      (d, t) => calls.push([d, t]),
    )
    expect(preview.validation.badRows[0]?.problems).toEqual([
      '第2行 王大山 D列（身份证号）：此身份证号已登记为王某，表中姓名为王大山：姓名或号码有误，请核对后再导入',
    ])
    expect(calls.at(-1)).toEqual([1, 1])
  })

  it('passes known area codes through as a warning', async () => {
    const preview = await importRosterFile(
      await sheetWith([['0001', '户主', '王大山', ID, '', '一组']]),
      { idNumbers: new Map(), householdNos: new Set() },
      '2026-01-01',
      undefined,
      ['110105'],
    )
    expect(preview.validation.summary.good).toBe(1)
    expect(preview.validation.warnings[0]?.message).toContain('地址码411381')
  })

  it('rejects an unusable file with RosterFileError', async () => {
    await expect(
      importRosterFile(new Uint8Array([1, 2, 3]), { idNumbers: new Map(), householdNos: new Set() }, '2026-01-01'),
    ).rejects.toBeInstanceOf(RosterFileError)
  })

  it('builds the template and the (masked) export', async () => {
    expect((await rosterTemplateFile()).byteLength).toBeGreaterThan(1000)
    const exported = await exportRosterFile(households, villagers, { reveal: false, villageName: '张庄村', exportedAt: '2026-01-01T00:00' })
    const preview = await importRosterFile(exported, { idNumbers: new Map(), householdNos: new Set() }, '2026-01-01')
    expect(preview.validation.badRows[0]?.problems[0]).toContain('身份证号已被遮蔽')
  })
})

describe('client with a Web Worker', () => {
  const harness = fakeWorkerHarness()
  afterEach(() => vi.unstubAllGlobals())

  async function withWorker() {
    vi.stubGlobal('Worker', harness.WorkerClass)
    vi.stubGlobal('self', harness.scope)
    await import('./roster.worker')
  }

  it('runs the import in a module worker, relays progress, and ends the worker', async () => {
    await withWorker()
    const bytes = await sheetWith([['0001', '户主', '王大山', ID, '', '一组']])
    const calls: number[][] = []
    const preview = await importRosterFile(bytes, { idNumbers: new Map(), householdNos: new Set(['0009']) }, '2026-01-01', (d, t) =>
      calls.push([d, t]),
    )
    expect(preview.validation.summary.good).toBe(1)
    expect(calls.at(-1)).toEqual([1, 1])
    const job = harness.created.at(-1)!
    expect(job.url).toMatch(/roster\.worker\.ts$/)
    expect(job.options).toMatchObject({ type: 'module' })
    expect(job.terminated).toBe(true)
    // a copy was transferred: the caller's bytes are still whole
    expect(bytes.byteLength).toBeGreaterThan(0)
  })

  it('turns a worker file error back into RosterFileError', async () => {
    await withWorker()
    const err = await importRosterFile(new Uint8Array([1, 2, 3]), { idNumbers: new Map(), householdNos: new Set() }, '2026-01-01').catch(
      (e: unknown) => e,
    )
    expect(err).toBeInstanceOf(RosterFileError)
    expect(harness.created.at(-1)!.terminated).toBe(true)
  })

  it('builds the template and the revealed export in the worker', async () => {
    await withWorker()
    const template = await rosterTemplateFile()
    expect([template[0], template[1]]).toEqual([0x50, 0x4b])
    const exported = await exportRosterFile(households, villagers, { reveal: true, villageName: '张庄村', exportedAt: '2026-01-01T00:00' })
    const preview = await importRosterFile(exported, { idNumbers: new Map(), householdNos: new Set() }, '2026-01-01')
    expect(preview.validation.goodRows.map((g) => [g.name, g.idNumber, g.phone])).toEqual([['王大山', ID, '13800138000']])
  })
})

describe('client: the worker time limit (issue 11: the import worker gets a time guard)', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  /** A worker that takes the job and never answers (exceljs spinning on a hostile file). */
  function hangingWorker() {
    const made: { terminated: boolean; progress: (done: number, total: number) => void }[] = []
    class HangingWorker {
      onmessage: ((event: MessageEvent<RosterWorkerResponse>) => void) | null = null
      onerror: ((event: ErrorEvent) => void) | null = null
      private id = 0
      constructor() {
        const record = {
          terminated: false,
          progress: (done: number, total: number) =>
            this.onmessage?.({ data: { id: this.id, type: 'progress', done, total } } as MessageEvent),
        }
        made.push(record)
        this.terminate = () => void (record.terminated = true)
      }
      terminate: () => void
      postMessage(message: { id: number }) {
        this.id = message.id
      }
    }
    vi.stubGlobal('Worker', HangingWorker)
    return made
  }

  it('ends a job that runs past the limit, with a Chinese reason, and not a moment before', async () => {
    vi.useFakeTimers()
    const made = hangingWorker()
    const calls: number[] = []
    const job = importRosterFile(new Uint8Array([1]), { idNumbers: new Map(), householdNos: new Set() }, '2026-01-01', (d) => calls.push(d))
    const settled = job.then(
      () => 'resolved',
      (e: unknown) => e,
    )
    made[0]!.progress(5, 10) // progress is still relayed while the clock runs
    await vi.advanceTimersByTimeAsync(WORKER_TIME_LIMIT_MS - 1)
    expect(made[0]!.terminated).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    const err = await settled
    expect(err).toBeInstanceOf(RosterFileError)
    expect((err as Error).message).toMatch(/^导入超时：/)
    expect(made[0]!.terminated).toBe(true)
    expect(calls).toEqual([5])
    // a late message after the limit changes nothing
    made[0]!.progress(10, 10)
    expect(calls).toEqual([5])
  })

  it('names the job in the reason (export, template)', async () => {
    vi.useFakeTimers()
    hangingWorker()
    const exported = exportRosterFile([], [], { reveal: false, villageName: '张庄村', exportedAt: '2026-01-01T00:00' }).catch(
      (e: unknown) => e,
    )
    const template = rosterTemplateFile().catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(WORKER_TIME_LIMIT_MS)
    expect(((await exported) as Error).message).toMatch(/^导出超时：/)
    expect(((await template) as Error).message).toMatch(/^模板生成超时：/)
  })

  it('clears the timer when a job finishes in time', async () => {
    vi.useFakeTimers()
    const harness = fakeWorkerHarness()
    vi.stubGlobal('Worker', harness.WorkerClass)
    vi.stubGlobal('self', harness.scope)
    vi.resetModules()
    await import('./roster.worker')
    const client = await import('./client')
    const protocol = await import('./protocol')
    const err = await client
      .importRosterFile(new Uint8Array([1, 2, 3]), { idNumbers: new Map(), householdNos: new Set() }, '2026-01-01')
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(protocol.RosterFileError)
    expect((err as Error).message).toContain('无法读取这个文件')
    expect(vi.getTimerCount()).toBe(0)
  })
})
