import { describe, expect, it } from 'vitest'
import { exactArrayBuffer, packExisting, RosterFileError, unpackExisting } from './protocol'

describe('packExisting / unpackExisting', () => {
  it('turns the Map and Set into arrays and back, losing nothing', () => {
    const existing = { idNumbers: new Map([['411381198001010011', { name: '王某' }]]), householdNos: new Set(['0001', '0002']) }
    const packed = packExisting(existing)
    expect(packed).toEqual({ idNumbers: [['411381198001010011', '王某']], householdNos: ['0001', '0002'] })
    expect(structuredClone(packed)).toEqual(packed)
    const back = unpackExisting(packed)
    expect(back.idNumbers.get('411381198001010011')).toEqual({ name: '王某' })
    expect(back.householdNos.has('0002')).toBe(true)
    expect(back.householdNos.has('0003')).toBe(false)
  })
})

describe('exactArrayBuffer', () => {
  it('gives the same buffer when the view covers it, else a copy of just the view', () => {
    const whole = new Uint8Array([1, 2, 3])
    expect(exactArrayBuffer(whole)).toBe(whole.buffer)
    const part = new Uint8Array(new Uint8Array([9, 1, 2, 3, 9]).buffer, 1, 3)
    const buf = exactArrayBuffer(part)
    expect(buf).not.toBe(part.buffer)
    expect([...new Uint8Array(buf)]).toEqual([1, 2, 3])
  })
})

describe('RosterFileError', () => {
  it('is an Error with its own name', () => {
    const e = new RosterFileError('没有找到表头')
    expect(e).toBeInstanceOf(Error)
    expect(e.name).toBe('RosterFileError')
    expect(e.message).toBe('没有找到表头')
  })
})
