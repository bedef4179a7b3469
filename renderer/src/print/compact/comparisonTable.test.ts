import { describe, expect, it } from 'vitest'
import type { CompactVersion } from '@/domain/compact/model'
import type { ContentTable, TableCell, TextInline } from '../pdf-types'
import { village } from '../testFixtures'
import { buildComparisonTableDoc } from './comparisonTable'
import { HEITI } from './articles'
import { sample } from './testFixtures'
import { plain } from './testText'

const tableOf = (doc: ReturnType<typeof buildComparisonTableDoc>) =>
  doc.content.find((c): c is ContentTable => typeof c === 'object' && !Array.isArray(c) && 'table' in c)!
const rowsOf = (doc: ReturnType<typeof buildComparisonTableDoc>) =>
  tableOf(doc).table.body.map((row) => row.map((cell) => plain(cell as TableCell)))

describe('buildComparisonTableDoc (definition)', () => {
  it('lists the changed articles of the newest amendment: 原条文 | 修改后条文 | 修改说明', () => {
    const doc = buildComparisonTableDoc({ compact: sample }, village)
    expect(doc.pageOrientation).toBe('landscape')
    expect(plain(doc.content[0]!)).toBe('《东风村村规民约》修改条文对照表')
    expect(plain(doc.content[1]!)).toBe(
      '修改前：2023年12月16日村民会议通过，2024年1月1日起施行　　修改后：2026年4月18日村民会议通过，2026年5月1日起施行',
    )
    const rows = rowsOf(doc)
    expect(rows[0]).toEqual(['原条文', '修改后条文', '修改说明'])
    expect(rows.slice(1).map((r) => [r[0]!.slice(0, 6), r[1]!.slice(0, 6), r[2]])).toEqual([
      ['第十二条\u3000各', '（删除）', '删除'],
      ['第二十四条\u3000', '第二十四条\u3000', '修改'],
      ['第三十五条\u3000', '第三十五条\u3000', '修改'],
    ])
    expect(rows[2]![1]).toContain('彩礼一般不超过本村上一年度人均可支配收入的三倍')
    const table = tableOf(doc)
    expect(table.table.headerRows).toBe(1)
    expect(table.table.dontBreakRows).toBe(true)
    const number = ((table.table.body[2]![1] as TableCell).text as TextInline[])[0]
    expect(number).toMatchObject({ text: '第二十四条', font: HEITI.font, bold: true })
    // the inserted sentence is bold in the new column, nothing is bold in the old one
    const bold = (cell: TableCell) =>
      (cell.text as TextInline[])
        .slice(2)
        .filter((i) => i.bold)
        .map((i) => i.text)
        .join('')
    expect(bold(table.table.body[2]![1] as TableCell)).toBe('彩礼一般不超过本村上一年度人均可支配收入的三倍。')
    expect(bold(table.table.body[2]![0] as TableCell)).toBe('')
    expect(bold(table.table.body[3]![0] as TableCell)).toBe('二')
    expect(bold(table.table.body[3]![1] as TableCell)).toBe('一')
    expect(plain(doc.content.at(-1)!)).toBe('说明：本表只列出修改、新增和删除的条文，其余条文未作改动；加粗的文字为修改之处。')
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc)
  })

  it('compares any two versions, or a draft; marks added and renumbered articles', () => {
    const [v1, v2] = sample.versions as [CompactVersion, CompactVersion]
    expect(
      rowsOf(buildComparisonTableDoc({ compact: sample, from: v1.id, to: v2.id }, village))
        .slice(1)
        .map((r) => r[2]),
    ).toEqual(['修改', '修改'])
    const draft: CompactVersion = {
      id: 'draft',
      effectiveFrom: '2027-01-01',
      articles: [
        { number: 1, role: 'general', text: '总则。' },
        { number: 2, role: 'general', text: '新增的条文。\n（一）第一项；\n（二）第二项。' },
        { number: 3, role: 'general', text: '原第二条。', formerNumber: 2 },
      ],
    }
    const old: CompactVersion = {
      id: 'old',
      effectiveFrom: '2026-01-01',
      adoptedAt: '2025-12-20',
      articles: [
        { number: 1, role: 'general', text: '总则。' },
        { number: 2, role: 'general', text: '原第二条。' },
      ],
    }
    const doc = buildComparisonTableDoc({ compact: { title: '', versions: [old] }, to: draft }, village)
    expect(plain(doc.content[1]!)).toContain('修改后：修订草案')
    expect(rowsOf(doc).slice(1)).toEqual([
      ['（无）', '第二条\u3000新增的条文。\n（一）第一项；\n（二）第二项。', '新增'],
      ['第二条\u3000原第二条。', '第三条\u3000原第二条。', '序号调整（原第二条）'],
    ])
    expect(() => buildComparisonTableDoc({ compact: { title: '', versions: [old] }, to: old, from: old }, village)).toThrow(
      '没有可以对照的修改',
    )
    expect(() => buildComparisonTableDoc({ compact: { title: '', versions: [old] } }, village)).toThrow('没有修改前的版本')
  })
})
