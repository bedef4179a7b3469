import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { fakeWorkerHarness } from './fakeWorker.node'
import type { RosterWorkerRequest, RosterWorkerResponse } from './protocol'
import { buildRosterTemplate } from './template'

const harness = fakeWorkerHarness()
const replies: RosterWorkerResponse[] = []

beforeAll(async () => {
  vi.stubGlobal('self', { ...harness.scope, postMessage: (m: RosterWorkerResponse) => replies.push(structuredClone(m)) })
  await import('./roster.worker')
})
afterAll(() => vi.unstubAllGlobals())

async function send(request: RosterWorkerRequest): Promise<RosterWorkerResponse[]> {
  replies.length = 0
  const scope = globalThis.self as unknown as { onmessage: (e: { data: RosterWorkerRequest }) => void }
  scope.onmessage({ data: request })
  await vi.waitFor(() => expect(replies.some((r) => r.type !== 'progress')).toBe(true), { timeout: 20_000 })
  return [...replies]
}

describe('roster.worker', () => {
  it('imports: posts progress, then the preview', async () => {
    const bytes = (await buildRosterTemplate()).slice().buffer as ArrayBuffer
    const out = await send({ id: 7, type: 'import', bytes, existing: { idNumbers: [], householdNos: [] }, today: '2026-01-01' })
    expect(out.filter((m) => m.type === 'progress').length).toBeGreaterThan(0)
    const last = out.at(-1)!
    expect(last.id).toBe(7)
    expect(last.type).toBe('preview')
    if (last.type === 'preview') expect(last.preview.validation.summary.skipped).toBe(1)
  })

  it('builds the template and exports as xlsx bytes', async () => {
    const template = (await send({ id: 8, type: 'template' })).at(-1)!
    expect(template.type).toBe('xlsx')
    const exported = (
      await send({
        id: 9,
        type: 'export',
        households: [],
        villagers: [],
        options: { reveal: false, villageName: '张庄村', exportedAt: '2026-01-01T00:00' },
      })
    ).at(-1)!
    expect(exported.type).toBe('xlsx')
    if (exported.type === 'xlsx') expect(new Uint8Array(exported.bytes).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]))
  })

  it('answers a bad file with a file error in Chinese', async () => {
    const out = await send({
      id: 10,
      type: 'import',
      bytes: new TextEncoder().encode('not excel').buffer as ArrayBuffer,
      existing: { idNumbers: [], householdNos: [] },
      today: '2026-01-01',
    })
    expect(out.at(-1)).toEqual({ id: 10, type: 'error', message: expect.stringContaining('无法读取这个文件'), fileError: true })
  })
})
