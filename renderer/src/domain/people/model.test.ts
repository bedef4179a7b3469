import { describe, expect, it } from 'vitest'
import {
  activeRolesOfKind,
  currentStatus,
  hasRoleOn,
  isFullPartyMemberOn,
  isRoleActiveOn,
  isVillageCommitteeMemberOn,
  rolesActiveOn,
  type RoleAssignment,
} from './model'
import { villager } from './testFixtures'

describe('currentStatus', () => {
  const v = villager({
    statusHistory: [
      { status: '在册', from: '1980-01-01' },
      { status: '迁出', from: '2020-05-01', note: '户口迁往县城' },
      { status: '在册', from: '2023-03-10', note: '迁回' },
    ],
  })

  it('is the latest entry on or before the date', () => {
    expect(currentStatus(v, '2020-04-30')).toBe('在册')
    expect(currentStatus(v, '2020-05-01')).toBe('迁出')
    expect(currentStatus(v, '2023-03-09')).toBe('迁出')
    expect(currentStatus(v, '2023-03-10')).toBe('在册')
  })

  it('is null before the first entry', () => {
    expect(currentStatus(v, '1979-12-31')).toBeNull()
  })

  it('does not depend on the order entries were stored in', () => {
    const shuffled = villager({ statusHistory: [...v.statusHistory].reverse() })
    expect(currentStatus(shuffled, '2021-01-01')).toBe('迁出')
  })

  it('same-day entries: the one recorded last wins', () => {
    const corrected = villager({
      statusHistory: [
        { status: '在册', from: '1980-01-01' },
        { status: '死亡', from: '2024-01-01' },
        { status: '迁出', from: '2024-01-01', note: '更正：实为迁出' },
      ],
    })
    expect(currentStatus(corrected, '2024-01-01')).toBe('迁出')
  })
})

describe('roles on a date', () => {
  const rep: RoleAssignment = {
    kind: 'representative',
    termStart: '2021-01-01',
    termEnd: '2025-12-31',
    represents: { kind: 'group', groupName: '一组' },
  }
  const chair: RoleAssignment = {
    kind: 'committee',
    body: '村民委员会',
    post: '主任',
    termStart: '2021-01-01',
  }
  const secretary: RoleAssignment = {
    kind: 'committee',
    body: '村党组织',
    post: '书记',
    termStart: '2021-01-01',
  }
  const mediator: RoleAssignment = { kind: 'mediator', from: '2022-06-01', to: '2022-12-31' }

  it('term ranges are inclusive at both ends', () => {
    expect(isRoleActiveOn(rep, '2020-12-31')).toBe(false)
    expect(isRoleActiveOn(rep, '2021-01-01')).toBe(true)
    expect(isRoleActiveOn(rep, '2025-12-31')).toBe(true)
    expect(isRoleActiveOn(rep, '2026-01-01')).toBe(false)
    expect(isRoleActiveOn(chair, '2099-01-01')).toBe(true)
  })

  it('rolesActiveOn / hasRoleOn', () => {
    const v = villager({ roles: [rep, chair, mediator] })
    expect(rolesActiveOn(v, '2022-07-01')).toEqual([rep, chair, mediator])
    expect(rolesActiveOn(v, '2026-01-01')).toEqual([chair])
    expect(hasRoleOn(v, 'mediator', '2022-12-31')).toBe(true)
    expect(hasRoleOn(v, 'mediator', '2023-01-01')).toBe(false)
    expect(hasRoleOn(v, 'grid', '2022-07-01')).toBe(false)
  })

  it('a person not 在册 holds no roles', () => {
    const v = villager({
      roles: [chair],
      statusHistory: [
        { status: '在册', from: '1980-01-01' },
        { status: '死亡', from: '2024-02-01' },
      ],
    })
    expect(hasRoleOn(v, 'committee', '2024-01-31')).toBe(true)
    expect(hasRoleOn(v, 'committee', '2024-02-01')).toBe(false)
  })

  it('村民委员会 membership is distinct from 村党组织', () => {
    expect(isVillageCommitteeMemberOn(villager({ roles: [chair] }), '2022-01-01')).toBe(true)
    expect(isVillageCommitteeMemberOn(villager({ roles: [secretary] }), '2022-01-01')).toBe(false)
    expect(activeRolesOfKind(villager({ roles: [secretary, rep] }), 'committee', '2022-01-01')).toEqual([secretary])
  })

  it('party membership: 预备 until 转正 date, ends on leftDate', () => {
    const v = villager({
      roles: [{ kind: 'party_member', joinDate: '2023-07-01', stage: '正式', fullMemberDate: '2024-07-01', leftDate: '2025-03-31' }],
    })
    expect(hasRoleOn(v, 'party_member', '2023-06-30')).toBe(false)
    expect(isFullPartyMemberOn(v, '2024-06-30')).toBe(false)
    expect(hasRoleOn(v, 'party_member', '2024-06-30')).toBe(true)
    expect(isFullPartyMemberOn(v, '2024-07-01')).toBe(true)
    expect(hasRoleOn(v, 'party_member', '2025-03-31')).toBe(true)
    expect(hasRoleOn(v, 'party_member', '2025-04-01')).toBe(false)
  })

  it('party membership: 正式 without a date counts as full; 预备 without a date does not', () => {
    const full = villager({ roles: [{ kind: 'party_member', joinDate: '1990-07-01', stage: '正式' }] })
    const probation = villager({ roles: [{ kind: 'party_member', joinDate: '2024-07-01', stage: '预备' }] })
    expect(isFullPartyMemberOn(full, '2000-01-01')).toBe(true)
    expect(isFullPartyMemberOn(probation, '2025-01-01')).toBe(false)
  })
})
