import { describe, expect, it } from 'vitest'
import { citationTitle } from '@/domain/law/citations'
import { requiredCount } from '@/domain/law/counting'
import { NATIONAL_PROFILE } from './national'
import { readLocalProfile } from './localProfile'

const TWO_THIRDS = { comparator: 'atLeast', num: 2, den: 3 } as const

function file(rules: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    format: 'xiangyue-rule-profile',
    version: 1,
    id: 'test-province-2020',
    name: '某省实施办法',
    source: '某省实施《中华人民共和国村民委员会组织法》办法（2020年修订）',
    law: '某省实施《中华人民共和国村民委员会组织法》办法',
    lawVersion: '2020修订',
    effectiveFrom: '2020-01-01',
    rules,
    ...extra,
  }
}
const cite = { article: '第十条', text: '召开党员大会，应当有三分之二以上的正式党员到会。' }

describe('readLocalProfile: a local profile may only tighten', () => {
  it('takes a 党员大会 attendance of 2/3 (domain-rules §2.4): the rule cites the local law, the rest stays national', () => {
    const reading = readLocalProfile(
      file({ 'bodies.party_assembly.quorum.single': { share: TWO_THIRDS, base: 'entitledVoters', ...cite } }),
    )
    expect(reading.findings).toEqual([])
    const profile = reading.profile!
    const quorum = profile.bodies.party_assembly.quorum.single!
    expect(quorum.citation).toMatchObject({ law: '某省实施《中华人民共和国村民委员会组织法》办法', article: '第十条', kind: '地方性法规' })
    expect(quorum.effectiveFrom).toBe('2020-01-01')
    // a title inside a title takes 〈〉, never 《《》》
    expect(citationTitle(quorum.citation)).toBe('《某省实施〈中华人民共和国村民委员会组织法〉办法》第十条')
    expect(requiredCount(quorum.share, 30)).toBe(20)
    expect(profile.bodies.villagers_meeting).toEqual(NATIONAL_PROFILE.bodies.villagers_meeting)
    expect(profile.tightens).toBe(NATIONAL_PROFILE.id)
    expect(reading.changes).toEqual([
      {
        path: 'bodies.party_assembly.quorum.single',
        label: '党员大会到会人数',
        from: '应到会有表决权的人员半数以上',
        to: '应到会有表决权的人员三分之二以上',
      },
    ])
  })

  it('takes a 村民代表会议 decision by a majority of ALL representatives (a larger base is stricter)', () => {
    const more = { comparator: 'moreThan', num: 1, den: 2 }
    const reading = readLocalProfile(file({ 'bodies.representatives_meeting.decision': { share: more, base: 'entitled', ...cite } }))
    expect(reading.findings).toEqual([])
    expect(reading.profile!.bodies.representatives_meeting.decision.base).toBe('entitled')
  })

  it('refuses a profile that loosens a floor, naming the threshold and the floor it breaks, exactly at the edge', () => {
    // 村民会议 notice: 10 days is the floor; 10 is allowed, 9 refused, 11 allowed.
    const notice = (days: number) => readLocalProfile(file({ 'bodies.villagers_meeting.noticeDays': { days, unit: '自然日', ...cite } }))
    expect(notice(10).findings).toEqual([])
    expect(notice(11).profile!.bodies.villagers_meeting.noticeDays!.days).toBe(11)
    const nine = notice(9)
    expect(nine.profile).toBeNull()
    expect(nine.findings.map((f) => f.message)).toEqual([
      '“村民会议提前通知”定为9个自然日，低于法定最低标准10个自然日，地方规则只能从严，不能放宽',
    ])
  })

  it('refuses a quorum on those present where the floor counts all entitled (a smaller base loosens)', () => {
    const r = readLocalProfile(file({ 'bodies.representatives_meeting.quorum.single': { share: TWO_THIRDS, base: 'present', ...cite } }))
    expect(r.profile).toBeNull()
    expect(r.findings[0]!.message).toContain('村民代表会议到会人数')
  })

  it('lets a local law set a local-practice default (决议公开 7 days) lower, since it is not a floor, and it binds from then on', () => {
    const shorter = readLocalProfile(file({ 'disclosureDays.决议公开': { days: 5, unit: '自然日', ...cite } }))
    // 决议公开 7 days is local practice ('default'), not a floor: a county may set 5.
    expect(NATIONAL_PROFILE.disclosureDays.决议公开.binding).toBe('default')
    expect(shorter.findings).toEqual([])
    expect(shorter.profile!.disclosureDays.决议公开).toMatchObject({ days: 5, binding: 'floor' })
  })

  it('refuses what is not a profile file, an unknown threshold, a malformed rule, and a rule without its quoted text', () => {
    expect(readLocalProfile({ hello: 1 }).findings[0]!.message).toContain('不是乡约的地方规则文件')
    expect(readLocalProfile(null).profile).toBeNull()
    expect(readLocalProfile(file({}, { version: 2 })).findings[0]!.message).toContain('版本')
    expect(
      readLocalProfile(file({}, { effectiveFrom: '2020-02-30' }))
        .findings.map((f) => f.message)
        .join(),
    ).toContain('施行日期')
    expect(readLocalProfile(file({ 'bodies.nothing.quorum': { ...cite } })).findings[0]!.message).toContain('不是本软件认识的规则项')
    const badShare = { share: { comparator: 'atLeast', num: 3, den: 2 }, base: 'entitled', ...cite }
    expect(readLocalProfile(file({ 'bodies.party_assembly.quorum.single': badShare })).findings[0]!.message).toContain('写法有误')
    const noText = { share: TWO_THIRDS, base: 'entitledVoters', article: '第十条' }
    expect(readLocalProfile(file({ 'bodies.party_assembly.quorum.single': noText })).findings[0]!.message).toContain('条文原文')
  })

  it('takes 一肩挑 merging of steps ① and ② when the file says so', () => {
    const r = readLocalProfile(
      file(
        { 'bodies.party_assembly.quorum.single': { share: TWO_THIRDS, base: 'entitledVoters', ...cite } },
        { mayMergeProposalAndConsultation: true },
      ),
    )
    expect(r.profile!.mayMergeProposalAndConsultation).toBe(true)
  })
})
