import { describe, expect, it } from 'vitest'
import { benchRosterImport } from './bench.node'

describe('benchRosterImport', () => {
  it('measures parse + validate + plan and accepts every generated row (figures not asserted)', async () => {
    const result = await benchRosterImport(600)
    expect(result).toMatchObject({ rows: 600, goodRows: 600, badRows: 0 })
    expect(result.totalMs).toBe(result.parseMs + result.validateMs + result.planMs)
    expect(result.fileBytes).toBeGreaterThan(0)
  })
})
