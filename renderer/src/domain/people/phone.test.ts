import { describe, expect, it } from 'vitest'
import { normalisePhone, splitPhones } from './phone'

describe('normalisePhone', () => {
  it('stores mobiles as 11 digits', () => {
    expect(normalisePhone('13800138000')).toEqual({ ok: true, value: '13800138000' })
    expect(normalisePhone('１３８ ００１３ ８０００')).toEqual({ ok: true, value: '13800138000' })
    expect(normalisePhone('+86 138-0013-8000')).toEqual({ ok: true, value: '13800138000' })
  })

  it('stores landlines as 区号-号码', () => {
    expect(normalisePhone('0377-61234567')).toEqual({ ok: true, value: '0377-61234567' })
    expect(normalisePhone('（0377）61234567')).toEqual({ ok: true, value: '0377-61234567' })
    expect(normalisePhone('01087654321')).toEqual({ ok: true, value: '010-87654321' })
    expect(normalisePhone('037761234567')).toEqual({ ok: true, value: '0377-61234567' })
    expect(normalisePhone('0377-61234567-801')).toEqual({ ok: true, value: '0377-61234567-801' })
  })

  it('refuses numbers that are neither', () => {
    for (const bad of ['1380013800', '12800138000', '61234567', '138001380001', 'abc', '']) {
      const r = normalisePhone(bad)
      expect(r.ok, bad).toBe(false)
      if (!r.ok) expect(r.message).toContain('不是有效号码')
    }
  })
})

describe('splitPhones', () => {
  it('splits a cell holding several numbers, but not one number written in groups', () => {
    expect(splitPhones('13800138000/13900139000')).toEqual(['13800138000', '13900139000'])
    expect(splitPhones('13800138000，0377-61234567')).toEqual(['13800138000', '0377-61234567'])
    expect(splitPhones('13800138000 13900139000')).toEqual(['13800138000', '13900139000'])
    expect(splitPhones('138 0013 8000')).toEqual(['13800138000'])
    expect(splitPhones('  ')).toEqual([])
  })
})
