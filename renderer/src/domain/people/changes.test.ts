import { describe, expect, it } from 'vitest'
import { addRole, changeStatus, confirmFullMembership, describeRole, endRole, latestStatus } from './changes'
import { isFullPartyMemberOn, type Villager } from './model'

const base: Villager = {
  id: 'v1',
  householdId: 'h1',
  name: '王炎明',
  idNumber: '11010519491231002X',
  relationToHead: '户主',
  statusHistory: [{ status: '在册', from: '2000-01-01' }],
  roles: [{ kind: 'representative', termStart: '2021-03-01', represents: { kind: 'group', groupName: '第一村民小组' } }],
}

describe('changeStatus', () => {
  it('appends 迁出 and keeps the history', () => {
    const r = changeStatus(base, { status: '迁出', from: '2026-05-01', note: '随子女落户' }, '2026-11-22')
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.statusHistory).toHaveLength(2)
    expect(latestStatus(r.value)).toBe('迁出')
    expect(base.statusHistory).toHaveLength(1)
  })
  it.each([
    [{ status: '迁出' as const, from: '2026-13-01' }, '请填写正确的日期'],
    [{ status: '迁出' as const, from: '2026-11-23' }, '日期不能晚于今天'],
    [{ status: '迁出' as const, from: '1999-12-31' }, '日期不能早于上一次变更（2000-01-01 在册）'],
    [{ status: '在册' as const, from: '2026-01-01' }, '该村民已是“在册”状态'],
  ])('refuses %o', (entry, reason) => {
    expect(changeStatus(base, entry, '2026-11-22')).toEqual({ ok: false, reason })
  })
  it('accepts a change on the same day as the last one (boundary) and treats death as final', () => {
    const dead = changeStatus(base, { status: '死亡', from: '2000-01-01' }, '2026-11-22')
    expect(dead.ok).toBe(true)
    if (!dead.ok) return
    expect(changeStatus(dead.value, { status: '在册', from: '2026-01-01' }, '2026-11-22')).toEqual({
      ok: false,
      reason: '该村民已登记死亡，不能再变更状态',
    })
  })
})

describe('roles', () => {
  it('ends a role on a date, inclusive, and refuses to end it twice or before it began', () => {
    const r = endRole(base, 0, '2026-03-19')
    expect(r.ok && r.value.roles[0]).toMatchObject({ termEnd: '2026-03-19' })
    if (!r.ok) return
    expect(endRole(r.value, 0, '2026-04-01')).toEqual({ ok: false, reason: '该身份已于 2026-03-19 结束' })
    expect(endRole(r.value, 0, '2026-03-19')).toEqual({ ok: false, reason: '该身份已于 2026-03-19 结束' })
    expect(endRole(r.value, 0, '2026-03-18').ok).toBe(true)
    expect(endRole(base, 0, '2021-02-28')).toEqual({ ok: false, reason: '结束日期不能早于开始日期（2021-03-01）' })
    expect(endRole(base, 0, '2021-03-01').ok).toBe(true)
    expect(endRole(base, 5, '2021-03-01')).toEqual({ ok: false, reason: '找不到该身份记录' })
  })
  it('adds a role only while the person is on the register', () => {
    const moved = { ...base, statusHistory: [...base.statusHistory, { status: '迁出' as const, from: '2025-01-01' }] }
    expect(addRole(moved, { kind: 'mediator', from: '2025-06-01' })).toEqual({
      ok: false,
      reason: '开始日期当天该村民不在册，不能担任此身份',
    })
    expect(addRole(moved, { kind: 'mediator', from: '2024-06-01' }).ok).toBe(true)
    expect(addRole(base, { kind: 'mediator', from: '2024-06-01', to: '2024-05-01' })).toEqual({
      ok: false,
      reason: '结束日期不能早于开始日期',
    })
  })
  it('names roles in Chinese', () => {
    expect(describeRole({ kind: 'committee', body: '村民委员会', post: '主任', termStart: '2026-01-01' })).toBe('村民委员会主任')
    expect(describeRole({ kind: 'party_member', joinDate: '2026-07-01', stage: '预备' })).toBe('中共预备党员')
    expect(describeRole({ kind: 'supervision', post: '委员', termStart: '2026-01-01' })).toBe('村务监督委员会委员')
  })
})

describe('confirmFullMembership (预备党员转正)', () => {
  const probationary: Villager = { ...base, roles: [{ kind: 'party_member', joinDate: '2025-03-01', stage: '预备' }] }
  it('records the 转正 date; the person votes from that day, not the day before', () => {
    const r = confirmFullMembership(probationary, 0, '2026-03-01', '2026-11-22')
    if (!r.ok) throw new Error(r.reason)
    expect(isFullPartyMemberOn(r.value, '2026-02-28')).toBe(false)
    expect(isFullPartyMemberOn(r.value, '2026-03-01')).toBe(true)
    expect(describeRole(r.value.roles[0]!)).toBe('中共党员')
    expect(describeRole(probationary.roles[0]!)).toBe('中共预备党员')
  })
  it.each([
    ['2025-03-01', '转正日期应晚于入党日期（2025-03-01）'],
    ['2026-11-23', '转正日期不能晚于今天'],
    ['2026-02-30', '请填写正确的转正日期'],
  ])('refuses %s', (date, reason) => {
    expect(confirmFullMembership(probationary, 0, date, '2026-11-22')).toEqual({ ok: false, reason })
  })
  it('refuses a full member and a role that is not a membership', () => {
    const full: Villager = { ...base, roles: [{ kind: 'party_member', joinDate: '2000-01-01', stage: '正式' }] }
    expect(confirmFullMembership(full, 0, '2026-01-01', '2026-11-22')).toEqual({ ok: false, reason: '该党员已是正式党员' })
    expect(confirmFullMembership(base, 0, '2026-01-01', '2026-11-22')).toEqual({ ok: false, reason: '找不到该党员身份记录' })
  })
})
