import { describe, expect, it } from 'vitest'
import { MAX_FILE_NAME, safeFileName } from './fileName'

describe('safeFileName: file names are made safe, not refused', () => {
  it('replaces path syntax and the characters Windows forbids', () => {
    expect(safeFileName('关于2026/2027年度:低保"对象"公示?.pdf')).toBe('关于2026_2027年度_低保_对象_公示_.pdf')
    expect(safeFileName('关于2026年度：公示？.pdf')).toBe('关于2026年度：公示？.pdf') // full-width ：？ are allowed
    expect(safeFileName('a\\b|c*d<e>f.pdf')).toBe('a_b_c_d_e_f.pdf')
  })
  it('removes bidi and zero-width characters, so the name shows what it is', () => {
    expect(safeFileName('x\u202efdp.exe')).toBe('xfdp.exe')
    expect(safeFileName('公\u200b示\u2066.pdf')).toBe('公示.pdf')
  })
  it('never leaves “..”, leading/trailing dots or spaces, control characters, or a device name', () => {
    expect(safeFileName('../../etc/passwd')).toBe('_._etc_passwd')
    expect(safeFileName('  名单.  ')).toBe('名单')
    expect(safeFileName('a\nb\tc.pdf')).toBe('a_b_c.pdf')
    expect(safeFileName('CON.pdf')).toBe('_CON.pdf')
    expect(safeFileName('nul')).toBe('_nul')
  })
  it('cuts a long title but keeps the extension', () => {
    const long = `${'关于'.repeat(150)}.pdf`
    const safe = safeFileName(long)
    expect(Array.from(safe)).toHaveLength(MAX_FILE_NAME)
    expect(safe.endsWith('.pdf')).toBe(true)
  })
  it('falls back when nothing is left', () => {
    expect(safeFileName('...')).toBe('文件')
    expect(safeFileName('\u202e', '打印')).toBe('打印')
  })
  it('is idempotent', () => {
    for (const s of ['关于2026/2027：公示？.pdf', 'x\u202efdp.exe', '  名单.  ', 'CON.pdf'])
      expect(safeFileName(safeFileName(s))).toBe(safeFileName(s))
  })
})
