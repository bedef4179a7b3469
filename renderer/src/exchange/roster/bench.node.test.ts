import { describe, expect, it } from 'vitest'
import { benchRosterImport } from './bench.node'

describe('benchRosterImport', () => {
  it('measures parse + validate + plan and accepts every generated row (figures not asserted)', async () => {
    const result = await benchRosterImport(600)
    expect(result).toMatchObject({ rows: 600, goodRows: 600, badRows: 0 })
    expect(Math.abs(result.totalMs - (result.parseMs + result.validateMs + result.planMs))).toBeLessThanOrEqual(1) // each figure is rounded on its own
    expect(result.fileBytes).toBeGreaterThan(0)
  })
})
