/**
 * 使用手册 and 公示结果记录 rendered to PDF in node and read back with pdftotext (one file: the
 * engine parses its fonts once). Samples: test-results/print/manual*.pdf, result-record*.pdf (+ PNG).
 */
import { describe, expect, it } from 'vitest'
import type { Notice } from '@/domain/notices/model'
import { sampleContent } from '@/domain/notices/testFixtures'
import { AREA_HELP, HELP_ORDER } from '@/help/areas'
import { LEGAL_TERMS } from '@/help/terms'
import { latinWordsIn } from '@/help/latin'
import { pdfPageCount, pdfText, saveSample } from '../pdf-test-utils.node'
import { renderPdfInNode } from '../render.node'
import { village } from '../testFixtures'
import { buildManualDoc } from './manual'
import { buildResultRecordDoc } from './resultRecord'

/** pdftotext breaks lines and may space CJK: compare without whitespace. */
const flat = (s: string) => s.replace(/\s+/g, '')

const ended: Notice = {
  ...sampleContent(),
  id: 'n1',
  state: 'ended',
  createdAt: '2026-11-01T02:00:00.000Z',
  updatedAt: '2026-11-09T02:00:00.000Z',
  issuedAt: '2026-11-01T17:30:00.000Z',
  pdfSha256: 'ab'.repeat(32),
  posting: { date: '2026-11-02', place: '村务公开栏', photoId: 'p1' },
  objections: [
    {
      id: 'o1',
      date: '2026-11-03',
      who: '李四',
      content: '张堃家去年已有收入，电话13800131234',
      reply: { date: '2026-11-04', text: '经入户核实，收入低于标准。', by: '王昇' },
    },
    { id: 'o2', date: '2026-11-05', who: '赵六', content: '名单漏了三组一户' },
  ],
  result: '公示期内收到的异议已逐一答复，公示结果有效',
  endedAt: '2026-11-09T02:00:00.000Z',
}

describe('公示结果记录', () => {
  it('prints the posting, every objection with its reply, and the result; numbers masked', async () => {
    const pdf = await renderPdfInNode(buildResultRecordDoc(ended, village))
    saveSample('result-record', pdf)
    const text = flat(pdfText(pdf))
    expect(text).toContain('公示结果记录')
    expect(text).toContain(flat('公示标题：关于2026年度最低生活保障对象审核结果的公示'))
    // issued 01:30 on 2 Nov in Beijing (17:30 UTC the day before)
    expect(text).toContain('签发日期：2026年11月2日')
    expect(text).toContain('公示期：2026年11月2日至2026年11月8日（共7天）')
    expect(text).toContain('2026年11月2日张贴于村务公开栏，现场照片已存档')
    expect(text).toContain('ABAB')
    expect(text).toContain('共收到异议2件，1件已答复')
    expect(text).toContain('李四')
    expect(text).toContain('收入低于标准')
    expect(text).toContain('未答复')
    expect(text).toContain('138****1234')
    expect(text).not.toContain('13800131234')
    expect(text).toContain('公示期内收到的异议已逐一答复，公示结果有效。')
    expect(text).toContain('东风村村民委员会')
  })
  it('says so when no objection came in', async () => {
    const pdf = await renderPdfInNode(buildResultRecordDoc({ ...ended, objections: [], result: '公示期内无异议' }, village))
    const text = flat(pdfText(pdf))
    expect(text).toContain('公示期内未收到异议。')
    expect(text).toContain('公示期内无异议。')
  })
})

describe('使用手册', () => {
  it('prints every area’s 使用说明 and every legal term, in plain words', async () => {
    const pdf = await renderPdfInNode(buildManualDoc({ issuer: village.committeeName, date: '2026-11-09' }))
    saveSample('manual', pdf, 2)
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2)
    const text = flat(pdfText(pdf))
    expect(text).toContain('乡约使用手册')
    for (const name of HELP_ORDER) {
      expect(text, name).toContain(flat(`、${AREA_HELP[name]!.title}`))
      expect(text, name).toContain(flat(AREA_HELP[name]!.purpose).slice(0, 12))
    }
    for (const t of Object.values(LEGAL_TERMS)) expect(text, t.term).toContain(flat(t.meaning).slice(0, 8))
    expect(latinWordsIn(pdfText(pdf))).toEqual([])
  })
})
