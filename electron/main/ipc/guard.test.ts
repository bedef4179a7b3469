import { describe, expect, it } from 'vitest'
import { CHANNELS } from '../../contract'
import { APP_ORIGIN_PARTS } from '../origin'
import { checkChannel, checkSender, describeSender, guardCall, refusalError, type ExpectedSender, type SenderDescription } from './guard'

const MAIN_ID = 7
const expected: ExpectedSender = { webContentsId: MAIN_ID, origin: APP_ORIGIN_PARTS }
const goodSender: SenderDescription = { webContentsId: MAIN_ID, isMainFrame: true, url: 'app://xiangyue/index.html#/notices' }
const pdf = new TextEncoder().encode('%PDF-1.4\n%%EOF')

describe('checkChannel', () => {
  it('refuses a wrong prefix', () => {
    expect(checkChannel('app-version')).toMatch(/前缀/)
    expect(checkChannel('evil:save-file')).toMatch(/前缀/)
    expect(checkChannel('vscode:xiangyue:save-file')).toMatch(/前缀/)
  })
  it('refuses an unknown channel with the right prefix', () => {
    expect(checkChannel('xiangyue:exec')).toMatch(/未知/)
  })
  it('accepts every contract channel', () => {
    for (const channel of Object.values(CHANNELS)) expect(checkChannel(channel)).toBeNull()
  })
})

describe('checkSender', () => {
  it('accepts the main window top frame on the app origin', () => {
    expect(checkSender(goodSender, expected)).toBeNull()
  })

  it('refuses a sub-frame of the main window', () => {
    expect(checkSender({ ...goodSender, isMainFrame: false }, expected)).toMatch(/子框架/)
  })

  it('refuses other webContents (print preview, devtools) and calls before the window exists', () => {
    expect(checkSender({ ...goodSender, webContentsId: 8 }, expected)).toMatch(/主窗口/)
    expect(checkSender(goodSender, { ...expected, webContentsId: undefined })).toMatch(/主窗口/)
  })

  it('refuses wrong origins', () => {
    for (const url of [
      'https://evil.example/',
      'http://localhost:5173/',
      'file:///C:/Users/secretary/Desktop/evil.html',
      'app://evil/index.html',
      'app://xiangyue.evil.example/index.html',
      'about:blank',
      'data:text/html,<script>1</script>',
      '',
    ]) {
      expect(checkSender({ ...goodSender, url }, expected), url).toMatch(/来源不符/)
    }
  })

  it('accepts the dev server origin when that is what the window loads', () => {
    const dev: ExpectedSender = { webContentsId: MAIN_ID, origin: { protocol: 'http:', host: 'localhost:5173' } }
    expect(checkSender({ ...goodSender, url: 'http://localhost:5173/#/people' }, dev)).toBeNull()
    expect(checkSender({ ...goodSender, url: 'http://localhost:5174/' }, dev)).toMatch(/来源不符/)
    expect(checkSender(goodSender, dev)).toMatch(/来源不符/)
  })
})

describe('guardCall', () => {
  it('runs channel, sender and argument checks in order', () => {
    expect(guardCall('bad:channel', { ...goodSender, isMainFrame: false }, [], expected)).toEqual({
      ok: false,
      error: expect.stringMatching(/前缀/) as unknown,
    })
    expect(guardCall(CHANNELS.printPdf, { ...goodSender, isMainFrame: false }, [{ bytes: pdf, title: 't' }], expected)).toEqual({
      ok: false,
      error: expect.stringMatching(/子框架/) as unknown,
    })
    expect(guardCall(CHANNELS.printPdf, goodSender, [{ bytes: new Uint8Array([1]), title: 't' }], expected)).toEqual({
      ok: false,
      error: expect.stringMatching(/参数无效/) as unknown,
    })
  })

  it('passes a good call through with its parsed arguments', () => {
    const result = guardCall(CHANNELS.printPdf, goodSender, [{ bytes: pdf, title: '公示' }], expected)
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.args[0].title).toBe('公示')
  })
})

describe('describeSender', () => {
  const mainFrame = { url: 'app://xiangyue/index.html', parent: null }
  const sender = { id: MAIN_ID, mainFrame }

  it('recognises the top frame by identity', () => {
    const event = { sender, senderFrame: mainFrame } as unknown as Parameters<typeof describeSender>[0]
    expect(describeSender(event)).toEqual({ webContentsId: MAIN_ID, isMainFrame: true, url: 'app://xiangyue/index.html' })
  })

  it('treats a child frame, or a frame already gone, as not the main frame', () => {
    const child = { url: 'app://xiangyue/frame.html', parent: mainFrame }
    const fromChild = { sender, senderFrame: child } as unknown as Parameters<typeof describeSender>[0]
    expect(describeSender(fromChild).isMainFrame).toBe(false)
    const gone = { sender, senderFrame: null } as unknown as Parameters<typeof describeSender>[0]
    expect(describeSender(gone)).toEqual({ webContentsId: MAIN_ID, isMainFrame: false, url: '' })
  })
})

describe('refusalError', () => {
  it('names the channel and the reason', () => {
    expect(refusalError('xiangyue:save-file', '发送方是子框架').message).toBe('已拒绝 IPC 调用 xiangyue:save-file：发送方是子框架')
  })
})
