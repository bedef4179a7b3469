import { describe, expect, it } from 'vitest'
import { formulaSafe, readFormulaSafe } from './formulaSafe'

describe('formula-safe cells', () => {
  it('marks text that Excel would take as a formula', () => {
    for (const s of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) expect(formulaSafe(s)).toBe(`'${s}`)
  })
  it('leaves ordinary text alone, also an = inside the text', () => {
    for (const s of ['王大山', '13800138000', '0377-61234567', 'a=b', '', "'quoted"]) expect(formulaSafe(s)).toBe(s)
  })
  it('round-trips through our own import', () => {
    for (const s of ['=1+1', '-已迁出', '王大山', "'=1"]) expect(readFormulaSafe(formulaSafe(s))).toBe(s)
  })
})
