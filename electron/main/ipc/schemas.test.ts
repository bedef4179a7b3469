import { describe, expect, it } from 'vitest'
import { CHANNELS } from '../../contract'
import { DEFAULT_OPEN_MAX_BYTES, MAX_OPEN_BYTES, MAX_PRINT_BYTES, MAX_SAVE_BYTES, validateCall } from './schemas'

const pdf = (extra = 'trailer') => new TextEncoder().encode(`%PDF-1.7\n${extra}\n%%EOF`)
const bytes = (n = 3) => new Uint8Array(n).fill(65)

/** A Uint8Array that claims a huge length without allocating it (validation only reads byteLength). */
function fakeHugeBytes(byteLength: number): Uint8Array {
  const real = pdf()
  return new Proxy(real, {
    get(target, prop, receiver) {
      if (prop === 'byteLength' || prop === 'length') return byteLength
      const value: unknown = Reflect.get(target, prop, receiver)
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value
    },
  })
}

function expectRefused(channel: string, args: unknown[], message?: RegExp): void {
  const result = validateCall(channel, args)
  expect(
    result.ok,
    JSON.stringify(args, (_k, v: unknown) => (v instanceof Uint8Array ? `<${v.byteLength} bytes>` : v)),
  ).toBe(false)
  if (!result.ok && message) expect(result.error).toMatch(message)
}

describe('validateCall: accepts good calls', () => {
  it('appVersion with no arguments', () => {
    expect(validateCall(CHANNELS.appVersion, [])).toEqual({ ok: true, channel: CHANNELS.appVersion, args: [] })
  })

  it('saveFile with bytes, a bare Chinese file name and filters', () => {
    const request = {
      bytes: bytes(),
      suggestedName: '村规民约（2024年修订）.xlsx',
      filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
    }
    const result = validateCall(CHANNELS.saveFile, [request])
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.args[0].suggestedName).toBe(request.suggestedName)
  })

  it('openFile with and without limits', () => {
    expect(validateCall(CHANNELS.openFile, [{}]).ok).toBe(true)
    expect(
      validateCall(CHANNELS.openFile, [{ filters: [{ name: '备份', extensions: ['zip', 'json'] }], maxBytes: DEFAULT_OPEN_MAX_BYTES }]).ok,
    ).toBe(true)
    expect(validateCall(CHANNELS.openFile, [{ filters: [{ name: '所有文件', extensions: ['*'] }] }]).ok).toBe(true)
  })

  it('printPdf with a real PDF header', () => {
    const result = validateCall(CHANNELS.printPdf, [{ bytes: pdf(), title: '公示：2024年第3号' }])
    expect(result.ok).toBe(true)
  })

  it('accepts a Node Buffer, which is a Uint8Array', () => {
    expect(validateCall(CHANNELS.printPdf, [{ bytes: Buffer.from(pdf()), title: '公示' }]).ok).toBe(true)
  })
})

describe('validateCall: refuses bad calls', () => {
  it('unknown channels', () => {
    expectRefused('xiangyue:delete-everything', [], /未知/)
    expectRefused('evil:app-version', [], /未知/)
  })

  it('extra or missing arguments', () => {
    expectRefused(CHANNELS.appVersion, ['surprise'])
    expectRefused(CHANNELS.saveFile, [])
    expectRefused(CHANNELS.openFile, [])
    expectRefused(CHANNELS.printPdf, [{ bytes: pdf(), title: 't' }, 'extra'])
  })

  it('wrong types', () => {
    expectRefused(CHANNELS.saveFile, [{ bytes: 'hello', suggestedName: 'a.txt' }], /bytes/)
    expectRefused(CHANNELS.saveFile, [{ bytes: [1, 2, 3], suggestedName: 'a.txt' }], /Uint8Array/)
    expectRefused(CHANNELS.saveFile, [{ bytes: new ArrayBuffer(3), suggestedName: 'a.txt' }])
    expectRefused(CHANNELS.saveFile, [{ bytes: bytes(), suggestedName: 42 }])
    expectRefused(CHANNELS.saveFile, [{ bytes: bytes(), suggestedName: 'a.txt', filters: 'xlsx' }])
    expectRefused(CHANNELS.openFile, [{ maxBytes: '50' }])
    expectRefused(CHANNELS.openFile, [null])
    expectRefused(CHANNELS.printPdf, [{ bytes: pdf(), title: 7 }])
  })

  it('missing fields', () => {
    expectRefused(CHANNELS.saveFile, [{ bytes: bytes() }], /suggestedName/)
    expectRefused(CHANNELS.saveFile, [{ suggestedName: 'a.txt' }], /bytes/)
    expectRefused(CHANNELS.printPdf, [{ bytes: pdf() }], /title/)
    expectRefused(CHANNELS.printPdf, [{ title: '公示' }], /bytes/)
  })

  it('unknown fields (no smuggling a path in beside the name)', () => {
    expectRefused(CHANNELS.saveFile, [{ bytes: bytes(), suggestedName: 'a.txt', path: '/etc/passwd' }])
    expectRefused(CHANNELS.openFile, [{ defaultPath: 'C:\\Windows' }])
  })

  it('makes file names safe instead of refusing them: no path syntax, "..", device name or control character survives', () => {
    for (const suggestedName of [
      '../a.txt',
      '..',
      'a/b.txt',
      '/etc/passwd',
      'C:\\Windows\\win.ini',
      '..\\..\\boot.ini',
      'report..pdf',
      'a:b.txt',
      'what?.txt',
      'tab\there.txt',
      'CON',
      'nul.txt',
      ' leading-space.txt',
      'trailing-dot.',
      '',
      'x'.repeat(201),
      'x\u202efdp.exe',
    ]) {
      const result = validateCall(CHANNELS.saveFile, [{ bytes: bytes(), suggestedName }])
      expect(result.ok).toBe(true)
      const name = (result as { ok: true; args: [{ suggestedName: string }] }).args[0].suggestedName
      // eslint-disable-next-line no-control-regex
      expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f\u202a-\u202e]/)
      expect(name).not.toContain('..')
      expect(name).not.toMatch(/^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i)
      expect(name.length).toBeGreaterThan(0)
      expect(name.length).toBeLessThanOrEqual(120)
    }
  })

  it('empty and oversize bytes', () => {
    expectRefused(CHANNELS.saveFile, [{ bytes: new Uint8Array(0), suggestedName: 'a.txt' }], /为空/)
    expectRefused(CHANNELS.saveFile, [{ bytes: fakeHugeBytes(MAX_SAVE_BYTES + 1), suggestedName: 'a.txt' }], /超过上限/)
    expectRefused(CHANNELS.printPdf, [{ bytes: fakeHugeBytes(MAX_PRINT_BYTES + 1), title: '公示' }], /超过上限/)
  })

  it('a maxBytes that is not a positive integer below the ceiling', () => {
    expectRefused(CHANNELS.openFile, [{ maxBytes: 0 }])
    expectRefused(CHANNELS.openFile, [{ maxBytes: -1 }])
    expectRefused(CHANNELS.openFile, [{ maxBytes: 1.5 }])
    expectRefused(CHANNELS.openFile, [{ maxBytes: MAX_OPEN_BYTES + 1 }])
  })

  it('filters with dotted or odd extensions', () => {
    expectRefused(CHANNELS.openFile, [{ filters: [{ name: 'Excel', extensions: ['.xlsx'] }] }], /扩展名/)
    expectRefused(CHANNELS.openFile, [{ filters: [{ name: 'Excel', extensions: [] }] }])
    expectRefused(CHANNELS.openFile, [{ filters: [{ name: '', extensions: ['xlsx'] }] }])
    expectRefused(CHANNELS.openFile, [{ filters: [{ name: 'x', extensions: ['../x'] }] }])
  })

  it('printPdf bytes that are not a PDF', () => {
    expectRefused(CHANNELS.printPdf, [{ bytes: new TextEncoder().encode('<html>not a pdf</html>'), title: '公示' }], /不是 PDF/)
    expectRefused(CHANNELS.printPdf, [{ bytes: new TextEncoder().encode('%PDF'), title: '公示' }], /不是 PDF/)
    expectRefused(CHANNELS.printPdf, [{ bytes: new TextEncoder().encode(' %PDF-1.7'), title: '公示' }], /不是 PDF/)
  })

  it('printPdf titles that are empty, too long or carry control characters', () => {
    expectRefused(CHANNELS.printPdf, [{ bytes: pdf(), title: '' }])
    expectRefused(CHANNELS.printPdf, [{ bytes: pdf(), title: 'x'.repeat(201) }])
    expectRefused(CHANNELS.printPdf, [{ bytes: pdf(), title: 'a\nb' }])
  })

  it('says which field failed, in Chinese', () => {
    const result = validateCall(CHANNELS.saveFile, [{ bytes: new Uint8Array(0), suggestedName: 'x.pdf' }])
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^参数无效：bytes: /) as unknown })
  })
})
