/**
 * PRIVACY: 1,000 random notices with name lists (rare characters, valid 18-digit IDs, mobiles,
 * bank accounts, house-number addresses), rendered to real PDFs (50 notices per PDF) and read
 * back with pdftotext. No full ID number or mobile may appear; the masked forms must (so the test
 * cannot pass by printing nothing).
 */
import { describe, expect, it } from 'vitest'
import { computeCheckDigit } from '@/domain/people/idNumber'
import { findUnmaskedPersonalNumbers, maskBankAccount, maskIdNumber, maskPhone } from '@/domain/people/masking'
import type { NoticeContent } from '@/domain/notices/model'
import { NOTICE_KINDS } from '@/domain/notices/model'
import { buildNoticeDoc } from './notices'
import type { Content, PrintDocument } from './pdf-types'
import { pdfText } from './pdf-test-utils.node'
import { renderPdfInNode } from './render.node'
import { pick, randomChineseParagraph, seededRandom } from './test-text'
import { village } from './testFixtures'

const SURNAMES = Array.from('张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗欧')
const GIVEN = Array.from('堃喆昇淼琇犇明华建国秀英伟芳军磊洋勇艳杰娟涛超霞平刚桂兰')
const AREA_CODES = ['110105', '440524', '370101', '530102', '410102', '510107']
const GROUPS = ['一组', '二组', '三组', '四组', '五组', '六组']

function randomId(rand: () => number): string {
  const y = 1930 + Math.floor(rand() * 90)
  const m = 1 + Math.floor(rand() * 12)
  const d = 1 + Math.floor(rand() * 28)
  const first17 = `${pick(rand, AREA_CODES)}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(Math.floor(rand() * 1000)).padStart(3, '0')}`
  return first17 + computeCheckDigit(first17)
}
const randomMobile = (rand: () => number) => `1${pick(rand, ['3', '5', '7', '8', '9'])}${String(Math.floor(rand() * 1e9)).padStart(9, '0')}`
const randomBank = (rand: () => number) =>
  `62${String(Math.floor(rand() * 1e9)).padStart(9, '0')}${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`
const randomName = (rand: () => number) => pick(rand, SURNAMES) + pick(rand, GIVEN) + (rand() < 0.6 ? pick(rand, GIVEN) : '')

interface Generated {
  notice: NoticeContent
  ids: string[]
  mobiles: string[]
  banks: string[]
}

function randomNotice(rand: () => number, n: number): Generated {
  const ids: string[] = []
  const mobiles: string[] = []
  const banks: string[] = []
  const rows = Array.from({ length: 2 + Math.floor(rand() * 4) }, () => {
    const id = randomId(rand)
    const mobile = randomMobile(rand)
    const bank = randomBank(rand)
    ids.push(id)
    mobiles.push(mobile)
    banks.push(bank)
    const group = pick(rand, GROUPS)
    // the secretary typed a number into the remarks column too: the sweep must catch it
    const remark = rand() < 0.3 ? `本人电话${randomMobile(rand)}` : rand() < 0.3 ? `代领人身份证${randomId(rand)}` : '无'
    return { name: randomName(rand), group, id, phone: mobile, bank, addr: `东风村${group}${1 + Math.floor(rand() * 99)}号`, remark }
  })
  // numbers typed into the body by mistake
  const leak = rand() < 0.5 ? `联系人电话${randomMobile(rand)}，身份证号${randomId(rand)}。` : ''
  return {
    ids,
    mobiles,
    banks,
    notice: {
      kind: pick(rand, NOTICE_KINDS),
      title: `关于${randomName(rand)}等${rows.length}户审核结果的公示（${n}）`,
      body: [randomChineseParagraph(rand, 60) + leak],
      attachedList: {
        columns: [
          { key: 'name', header: '姓名', field: 'name' },
          { key: 'group', header: '村民小组', field: 'group' },
          { key: 'id', header: '身份证号', field: 'idNumber' },
          { key: 'phone', header: '联系电话', field: 'phone' },
          { key: 'bank', header: '银行账号', field: 'bankAccount' },
          { key: 'addr', header: '住址', field: 'address', groupKey: 'group' },
          { key: 'remark', header: '备注', field: 'text' },
        ],
        rows,
      },
      period: { start: '2026-11-02', days: 7, unit: rand() < 0.5 ? 'calendar' : 'working' },
      objectionChannel: { phone: '0371-12345678', supervisionBody: '村务监督委员会' },
      issuer: '东风村村民委员会',
      dateSigned: '2026-11-02',
      sealed: rand() < 0.5,
    },
  }
}

/** Several notices in one PDF, each starting on a new page (keeps 1,000 notices fast). */
function batch(docs: PrintDocument[]): PrintDocument {
  const first = docs[0]
  if (!first) throw new Error('empty batch')
  const content: Content[] = docs.map((d, i) => ({ stack: d.content, ...(i > 0 ? { pageBreak: 'before' as const } : {}) }))
  return { ...first, content }
}

describe('PRIVACY: no full ID or mobile number survives into a printed notice', () => {
  const NOTICES = 1000
  const PER_PDF = 50

  it(`${NOTICES} random notices in ${NOTICES / PER_PDF} PDFs`, { timeout: 240_000 }, async () => {
    const rand = seededRandom(4242)
    let checkedIds = 0
    for (let b = 0; b < NOTICES / PER_PDF; b++) {
      const generated = Array.from({ length: PER_PDF }, (_, i) => randomNotice(rand, b * PER_PDF + i + 1))
      const pdf = await renderPdfInNode(batch(generated.map((g) => buildNoticeDoc(g.notice, village))))
      const text = pdfText(pdf)
      const flat = text.replace(/\s+/g, '')
      expect(findUnmaskedPersonalNumbers(text), `PDF ${b + 1}`).toEqual([])
      expect(findUnmaskedPersonalNumbers(flat), `PDF ${b + 1} (lines joined)`).toEqual([])
      for (const g of generated) {
        for (const id of g.ids) {
          expect(flat).not.toContain(id)
          expect(flat).toContain(maskIdNumber(id))
          checkedIds++
        }
        for (const m of g.mobiles) {
          expect(flat).not.toContain(m)
          expect(flat).toContain(maskPhone(m))
        }
        for (const acct of g.banks) {
          expect(flat).not.toContain(acct)
          expect(flat).toContain(maskBankAccount(acct))
        }
        expect(flat).not.toMatch(/东风村[一二三四五六]组\d+号/)
      }
      expect(flat).toContain('监督电话：0371-12345678')
    }
    expect(checkedIds).toBeGreaterThan(2500)
  })
})
