/**
 * The preload: exposes exactly one object, `window.xiangyue`, typed by the contract.
 *
 * Built as CommonJS (out/preload/index.cjs) because sandboxed preloads cannot be ES modules. It
 * may import only 'electron' at runtime; the contract's channel table is bundled in.
 * No raw ipcRenderer, no generic `invoke(channel, ...)`: the page can reach the contract's channels
 * and nothing else.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS, type Channel, type ChannelArgs, type ChannelResult, type XiangyueApi } from '../contract'

function invoke<C extends Channel>(channel: C, ...args: ChannelArgs<C>): Promise<ChannelResult<C>> {
  return ipcRenderer.invoke(channel, ...args) as Promise<ChannelResult<C>>
}

const api = {
  appVersion: () => invoke(CHANNELS.appVersion),
  saveFile: (request) => invoke(CHANNELS.saveFile, request),
  openFile: (request) => invoke(CHANNELS.openFile, request),
  printPdf: (request) => invoke(CHANNELS.printPdf, request),
  saveBackup: (request) => invoke(CHANNELS.saveBackup, request),
  listBackups: () => invoke(CHANNELS.listBackups),
  readBackup: (name) => invoke(CHANNELS.readBackup, name),
  pruneBackups: (keep) => invoke(CHANNELS.pruneBackups, keep),
  writeAuditAnchor: (head) => invoke(CHANNELS.writeAuditAnchor, head),
  readAuditAnchor: () => invoke(CHANNELS.readAuditAnchor),
} satisfies XiangyueApi

contextBridge.exposeInMainWorld('xiangyue', api)
