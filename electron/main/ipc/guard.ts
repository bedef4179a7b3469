/**
 * Who may call the main process, decided as pure functions (after VS Code's validated ipcMain):
 *  - the channel carries our prefix and is one the contract knows;
 *  - the sender is the main window's webContents — not the print preview, not a devtools page;
 *  - the message comes from that webContents' top frame: an iframe (the PDF viewer, a blob: frame)
 *    must never reach the file system, even though the preload is not injected there;
 *  - the top frame's URL is on the app's origin (app://xiangyue, or the dev server in dev), so a
 *    page that somehow got navigated elsewhere loses the API;
 *  - then the arguments pass the channel's zod schema.
 * Everything else is refused with a message that says which rule failed.
 *
 * Only type imports from electron here: the module runs under vitest in plain node.
 */
import type { IpcMainInvokeEvent } from 'electron'
import { CHANNEL_PREFIX, type Channel } from '../../contract'
import { formatOrigin, isUrlOfOrigin, type Origin } from '../origin'
import { validateCall, isKnownChannel, type ValidatedCall } from './schemas'

/** The facts about a sender that the checks need, decoupled from Electron's objects. */
export interface SenderDescription {
  webContentsId: number
  /** True only for the sender webContents' top-level frame. */
  isMainFrame: boolean
  /** URL of the sending frame ('' when the frame is gone). */
  url: string
}

export interface ExpectedSender {
  /** The main window's webContents id; undefined while there is no main window. */
  webContentsId: number | undefined
  origin: Origin
}

/** Refusal message, or null when the channel is acceptable. */
export function checkChannel(channel: string): string | null {
  if (!channel.startsWith(CHANNEL_PREFIX)) return `通道缺少前缀 ${CHANNEL_PREFIX}：${channel}`
  if (!isKnownChannel(channel)) return `未知的 IPC 通道：${channel}`
  return null
}

/** Refusal message, or null when the sender is the main window's top frame on the app origin. */
export function checkSender(sender: SenderDescription, expected: ExpectedSender): string | null {
  if (expected.webContentsId === undefined || sender.webContentsId !== expected.webContentsId) {
    return `发送方不是主窗口（webContents ${sender.webContentsId}）`
  }
  if (!sender.isMainFrame) return '发送方是子框架，只接受主框架的调用'
  if (!isUrlOfOrigin(sender.url, expected.origin)) {
    return `发送方来源不符（${sender.url || '未知'}，应为 ${formatOrigin(expected.origin)}）`
  }
  return null
}

/** All checks in order; the first failure wins. */
export function guardCall<C extends Channel>(
  channel: C,
  sender: SenderDescription,
  args: readonly unknown[],
  expected: ExpectedSender,
): ValidatedCall<C>
export function guardCall(channel: string, sender: SenderDescription, args: readonly unknown[], expected: ExpectedSender): ValidatedCall
export function guardCall(channel: string, sender: SenderDescription, args: readonly unknown[], expected: ExpectedSender): ValidatedCall {
  const refusal = checkChannel(channel) ?? checkSender(sender, expected)
  if (refusal !== null) return { ok: false, error: refusal }
  return validateCall(channel as Channel, args)
}

/**
 * Reads the facts from an invoke event. `senderFrame` is null once the frame navigated away or
 * was destroyed, which counts as "not the main frame". WebFrameMain objects are cached per frame,
 * so identity comparison with `sender.mainFrame` is reliable; the parent check is belt and braces.
 */
export function describeSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>): SenderDescription {
  const frame = event.senderFrame
  const isMainFrame = frame !== null && frame === event.sender.mainFrame && frame.parent === null
  return { webContentsId: event.sender.id, isMainFrame, url: frame?.url ?? '' }
}

/** The error thrown back to the renderer (ipcRenderer.invoke rejects with its message). */
export function refusalError(channel: string, reason: string): Error {
  return new Error(`已拒绝 IPC 调用 ${channel}：${reason}`)
}
