import { describe, expect, it } from 'vitest'
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import { thresholdsOf, type RuleProfile } from '@/domain/rules/profile'
import { describeRuleProfile, profileNote, ruleWords } from './ruleProfile'

const byPath = (path: string) => {
  const row = describeRuleProfile().find((r) => r.path === path)
  if (!row) throw new Error(`no row for ${path}`)
  return row
}

describe('describeRuleProfile', () => {
  it('has one row for every threshold of the national profile, in order, each with words and a quoted citation', () => {
    const rows = describeRuleProfile()
    const thresholds = thresholdsOf(NATIONAL_PROFILE)
    expect(thresholds.length).toBeGreaterThan(20)
    expect(rows.map((r) => r.path)).toEqual(thresholds.map((t) => t.path))
    for (const row of rows) {
      expect(row.label, row.path).not.toBe('')
      expect(row.words, row.path).not.toBe('')
      expect(row.citationTitle, row.path).not.toBe('')
      expect(row.citation.text.length, row.path).toBeGreaterThan(5)
      expect(row.citation.article, row.path).not.toBe('')
      expect(row.effectiveFromWords, row.path).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/)
    }
  })

  it('says each rule in the law’s words', () => {
    expect(byPath('bodies.representatives_meeting.quorum.single').words).toBe('应到会人员三分之二以上')
    expect(byPath('bodies.villagers_meeting.quorum.individual').words).toBe('应到会人员过半数')
    expect(byPath('bodies.villagers_meeting.quorum.household').words).toBe('三分之二以上的户派代表')
    expect(byPath('bodies.villagers_meeting.decision').words).toBe('到会人员过半数同意')
    expect(byPath('bodies.collective_assembly.decision').words).toBe('全体组成人员三分之二以上同意')
    expect(byPath('bodies.party_committee.quorum.single').words).toBe('应到会人员半数以上')
    expect(byPath('bodies.party_assembly.decision').words).toBe('应到会有表决权的人员过半数同意')
    expect(byPath('bodies.villagers_meeting.noticeDays').words).toBe('10个自然日')
    expect(byPath('composition').words).toBe('村民代表五分之四以上、妇女代表三分之一以上')
    expect(byPath('nonMemberSharing').words).toBe('全体组成人员四分之三以上同意')
  })

  it('marks statute numbers as 法定最低标准 and practice numbers as 地方惯例（可调整）', () => {
    const quorum = byPath('bodies.villagers_meeting.quorum.individual')
    expect(quorum.bindingLabel).toBe('法定最低标准')
    expect(quorum.citationTitle).toBe('《村民委员会组织法》第二十二条')
    expect(quorum.effectiveFromWords).toBe('2018年12月29日')
    const reply = byPath('objectionReplyDays')
    expect(reply.binding).toBe('default')
    expect(reply.bindingLabel).toBe('地方惯例（可调整）')
    expect(reply.citationTitle).toContain('地方惯例')
    expect(byPath('bodies.collective_assembly.decision').effectiveFromWords).toBe('2025年5月1日')
  })

  it('reads the numbers from the profile it is given, not from the national one', () => {
    const tighter: RuleProfile = {
      ...NATIONAL_PROFILE,
      id: 'province',
      name: '某省实施办法',
      tightens: 'national',
      source: '某省实施《村民委员会组织法》办法',
      objectionReplyDays: { ...NATIONAL_PROFILE.objectionReplyDays, days: 2, unit: '工作日' },
    }
    const row = describeRuleProfile(tighter).find((r) => r.path === 'objectionReplyDays')
    expect(row?.words).toBe('2个工作日')
    expect(profileNote(tighter)).toContain('某省实施办法')
    expect(profileNote()).toBe('本村目前采用全国通用规则（法定最低标准）。省、市、县的实施办法只能比它更严格，不能放宽。')
  })

  it('words a share that is not “以上” with 超过', () => {
    expect(ruleWords({ ...NATIONAL_PROFILE.nonMemberSharing, share: { comparator: 'moreThan', num: 1, den: 5 } })).toBe(
      '应到会人员超过五分之一',
    )
  })
})
