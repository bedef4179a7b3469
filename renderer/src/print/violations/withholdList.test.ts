import { describe, expect, it } from 'vitest'
import { findUnmaskedPersonalNumbers } from '@/domain/people/masking'
import { village } from '../testFixtures'
import { benefitShortName, buildWithholdListDoc } from './withholdList'
import { definitionText } from './testText'
import { BENEFITS, PARTIES, yearCases } from './testFixtures'

const input = (payoutDate: string, benefitId = 'gift') => ({
  cases: yearCases(),
  benefitId,
  payoutDate,
  benefits: BENEFITS,
  parties: PARTIES,
})

describe('发放暂缓名单', () => {
  it('titles the list after the benefit’s everyday name and the payout year', () => {
    expect(benefitShortName('村集体福利-年终慰问品')).toBe('年终慰问品')
    expect(benefitShortName('村级奖励金')).toBe('村级奖励金')
    expect(definitionText(buildWithholdListDoc(input('2026-11-19'), village))).toContain('2026年度年终慰问品发放暂缓名单')
  })

  it('lists each suspended household on the payout date, masked, with case, article, since when and the end condition', () => {
    const text = definitionText(buildWithholdListDoc(input('2026-11-19'), village))
    // h-lisi twice (c1, c4), h-wang (c2), h-zhao (c5, reversed from 11-20: still suspended on 11-19)
    expect(text).toContain('1\n李*户（全户）\n三组\n李*\n张庄违约〔2026〕c1号\n第二十条\n2026年11月5日\n已决定自2026年12月1日起恢复')
    expect(text).toContain('张庄违约〔2026〕c4号\n第二十条\n2026年11月5日\n整改验收合格并经恢复之日起结束')
    expect(text).toContain('王*山户（全户）\n一组\n王*明\n张庄违约〔2026〕c2号')
    expect(text).toContain('整改验收合格并经恢复之日起结束，最迟暂停至2027年6月30日')
    expect(text).toContain('欧*明户（全户）')
    expect(text).toContain('处理决定已撤销，自2026年11月20日起停止执行')
    expect(text).toContain('共4条：全户暂缓3户，本人暂缓0人。')
    expect(text).not.toMatch(/李四|王小明|王大山|欧阳明/)
    expect(findUnmaskedPersonalNumbers(text)).toEqual([])
  })

  it('drops the reversed case from the day of the reversal, and the restored one from its restoration date', () => {
    const onReversal = definitionText(buildWithholdListDoc(input('2026-11-20'), village))
    expect(onReversal).not.toContain('c5号')
    expect(onReversal).toContain('c1号')
    const afterRestoration = definitionText(buildWithholdListDoc(input('2026-12-01'), village))
    expect(afterRestoration).not.toContain('c1号')
    expect(afterRestoration).toContain('c2号')
  })

  it('withholds nothing of a 法定成员权益 and says why', () => {
    const text = definitionText(buildWithholdListDoc(input('2026-11-19', 'land-comp'), village))
    expect(text).toContain('2026年度土地补偿费发放暂缓名单')
    expect(text).toContain('本项为法定成员权益，不得暂缓发放，本次发放无暂缓对象。“土地补偿费”是法定成员权益，村规民约不能暂停')
    expect(text).toContain('第十三条')
    expect(text).not.toContain('张庄违约')
  })

  it('says when nobody is withheld', () => {
    expect(definitionText(buildWithholdListDoc(input('2026-01-01'), village))).toContain(
      '截至2026年1月1日，无依违约处理决定暂缓发放的对象。',
    )
  })
})
