import { describe, expect, it } from 'vitest'
import { householdName, partiesOf, partyOf } from './parties'

const people = {
  villagerById: new Map([
    ['v1', { name: '王建国' }],
    ['v2', { name: '王小红' }],
  ]),
  householdById: new Map([
    ['h1', { headId: 'v1', groupName: '三组', householdNo: '0012' }],
    ['h2', { groupName: '一组', householdNo: '0099' }],
  ]),
}

describe('registry names for the violation screens', () => {
  it('names the party, the group and the household head', () => {
    expect(partyOf(people, 'v2', 'h1')).toEqual({ name: '王小红', group: '三组', householdHead: '王建国' })
    expect(partyOf(people, 'gone', 'nowhere')).toEqual({ name: '（不在名册）' })
  })
  it('names a household by its head, or its number when it has none', () => {
    expect(householdName(people, 'h1')).toBe('王建国户（三组）')
    expect(householdName(people, 'h2')).toBe('0099号户（一组）')
    expect(householdName(people, 'x')).toBe('（不在名册的户）')
  })
  it('collects each villager once', () => {
    const cases = [{ report: { villagerId: 'v2', householdId: 'h1' } }, { report: { villagerId: 'v2', householdId: 'h1' } }]
    expect(partiesOf(people, cases)).toEqual({ v2: { name: '王小红', group: '三组', householdHead: '王建国' } })
  })
})
