import { describe, expect, it } from 'vitest'
import { maskPersonalField } from './personalField'

const ID = '110105194912310021'

describe('maskPersonalField', () => {
  it('masks the numbers of a person whatever the setting for names', () => {
    for (const names of ['shown', 'masked'] as const) {
      expect(maskPersonalField('idNumber', ID, { names })).toBe('110105********0021')
      expect(maskPersonalField('phone', '13800131234', { names })).toBe('138****1234')
      expect(maskPersonalField('bankAccount', '6222020200112233445', { names })).toBe('尾号3445')
    }
  })

  it("cuts an address after the row's own 村民小组, and never echoes the house number without one", () => {
    expect(maskPersonalField('address', '宅子村三组18号', { group: '三组', names: 'shown' })).toBe('宅子村三组')
    expect(maskPersonalField('address', '宅子村18号', { group: '五组', names: 'shown' })).toBe('宅子村五组')
    expect(maskPersonalField('address', '宅子村18号', { names: 'masked' })).toBe('宅子村')
  })

  it('masks a name only where names are not to be shown (a bundle), not on the notice board', () => {
    expect(maskPersonalField('name', '欧阳小明', { names: 'masked' })).toBe('欧**明')
    expect(maskPersonalField('name', '欧阳小明', { names: 'shown' })).toBeUndefined()
  })

  it('leaves fields that hold no personal number to the caller', () => {
    for (const field of ['group', 'text', 'amount', 'standing']) {
      expect(maskPersonalField(field, ID, { names: 'masked' })).toBeUndefined()
    }
  })
})
