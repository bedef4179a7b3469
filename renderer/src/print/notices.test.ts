import { describe, expect, it } from 'vitest'
import { findUnmaskedPersonalNumbers } from '@/domain/people/masking'
import { sampleContent } from '@/domain/notices/testFixtures'
import { buildNoticeDoc, maskedListTable, objectionLine, periodLine } from './notices'
import type { ContentTable, ContentText } from './pdf-types'
import { pdfText, saveSample } from './pdf-test-utils.node'
import { renderPdfInNode } from './render.node'
import { village } from './testFixtures'

const texts = (doc: ReturnType<typeof buildNoticeDoc>) => JSON.stringify(doc.content)

describe('公示期 and objection lines', () => {
  it('prints inclusive 起止日期 with the count', () => {
    expect(periodLine({ start: '2026-11-02', days: 7, unit: 'calendar' })).toBe('公示期：2026年11月2日至2026年11月8日（共7天）。')
    expect(periodLine({ start: '2026-09-24', days: 7, unit: 'working' })).toBe('公示期：2026年9月24日至2026年10月10日（7个工作日）。')
  })
  it('prints the supervision phone as is (public office phone, not personal data)', () => {
    expect(objectionLine({ phone: '0371-12345678', supervisionBody: '村务监督委员会' }, '')).toBe(
      '如有异议，请在公示期内向村务监督委员会反映，监督电话：0371-12345678。',
    )
    expect(
      objectionLine({ phone: '', supervisionBody: '村务监督委员会', townshipContact: '城关镇民政办0371-7654321' }, '0371-1111111'),
    ).toBe('如有异议，请在公示期内向村务监督委员会反映，监督电话：0371-1111111。也可向城关镇民政办0371-7654321反映。')
  })
})

describe('masking in notices', () => {
  it('masks every person field of a 名单', () => {
    const { columns, rows } = maskedListTable(sampleContent().attachedList!)
    expect(columns.map((c) => c.header)).toEqual(['序号', '姓名', '村民小组', '身份证号', '联系电话', '银行账号', '住址'])
    expect(rows[0]).toEqual({
      __seq: '1',
      name: '张堃',
      group: '三组',
      id: '110105********002X',
      phone: '138****1234',
      bank: '尾号0123',
      addr: '东风村三组',
    })
  })

  it('builds a document whose definition holds no unmasked number', () => {
    const doc = buildNoticeDoc(
      sampleContent({
        body: ['联系人电话13800131234。'],
        attachedList: { ...sampleContent().attachedList!, rows: [{ name: '李喆 13700001234', id: '440524188001010014' }] },
      }),
      village,
    )
    const t = texts(doc)
    expect(findUnmaskedPersonalNumbers(t)).toEqual([])
    expect(t).toContain('440524********0014')
    expect(t).toContain('137****1234')
    const table = doc.content.find((c): c is ContentTable => typeof c === 'object' && 'table' in c)
    expect(table?.table.headerRows).toBe(1)
  })
})

describe('buildNoticeDoc (rendered)', () => {
  it('prints a complete 名单公示 and saves a sample to look at', async () => {
    const content = sampleContent({
      body: [
        '根据《最低生活保障审核确认办法》和县民政局有关规定，经本人申请、入户调查、村民代表会议民主评议，现将2026年度拟纳入最低生活保障对象名单公示如下：',
      ],
      attachedList: {
        ...sampleContent().attachedList!,
        rows: [
          {
            name: '张堃',
            group: '三组',
            id: '11010519491231002X',
            phone: '13800131234',
            bank: '6222021234567890123',
            addr: '东风村三组45号',
          },
          { name: '李喆', group: '一组', id: '440524188001010014', phone: '13912345678', bank: '6217001234567890', addr: '东风村一组8号' },
          { name: '王昇', group: '五组', id: '370101190102039973', phone: '0371-87654321', bank: '6228480012345678', addr: '东风村五组' },
        ],
      },
      attachments: ['2026年度低保评议会议记录'],
    })
    const pdf = await renderPdfInNode(buildNoticeDoc(content, village))
    const text = pdfText(pdf)
    const flat = text.replace(/\s+/g, '')
    expect(findUnmaskedPersonalNumbers(text)).toEqual([])
    for (const masked of [
      '110105********002X',
      '440524********0014',
      '370101********9973',
      '138****1234',
      '139****5678',
      '0371-****4321',
      '尾号0123',
    ]) {
      expect(flat).toContain(masked)
    }
    expect(flat).not.toContain('45号')
    expect(flat).toContain('公示期：2026年11月2日至2026年11月8日（共7天）。')
    expect(flat).toContain('监督电话：0371-12345678。')
    expect(flat).toContain('东风村村民委员会')
    expect(flat).toContain('2026年11月2日')
    expect(flat).toContain('附件：2026年度低保评议会议记录')
    saveSample('notice', pdf)
    const plainDoc = buildNoticeDoc(
      sampleContent({
        kind: '通用公示',
        title: '关于村道硬化工程资金使用情况的公示',
        body: [
          { kind: 'heading', level: 1, text: '一、工程概况' },
          '村道硬化工程全长2.3公里，宽4.5米，由县交通运输局“以奖代补”资金和村集体自筹资金共同建设，于2026年10月20日通过竣工验收。',
          { kind: 'heading', level: 1, text: '二、资金使用情况' },
          { kind: 'heading', level: 2, text: '（一）资金来源' },
          '上级奖补资金人民币五十万元（￥500,000.00），村集体自筹人民币十二万元（￥120,000.00）。',
          { kind: 'heading', level: 2, text: '（二）资金支出' },
          '材料费三十八万六千元，人工费十七万二千元，机械租赁费六万二千元，合计六十二万元，与预算相符。',
        ],
        attachedList: undefined,
        period: { start: '2026-09-24', days: 7, unit: 'working' },
        sealed: false,
        dateSigned: '2026-09-24',
      }),
      village,
    )
    const plainPdf = await renderPdfInNode(plainDoc)
    expect(pdfText(plainPdf).replace(/\s+/g, '')).toContain('（7个工作日）')
    saveSample('notice-unsealed', plainPdf)
  })

  it('title text content is what the secretary typed', () => {
    const doc = buildNoticeDoc(sampleContent(), village)
    const title = doc.content[0] as ContentText
    expect(typeof title.text === 'string' ? title.text : title.text.map((i) => i.text).join('')).toBe(
      '关于2026年度最低生活\n保障对象审核结果的公示',
    )
  })
})
