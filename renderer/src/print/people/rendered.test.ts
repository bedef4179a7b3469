/**
 * 人员 on paper, rendered to real PDFs in node and read back with pdftotext: titles, counts,
 * sections, the header on every page, ID numbers and phones masked (never a full number).
 * Samples (PDF + PNG) go to test-results/print/people-*.pdf / people-*-N.png for people to look at.
 */
import { describe, expect, it } from 'vitest'
import { currentStatus, activeRolesOfKind } from '@/domain/people/model'
import { villagersMeetingEligibility } from '@/domain/people/eligibility'
import { findUnmaskedPersonalNumbers, maskIdNumber } from '@/domain/people/masking'
import { generateSampleVillage } from '@/sample/generateVillage'
import { pdfPageLines, pdfText, saveSample } from '../pdf-test-utils.node'
import type { PrintDocument } from '../pdf-types'
import { renderPdfInNode } from '../render.node'
import { village } from '../testFixtures'
import { buildEligibleVotersDoc, buildGridBoardDoc, buildHouseholdListDoc, buildRoleListDoc, buildRosterBookDoc } from './index'

const ON = '2026-11-22'
const sample = generateSampleVillage('small')
const reg = { villagers: sample.villagers, households: sample.households, grids: sample.grids }
const flat = (s: string) => s.replace(/[\s\u3000]+/g, '')

async function render(name: string, doc: PrintDocument, pngPages = 1) {
  const pdf = await renderPdfInNode(doc)
  const text = pdfText(pdf)
  const pages = pdfPageLines(pdf)
  saveSample(name, pdf, Math.min(pngPages, pages.length))
  expect(findUnmaskedPersonalNumbers(text)).toEqual([])
  for (const v of sample.villagers) {
    expect(text.includes(v.idNumber), v.name).toBe(false)
    if (v.phone) expect(text.includes(v.phone), v.name).toBe(false)
  }
  return { text, flat: flat(text), pages }
}

const registered = sample.villagers.filter((v) => currentStatus(v, ON) === '在册')

describe('people on paper (rendered)', () => {
  it('花名册 by 村民小组: a section per group with its count, masked numbers, the header on every page', async () => {
    const out = await render('people-roster-by-group', buildRosterBookDoc(reg, { on: ON, by: 'group' }, village), 2)
    expect(out.pages[0]?.[0]).toBe('东风村村民花名册')
    expect(out.flat).toContain(`按村民小组截至2026年11月22日在册${registered.length}人`)
    for (const g of new Set(sample.households.map((h) => h.groupName))) {
      const n = registered.filter((v) => sample.households.find((h) => h.id === v.householdId)?.groupName === g).length
      expect(out.flat).toContain(`${g}（${n}人）`)
    }
    const someone = registered[0]!
    expect(out.flat).toContain(maskIdNumber(someone.idNumber))
    for (const [i, lines] of out.pages.entries()) {
      expect(
        lines.some((l) => l === '序号姓名性别年龄身份证号与户主关系户号网格电话'),
        `header on page ${i + 1}`,
      ).toBe(true)
      expect(lines).toContain(`第${i + 1}页共${out.pages.length}页`)
    }
    // nobody moved out or dead is on the register
    for (const v of sample.villagers.filter((x) => currentStatus(x, ON) !== '在册'))
      expect(out.flat).not.toContain(maskIdNumber(v.idNumber))
  })

  it('花名册 by 网格', async () => {
    const out = await render('people-roster-by-grid', buildRosterBookDoc(reg, { on: ON, by: 'grid' }, village))
    expect(out.flat).toContain('按网格截至2026年11月22日')
    for (const g of sample.grids) expect(out.flat).toContain(`${g.name}（`)
  })

  it('户 list: households with members on the register, counts by group', async () => {
    const out = await render('people-households', buildHouseholdListDoc(reg, { on: ON }, village))
    expect(out.pages[0]?.[0]).toBe('东风村户籍登记表')
    const withMembers = new Set(registered.map((v) => v.householdId))
    expect(out.flat).toContain(`共${withMembers.size}户${registered.length}人`)
    expect(out.flat).toContain('序号户号户主在册人数网格电话')
  })

  it.each([
    ['party_member', '东风村中共党员名册', '序号姓名性别年龄类别入党日期转正日期村民小组'],
    ['representative', '东风村村民代表名册', '序号姓名性别年龄推选方式任期开始任期届满村民小组'],
    ['committee', '东风村村“两委”成员名册', '序号姓名性别年龄职务任职日期任期届满村民小组'],
    ['supervision', '东风村村务监督委员会成员名册', '序号姓名性别年龄职务任职日期任期届满村民小组'],
  ] as const)('%s list: title, header, everyone holding the role on the date', async (kind, title, header) => {
    const out = await render(`people-${kind}`, buildRoleListDoc(reg, { on: ON, kind }, village))
    expect(out.pages[0]?.[0]).toBe(title)
    expect(out.pages.flat()).toContain(header)
    const holders = sample.villagers.filter((v) => activeRolesOfKind(v, kind, ON).length > 0)
    expect(holders.length).toBeGreaterThan(0)
    expect(out.flat).toContain(`共${holders.length}人`)
    for (const v of holders) expect(out.flat).toContain(v.name)
  })

  it('eligible voters on a date: 18+ and 在册 only, with the legal basis', async () => {
    const out = await render('people-eligible', buildEligibleVotersDoc(reg, { on: ON }, village))
    const eligible = villagersMeetingEligibility(sample.villagers, ON).eligible
    expect(out.pages[0]?.[0]).toBe('东风村有资格参加村民会议的村民名单')
    expect(out.flat).toContain(`会议日期2026年11月22日年满十八周岁的在册村民共${eligible.length}人`)
    expect(out.flat).toContain('依据：《村民委员会组织法》第二十一条')
    expect(out.flat.indexOf('第一村民小组')).toBeLessThan(out.flat.indexOf('第二村民小组'))
    const excluded = villagersMeetingEligibility(sample.villagers, ON).excluded
    for (const e of excluded) expect(out.flat).not.toContain(maskIdNumber(e.villager.idNumber))
  })

  it('网格员公示牌: each grid with its 网格长 and office phone, signed by the committee', async () => {
    const grids = sample.grids.map((g, i) => (i === 0 ? { ...g, phone: '0377-62123456' } : g))
    const out = await render('people-grid-board', buildGridBoardDoc({ ...reg, grids }, { on: ON }, village))
    expect(out.flat).toContain('东风村网格员公示牌')
    expect(out.flat).toContain('网格服务范围网格长网格员办公电话')
    for (const g of sample.grids) {
      const leader = sample.villagers.find((v) => v.id === g.leaderId)!
      expect(out.flat).toContain(`${g.name}`)
      expect(out.flat).toContain(leader.name)
    }
    expect(out.flat).toContain('0377-62123456')
    expect(out.flat).toContain('村务监督电话：0371-12345678')
    expect(out.flat).toContain('东风村村民委员会')
    expect(out.flat).toContain('2026年11月22日')
  })
})
