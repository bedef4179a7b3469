import { describe, expect, it } from 'vitest'
import { acceptToFilters, cleanIpcErrorMessage, exactBytes, fileTooLargeMessage, matchesAccept } from './helpers'

describe('acceptToFilters', () => {
  it('turns dotted extensions into one dialog filter', () => {
    expect(acceptToFilters(['.xlsx'])).toEqual([{ name: 'XLSX 文件', extensions: ['xlsx'] }])
    expect(acceptToFilters(['.ZIP', '.json', '.zip'])).toEqual([{ name: 'ZIP、JSON 文件', extensions: ['zip', 'json'] }])
  })
  it('drops MIME types and junk; nothing left means any file', () => {
    expect(acceptToFilters(['application/pdf', '.pdf'])).toEqual([{ name: 'PDF 文件', extensions: ['pdf'] }])
    expect(acceptToFilters(['image/*', '../x', ''])).toBeUndefined()
    expect(acceptToFilters([])).toBeUndefined()
  })
})

describe('matchesAccept', () => {
  it('checks the extension case-insensitively', () => {
    expect(matchesAccept('村民名册.XLSX', ['.xlsx'])).toBe(true)
    expect(matchesAccept('村民名册.xls', ['.xlsx'])).toBe(false)
    expect(matchesAccept('anything.bin', [])).toBe(true)
  })
})

describe('cleanIpcErrorMessage', () => {
  it('strips the invoke wrapper and the error class', () => {
    expect(cleanIpcErrorMessage("Error invoking remote method 'xiangyue:open-file': FileTooLargeError: 文件“a.xlsx”太大")).toBe(
      '文件“a.xlsx”太大',
    )
    expect(cleanIpcErrorMessage("Error invoking remote method 'xiangyue:save-file': Error: 无法保存")).toBe('无法保存')
    expect(cleanIpcErrorMessage('普通错误')).toBe('普通错误')
  })
})

describe('fileTooLargeMessage', () => {
  it('names the file and both sizes in MB', () => {
    expect(fileTooLargeMessage('备份.zip', 60 * 1024 * 1024, 50 * 1024 * 1024)).toBe(
      '文件“备份.zip”大小为 60 MB，超过允许的上限 50 MB，未打开。',
    )
  })
})

describe('exactBytes', () => {
  it('copies a view so its buffer holds only its own bytes', () => {
    const big = new Uint8Array([1, 2, 3, 4, 5])
    const view = big.subarray(1, 3)
    const copy = exactBytes(view)
    expect([...copy]).toEqual([2, 3])
    expect(copy.buffer.byteLength).toBe(2)
  })
})
