/**
 * Wires the handler registry to ipcMain behind the guard. Nothing else in the app calls
 * ipcMain.handle, so every channel gets the same sender checks and argument validation.
 */
import { ipcMain } from 'electron'
import { CHANNELS, type Channel, type IpcHandlers } from '../../contract'
import { describeSender, guardCall, refusalError, type ExpectedSender } from './guard'

export function registerIpcHandlers(handlers: IpcHandlers, expectedSender: () => ExpectedSender): void {
  for (const channel of Object.values(CHANNELS)) register(channel, handlers, expectedSender)
}

function register<C extends Channel>(channel: C, handlers: IpcHandlers, expectedSender: () => ExpectedSender): void {
  const handler: IpcHandlers[C] = handlers[channel]
  ipcMain.handle(channel, async (event, ...args: unknown[]) => {
    const call = guardCall(channel, describeSender(event), args, expectedSender())
    if (!call.ok) {
      console.warn(`[ipc] ${channel} 已拒绝：${call.error}`)
      throw refusalError(channel, call.error)
    }
    return handler(...call.args)
  })
}
