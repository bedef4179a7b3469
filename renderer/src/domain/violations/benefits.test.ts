import { describe, expect, it } from 'vitest'
import { benefitFindings, checkSuspendable, validateBenefits, type Benefit } from './benefits'
import { BENEFITS } from './testFixtures'

const gift = BENEFITS[0]!
const land = BENEFITS[3]!

describe('benefits: 自主福利 vs 法定成员权益', () => {
  it('a 自主福利 may be suspended, with a risk warning', () => {
    expect(checkSuspendable(gift).ok).toBe(true)
    const [f] = benefitFindings(gift)
    expect(f).toMatchObject({ level: 'warning', code: 'benefit.discretionary.risk' })
    expect(f?.message).toContain('须写明理由')
  })
  it('a 法定成员权益 can never be suspended: 集体经济组织法 Art. 13 (and Art. 18)', () => {
    const r = checkSuspendable(land)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.reason).toContain('“土地补偿费”是法定成员权益，村规民约不能暂停')
    expect(r.reason).toContain('《农村集体经济组织法》第十三条')
    expect(r.reason).toContain('第十八条')
    expect(r.reason).not.toContain('妇女权益保障法')
    expect(r.citation?.text).toContain('参与分配集体收益')
    expect(benefitFindings(land)[0]).toMatchObject({ level: 'error', code: 'benefit.statutory' })
  })
  it('adds 妇女权益保障法 Arts. 55–56 when the villager is a woman', () => {
    const r = checkSuspendable(land, { villagerIsWoman: true })
    expect(!r.ok && r.reason).toContain('《妇女权益保障法》第五十五条、第五十六条')
  })
  it('validates the list: names and unique ids', () => {
    expect(validateBenefits(BENEFITS)).toEqual([])
    const bad: Benefit[] = [gift, { ...gift, name: ' ' }]
    expect(validateBenefits(bad)).toEqual(['福利 gift 没有名称', '福利编号重复：gift'])
  })
})
