import { describe, expect, it } from 'vitest'
import * as people from './index'

describe('public entry point', () => {
  it('exposes the masking functions other modules depend on', () => {
    expect(people.maskIdNumber('11010519491231002X')).toBe('110105********002X')
    expect(people.findUnmaskedPersonalNumbers('13800131234')).toEqual(['13800131234'])
  })

  it('exposes counting helpers for the quorum engine', () => {
    expect(people.moreThanHalf(100)).toBe(51)
    expect(people.atLeastFraction(150, 2, 3)).toBe(100)
  })
})
