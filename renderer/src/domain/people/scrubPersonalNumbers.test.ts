import { describe, expect, it } from 'vitest'
import { scrubPersonalNumbers } from './scrubPersonalNumbers'

describe('scrubPersonalNumbers', () => {
  it('masks full numbers as typed: half or full width, with spaces or dashes between groups', () => {
    expect(scrubPersonalNumbers('电话 138 0013 1234，证号１１０１０５１９４９１２３１００２Ｘ。')).toBe(
      '电话 138****1234，证号110105********002X。',
    )
    expect(scrubPersonalNumbers('身份证 110105-19491231-002x')).toBe('身份证 110105********002X')
  })
  it("keeps the village's supervision phone, and only that one", () => {
    expect(scrubPersonalNumbers('监督电话13900001111，张三13800131234', '13900001111')).toBe('监督电话13900001111，张三138****1234')
  })
  it('leaves numbers that are not a full ID or mobile: a 19-digit account, a short count', () => {
    expect(scrubPersonalNumbers('账号6222020200112233445，到会52人')).toBe('账号6222020200112233445，到会52人')
  })
})
