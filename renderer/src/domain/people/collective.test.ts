import { describe, expect, it } from 'vitest'
import { buildRoster } from '@/domain/meetings/roster'
import { addCollectivePeriod, collectiveMembershipsOf, endCollectivePeriod, isCollectiveMemberOn } from './collective'
import { villager } from './testFixtures'

const base = villager({ id: 'v1', name: '钱秀兰', birthDate: '1970-01-01' })

describe('collective membership periods', () => {
  const member = addCollectivePeriod(base, { from: '2020-03-01', note: '经成员大会确认' })
  if (!member.ok) throw new Error(member.reason)

  it('is a member from the first day to the last, inclusive', () => {
    const ended = endCollectivePeriod(member.value, 0, '2025-06-30', '取得其他集体经济组织成员身份')
    if (!ended.ok) throw new Error(ended.reason)
    expect(isCollectiveMemberOn(ended.value, '2020-02-29')).toBe(false)
    expect(isCollectiveMemberOn(ended.value, '2020-03-01')).toBe(true)
    expect(isCollectiveMemberOn(ended.value, '2025-06-30')).toBe(true)
    expect(isCollectiveMemberOn(ended.value, '2025-07-01')).toBe(false)
    expect(ended.value.collectiveMembership?.[0]?.note).toBe('经成员大会确认；取得其他集体经济组织成员身份')
  })

  it('refuses overlapping periods, touching ones included, and accepts the day after', () => {
    const ended = endCollectivePeriod(member.value, 0, '2022-12-31')
    if (!ended.ok) throw new Error(ended.reason)
    expect(addCollectivePeriod(ended.value, { from: '2022-12-31' })).toEqual({
      ok: false,
      reason: '与已登记的成员期间（2020-03-01 至 2022-12-31）重叠',
    })
    expect(addCollectivePeriod(ended.value, { from: '2023-01-01' }).ok).toBe(true)
    expect(addCollectivePeriod(member.value, { from: '2030-01-01' })).toEqual({
      ok: false,
      reason: '与已登记的成员期间（2020-03-01 至 今）重叠',
    })
  })

  it('refuses bad dates and ending a period twice or before it began', () => {
    expect(addCollectivePeriod(base, { from: '2020-02-30' }).ok).toBe(false)
    expect(addCollectivePeriod(base, { from: '2020-03-01', to: '2020-02-29' })).toEqual({
      ok: false,
      reason: '丧失成员身份的日期不能早于取得日期',
    })
    expect(endCollectivePeriod(member.value, 0, '2020-02-29')).toEqual({
      ok: false,
      reason: '丧失成员身份的日期不能早于取得日期（2020-03-01）',
    })
    expect(endCollectivePeriod(member.value, 0, '2020-03-01').ok).toBe(true)
    const ended = endCollectivePeriod(member.value, 0, '2021-01-01')
    if (!ended.ok) throw new Error(ended.reason)
    expect(endCollectivePeriod(ended.value, 0, '2022-01-01')).toEqual({ ok: false, reason: '该成员期间已于 2021-01-01 结束' })
    expect(endCollectivePeriod(base, 0, '2022-01-01')).toEqual({ ok: false, reason: '找不到该成员期间' })
  })

  it('gives the meeting roster exactly its collectiveMembers shape, one entry per period', () => {
    const ended = endCollectivePeriod(member.value, 0, '2021-12-31')
    if (!ended.ok) throw new Error(ended.reason)
    const again = addCollectivePeriod(ended.value, { from: '2024-01-01' })
    if (!again.ok) throw new Error(again.reason)
    const none = villager({ id: 'v2' })
    expect(collectiveMembershipsOf([again.value, none])).toEqual([
      { villagerId: 'v1', from: '2020-03-01', to: '2021-12-31' },
      { villagerId: 'v1', from: '2024-01-01' },
    ])
    const roster = buildRoster({
      body: 'collective_assembly',
      meetingDate: '2023-06-01',
      villagers: [again.value, none],
      collectiveMembers: collectiveMembershipsOf([again.value, none]),
    })
    expect(roster.members.map((m) => m.villagerId)).toEqual([])
    const later = buildRoster({
      body: 'collective_assembly',
      meetingDate: '2024-01-01',
      villagers: [again.value, none],
      collectiveMembers: collectiveMembershipsOf([again.value, none]),
    })
    expect(later.members.map((m) => m.villagerId)).toEqual(['v1'])
  })
})
