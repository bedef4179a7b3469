/**
 * A section heading of a printed 花名册 / 户 list never stays alone at the foot of a page: it goes
 * over with at least its first rows (sheet.ts SECTION_KEEP_ROWS), and it comes back on every page
 * its section runs onto. Real PDFs, read back page by page with pdftotext.
 *
 * The second 村民小组 is made to start near the foot of page 1: the first group is given
 * page-capacity − k people for k = 0…4, so for some k only the heading (or the heading and the
 * column header) would fit where it starts.
 */
import { describe, expect, it } from 'vitest'
import { computeCheckDigit } from '@/domain/people/idNumber'
import type { Household, Villager } from '@/domain/people/model'
import { pdfPageLines, saveSample } from '../pdf-test-utils.node'
import { renderPdfInNode } from '../render.node'
import { village } from '../testFixtures'
import { buildHouseholdListDoc, buildRosterBookDoc } from './lists'
import { SECTION_KEEP_ROWS } from './sheet'

const ON = '2026-03-01'
const flat = (s: string) => s.replace(/[\s\u3000]+/g, '')
const idOf = (n: number) => {
  const first17 = `41138119800101${String(n).padStart(3, '0')}`
  return first17 + computeCheckDigit(first17)
}

function registry(firstGroup: number, secondGroup: number) {
  const households: Household[] = [
    { id: 'H1', householdNo: '0001', groupName: '第一村民小组', address: '第一村民小组', status: '在册' },
    { id: 'H2', householdNo: '0002', groupName: '第二村民小组', address: '第二村民小组', status: '在册' },
  ]
  const villagers: Villager[] = []
  for (let i = 0; i < firstGroup + secondGroup; i++) {
    villagers.push({
      id: `V${i}`,
      householdId: i < firstGroup ? 'H1' : 'H2',
      name: `村民${String(i + 1).padStart(3, '0')}`,
      idNumber: idOf(i + 1),
      relationToHead: i === 0 || i === firstGroup ? '户主' : '子',
      statusHistory: [{ status: '在册', from: '2000-01-01' }],
      roles: [],
    })
  }
  return { villagers, households, grids: [] }
}

/** A data row of the roster: it shows a masked ID number. */
const isRow = (line: string) => /411381\*{8}\d{3}[\dX]/.test(line)

async function pages(firstGroup: number, secondGroup: number, name?: string) {
  const pdf = await renderPdfInNode(buildRosterBookDoc(registry(firstGroup, secondGroup), { on: ON, by: 'group' }, village))
  if (name) saveSample(name, pdf, 2)
  return pdfPageLines(pdf).map((lines) => lines.map(flat))
}

describe('section headings kept with their rows', () => {
  it('never leaves a heading at a page foot, whatever room the previous section left', async () => {
    // how many rows page 1 holds when a single group fills it
    const full = await pages(80, 0)
    const capacity = full[0]!.filter(isRow).length
    expect(capacity).toBeGreaterThan(10)
    let movedOnce = false
    for (let k = 0; k <= 4; k++) {
      const first = capacity - k
      const printed = await pages(first, 6, k === 1 ? 'people-section-near-foot' : undefined)
      const page = printed.findIndex((lines) => lines.includes('第二村民小组（6人）'))
      expect(page, `k=${k}`).toBeGreaterThanOrEqual(0)
      const lines = printed[page]!
      const after = lines.slice(lines.indexOf('第二村民小组（6人）') + 1)
      expect(after.filter(isRow).length, `k=${k}: rows under the heading on its page`).toBeGreaterThanOrEqual(SECTION_KEEP_ROWS)
      if (page > 0) {
        movedOnce = true
        // it went over whole: nothing of the second group stayed behind on page 1 (the first group did not move with it)
        expect(
          printed[0]!.some((l) => l.includes('第二村民小组')),
          `k=${k}`,
        ).toBe(false)
        expect(printed[0]!.filter(isRow).length, `k=${k}`).toBe(first)
      }
      // every person printed exactly once
      expect(printed.flat().filter(isRow)).toHaveLength(first + 6)
    }
    // the case the rule is for did come up: at least one k pushed the heading over
    expect(movedOnce).toBe(true)
  })

  it('repeats the heading with the column header on every page a long section runs onto', async () => {
    const printed = await pages(120, 0, 'people-section-long')
    expect(printed.length).toBeGreaterThanOrEqual(3)
    for (const [i, lines] of printed.entries()) {
      expect(lines, `page ${i + 1}`).toContain('第一村民小组（120人）')
      expect(lines, `page ${i + 1}`).toContain('序号姓名性别年龄身份证号与户主关系户号网格电话')
    }
  })

  it('the 户 list keeps its group headings the same way', async () => {
    const reg = registry(3, 3)
    const households: Household[] = Array.from({ length: 60 }, (_, i) => ({
      id: `H${i + 1}`,
      householdNo: String(i + 1).padStart(4, '0'),
      groupName: i < 40 ? '第一村民小组' : '第二村民小组',
      address: '',
      headId: `V${i}`,
      status: '在册',
    }))
    const villagers = households.map((h, i): Villager => ({
      id: `V${i}`,
      householdId: h.id,
      name: `户主${i + 1}`,
      idNumber: idOf(i + 1),
      relationToHead: '户主',
      statusHistory: [{ status: '在册', from: '2000-01-01' }],
      roles: [],
    }))
    const pdf = await renderPdfInNode(buildHouseholdListDoc({ ...reg, households, villagers }, { on: ON }, village))
    const printed = pdfPageLines(pdf).map((lines) => lines.map(flat))
    // 序号 户号 户主 在册人数: '10001户主11'
    const isHousehold = (l: string) => /^\d+\d{4}户主\d+1$/.test(l)
    expect(printed.flat().filter(isHousehold)).toHaveLength(60)
    for (const [i, lines] of printed.entries()) {
      const at = lines.findIndex((l) => /^第[一二]村民小组（\d+户）$/.test(l))
      expect(at, `page ${i + 1} names its group`).toBeGreaterThanOrEqual(0)
      expect(lines.slice(at + 1).filter(isHousehold).length, `page ${i + 1}`).toBeGreaterThanOrEqual(SECTION_KEEP_ROWS)
    }
  })
})
