import { describe, expect, it } from 'vitest'
import { findUnmaskedPersonalNumbers } from '@/domain/people/masking'
import type { ContentTable } from '../pdf-types'
import { village } from '../testFixtures'
import { buildViolationLedgerDoc, ledgerDate, violationLedgerRows } from './ledger'
import { definitionText } from './testText'
import { BENEFITS, LEAKED_MOBILE, PARTIES, yearCases } from './testFixtures'

const input = { cases: yearCases(), year: 2026, parties: PARTIES, benefits: BENEFITS, preparedOn: '2026-12-31' }

describe('违约处理台账', () => {
  it('prints dates of its year without the year, others in full', () => {
    expect(ledgerDate('2026-03-01', 2026)).toBe('3月1日')
    expect(ledgerDate('2027-01-05', 2026)).toBe('2027年1月5日')
    expect(ledgerDate('', 2026)).toBe('')
  })

  it('lists the cases registered in the year, in registration order, one row each', () => {
    const rows = violationLedgerRows(input, village)
    expect(rows.map((r) => r.caseNo)).toEqual([
      '张庄违约〔2026〕c1号',
      '张庄违约〔2026〕c2号',
      '张庄违约〔2026〕c4号',
      '张庄违约〔2026〕c5号',
      '张庄违约〔2026〕c3号',
    ])
    const [story, statement, overdue, reversed, fresh] = rows
    expect(story).toEqual({
      caseNo: '张庄违约〔2026〕c1号',
      reportDate: '10月21日',
      party: '李四（三组）',
      act: '10月20日，李四未经批准将房屋加高一层，遮挡东邻张三家采光',
      articles: '违反第十二条\n依据第二十条',
      measures: '批评教育、暂停享受“村集体福利-年终慰问品”',
      hearing: '10月28日直接送达；期满未申辩',
      decisionDate: '11月4日',
      rectification: '11月25日验收合格',
      restorationDate: '12月1日',
      status: '已恢复',
    })
    expect(statement?.party).toBe('王小明（一组）\n王大山户')
    expect(statement?.act).toBe('2024年3月10日，王小明未按批准高度建房，超出批准高度一点五米')
    expect(statement?.hearing).toBe('10月28日直接送达；10月30日陈述申辩，11月3日答复')
    expect(reversed?.measures).toBe('批评教育、暂停享受“村集体福利-年终慰问品”（11月20日撤销）')
    expect(reversed?.status).toBe('已结案（决定被撤销）')
    expect(overdue?.rectification).toBe('限11月30日前，已逾期')
    expect(fresh).toMatchObject({ articles: '', measures: '', hearing: '', decisionDate: '', status: '已登记' })
  })

  it('marks a rectification overdue only from the day after its deadline (2026-11-30)', () => {
    const overdueOn = (preparedOn: string) => violationLedgerRows({ ...input, preparedOn }, village)[2]?.rectification
    expect(overdueOn('2026-11-30')).toBe('限11月30日前')
    expect(overdueOn('2026-12-01')).toBe('限11月30日前，已逾期')
  })

  it('names parties in full (internal register) but never prints a full phone or ID; masks names on request', () => {
    const doc = buildViolationLedgerDoc(input, village)
    const text = definitionText(doc)
    expect(text).toContain('李四（三组）')
    expect(text).not.toContain(LEAKED_MOBILE)
    expect(text).toContain('举报人电话138****1234')
    expect(findUnmaskedPersonalNumbers(text)).toEqual([])
    const masked = definitionText(buildViolationLedgerDoc({ ...input, names: 'masked' }, village))
    expect(masked).toContain('王*明（一组）\n王*山户')
    expect(masked).toContain('王*明未按批准高度建房')
    expect(masked).not.toMatch(/李四|王小明|王大山/)
  })

  it('is a landscape ledger with the eleven columns, the header repeated', () => {
    const doc = buildViolationLedgerDoc(input, village)
    expect(doc.pageOrientation).toBe('landscape')
    const table = doc.content.find((c): c is ContentTable => typeof c === 'object' && 'table' in c)
    expect(table?.table.headerRows).toBe(1)
    expect((table?.table.body[0] as { text: string }[]).map((h) => h.text)).toEqual([
      '编号',
      '登记日期',
      '当事人（户）',
      '行为',
      '所依条款',
      '处理措施',
      '告知/申辩',
      '决定日期',
      '整改',
      '恢复日期',
      '状态',
    ])
    expect(definitionText(doc)).toContain('共5件。表中未注明年份的日期均为2026年。制表人：王昇')
  })
})
