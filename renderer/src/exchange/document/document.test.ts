import { zipSync } from 'fflate'
import { describe, expect, it, vi } from 'vitest'
import { parseCompactText } from '@/domain/compact/parse'
import { decodeText } from './decodeText'
import { DOCX_LIMITS, docxTextParts } from './docxParts'
import { DOCUMENT_TIME_LIMIT_MS, readDocumentText, TXT_MAX_BYTES, type DocumentText } from './index'
import { makeDocx } from './testDocx.node'

const COMPACT = [
  '某某村村规民约',
  '第一章 总则',
  '第一条 为加强村民自治，根据《中华人民共和国村民委员会组织法》，制定本村规民约。',
  '第二章 邻里关系',
  '第二条 村民建房应当依法取得宅基地批准，不得影响相邻房屋的通风和采光。',
  '第三条 违反第二条的，由村民委员会责令恢复原状。',
]

function text(result: DocumentText): string {
  if (!result.ok) throw new Error(`refused: ${result.message}`)
  return result.text
}
function refusal(result: DocumentText): string {
  if (result.ok) throw new Error('was read, expected a refusal')
  return result.message
}

describe('readDocumentText: Word .docx', () => {
  it('reads the paragraphs of a real .docx one per line, and the compact parser finds its chapters and articles', async () => {
    const result = await readDocumentText({ name: '村规民约.docx', bytes: makeDocx(COMPACT) })
    expect(text(result).split('\n')).toEqual(COMPACT)
    expect(result.ok && result.source).toBe('docx')
    const parsed = parseCompactText(text(result))
    expect(parsed.title).toBe('某某村村规民约')
    expect(parsed.chapters.map((c) => c.title)).toEqual(['总则', '邻里关系'])
    expect(parsed.articles.map((a) => [a.number, a.chapter])).toEqual([
      [1, 1],
      [2, 2],
      [3, 2],
    ])
    expect(parsed.unplaced).toEqual([])
  })

  it('leaves out text the reviewer deleted with tracked changes (修订)', async () => {
    const bytes = makeDocx(['第一条 村民应当爱护公共设施。', [{ text: '第二条 违者' }, { deleted: '罚款五十元' }, { text: '批评教育。' }]])
    expect(text(await readDocumentText({ name: 'a.docx', bytes }))).toBe('第一条 村民应当爱护公共设施。\n第二条 违者批评教育。')
  })

  it('warns that Word auto-numbering may not have been read when the document has list numbering', async () => {
    const numbering = new TextEncoder().encode(
      '<?xml version="1.0"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
    )
    const result = await readDocumentText({ name: 'a.docx', bytes: makeDocx(COMPACT, { 'word/numbering.xml': numbering }) })
    expect(result.ok && result.warnings.join()).toContain('自动编号')
  })

  it('never inflates images or other parts: only the text parts reach the Word reader', () => {
    const photo = new Uint8Array(3 * 1024 * 1024).fill(7)
    const parts = docxTextParts(makeDocx(COMPACT, { 'word/media/image1.png': photo }))
    expect(parts.ok && parts.zip.length).toBeLessThan(20_000)
  })

  it('refuses a zip bomb from its directory, before inflating anything', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(DOCX_LIMITS.maxEntryBytes + 1) }, { level: 9 })
    expect(bomb.length).toBeLessThan(100_000)
    expect(refusal(await readDocumentText({ name: 'bomb.docx', bytes: bomb }))).toMatch(/解压后有 \d+ MB，超过单项上限/)
  })

  it('refuses a truncated .docx with a reason, without throwing', async () => {
    const whole = makeDocx(COMPACT)
    for (const cut of [10, Math.floor(whole.length / 2), whole.length - 5]) {
      expect(refusal(await readDocumentText({ name: 'cut.docx', bytes: whole.subarray(0, cut) }))).toMatch(/Word|损坏/)
    }
  })

  it('refuses a zip without a Word body (an .xlsx renamed) and names what is wrong', async () => {
    const xlsx = zipSync({ 'xl/workbook.xml': new TextEncoder().encode('<workbook/>') })
    expect(refusal(await readDocumentText({ name: 'x.docx', bytes: xlsx }))).toContain('没有 Word 正文')
  })

  it('refuses an old binary .doc, a PDF and a picture, saying what to do instead', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])
    expect(refusal(await readDocumentText({ name: '村规民约.doc', bytes: ole }))).toContain('另存为')
    expect(refusal(await readDocumentText({ name: 'a.pdf', bytes: new TextEncoder().encode('%PDF-1.7') }))).toContain('PDF')
    expect(refusal(await readDocumentText({ name: 'a.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff]) }))).toContain('.docx')
  })
})

describe('readDocumentText: text files', () => {
  const sample = COMPACT.join('\r\n')

  it('reads UTF-8 with and without the BOM, with Windows line ends', async () => {
    const utf8 = new TextEncoder().encode(sample)
    expect(text(await readDocumentText({ name: 'a.txt', bytes: utf8 }))).toBe(COMPACT.join('\n'))
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])
    expect(text(await readDocumentText({ name: 'a.txt', bytes: bom }))).toBe(COMPACT.join('\n'))
  })

  it('reads UTF-16 little- and big-endian (Notepad "Unicode")', async () => {
    const le = new Uint8Array(2 + sample.length * 2)
    le.set([0xff, 0xfe])
    const be = new Uint8Array(2 + sample.length * 2)
    be.set([0xfe, 0xff])
    for (let i = 0; i < sample.length; i++) {
      const c = sample.charCodeAt(i)
      le[2 + i * 2] = c & 0xff
      le[3 + i * 2] = c >> 8
      be[2 + i * 2] = c >> 8
      be[3 + i * 2] = c & 0xff
    }
    expect(text(await readDocumentText({ name: 'a.txt', bytes: le }))).toBe(COMPACT.join('\n'))
    expect(text(await readDocumentText({ name: 'a.txt', bytes: be }))).toBe(COMPACT.join('\n'))
  })

  it('reads GBK text (the old Windows default) and says it did', async () => {
    // 第一条 村民 in GBK
    const gbk = new Uint8Array([0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5, 0x20, 0xb4, 0xe5, 0xc3, 0xf1])
    expect(decodeText(gbk)).toEqual({ text: '第一条 村民', encoding: 'gb18030' })
    const result = await readDocumentText({ name: 'a.txt', bytes: gbk })
    expect(text(result)).toBe('第一条 村民')
    expect(result.ok && result.warnings.join()).toContain('GBK')
  })

  it('refuses binary data, an empty file and a file over the size limit', async () => {
    expect(refusal(await readDocumentText({ name: 'a.txt', bytes: new Uint8Array([0x41, 0, 0x42]) }))).toContain('二进制')
    expect(refusal(await readDocumentText({ name: 'a.txt', bytes: new TextEncoder().encode(' \n ') }))).toContain('空的')
    expect(refusal(await readDocumentText({ name: 'a.txt', bytes: new Uint8Array(TXT_MAX_BYTES + 1).fill(0x41) }))).toContain('上限')
  })
})

describe('readDocumentText: the worker guard', () => {
  it('ends a worker that has not answered after the time limit, and says so plainly', async () => {
    const made: { terminated: boolean; posted: number }[] = []
    class SilentWorker {
      onmessage: unknown = null
      onerror: unknown = null
      private readonly record = { terminated: false, posted: 0 }
      constructor() {
        made.push(this.record)
      }
      postMessage() {
        this.record.posted++
      }
      terminate() {
        this.record.terminated = true
      }
    }
    vi.stubGlobal('Worker', SilentWorker)
    vi.useFakeTimers()
    try {
      const pending = readDocumentText({ name: 'a.docx', bytes: makeDocx(COMPACT) })
      await vi.advanceTimersByTimeAsync(DOCUMENT_TIME_LIMIT_MS - 1)
      expect(made).toEqual([{ terminated: false, posted: 1 }])
      await vi.advanceTimersByTimeAsync(1)
      expect(refusal(await pending)).toContain('读取超时')
      expect(made[0]!.terminated).toBe(true)
    } finally {
      vi.useRealTimers()
      vi.unstubAllGlobals()
    }
  })
})
