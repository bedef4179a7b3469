/**
 * Native save/open dialogs. The renderer never names a path: the user picks it in the dialog,
 * and for opening the renderer only learns the file's base name.
 */
import { open, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron'
import type { OpenedFile, OpenFileRequest, SaveFileRequest, SaveFileResult } from '../contract'
import { DEFAULT_OPEN_MAX_BYTES } from './ipc/schemas'

const MiB = 1024 * 1024

export async function saveFileWithDialog(parent: BrowserWindow | null, request: SaveFileRequest): Promise<SaveFileResult> {
  const options: SaveDialogOptions = {
    title: '保存文件',
    buttonLabel: '保存',
    // suggestedName was checked to be a bare file name (no separators, no '..').
    defaultPath: path.join(defaultDirectory(), request.suggestedName),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
    ...(request.filters === undefined ? {} : { filters: request.filters }),
  }
  const choice = parent === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(parent, options)
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return { saved: false }

  try {
    await writeFile(choice.filePath, request.bytes)
  } catch (error) {
    throw new Error(`无法保存到“${choice.filePath}”：${describeFsError(error)}`)
  }
  return { saved: true, path: choice.filePath }
}

export async function openFileWithDialog(parent: BrowserWindow | null, request: OpenFileRequest): Promise<OpenedFile | null> {
  const maxBytes = request.maxBytes ?? DEFAULT_OPEN_MAX_BYTES
  const options: OpenDialogOptions = {
    title: '打开文件',
    buttonLabel: '打开',
    defaultPath: defaultDirectory(),
    properties: ['openFile'],
    ...(request.filters === undefined ? {} : { filters: request.filters }),
  }
  const choice = parent === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(parent, options)
  const filePath = choice.filePaths[0]
  if (choice.canceled || filePath === undefined) return null

  const name = path.basename(filePath)
  let handle
  try {
    handle = await open(filePath, 'r')
  } catch (error) {
    throw new Error(`无法打开“${name}”：${describeFsError(error)}`)
  }
  try {
    // Size check on the open handle, then read at most maxBytes + 1: a file that grows between
    // the check and the read is still refused instead of filling memory.
    const { size } = await handle.stat()
    if (size > maxBytes) throw new FileTooLargeError(name, size, maxBytes)
    const buffer = new Uint8Array(size + 1)
    let filled = 0
    while (filled < buffer.byteLength) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.byteLength - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    if (filled > maxBytes) throw new FileTooLargeError(name, filled, maxBytes)
    // A fresh Uint8Array over exactly the file's bytes (structured clone copies the whole
    // ArrayBuffer, so no spare byte or foreign memory may sit behind the view).
    return { name, bytes: buffer.slice(0, filled) }
  } catch (error) {
    if (error instanceof FileTooLargeError) throw error
    throw new Error(`无法读取“${name}”：${describeFsError(error)}`)
  } finally {
    await handle.close()
  }
}

class FileTooLargeError extends Error {
  constructor(name: string, size: number, maxBytes: number) {
    super(`文件“${name}”大小为 ${formatMiB(size)}，超过允许的上限 ${formatMiB(maxBytes)}，未打开。`)
    this.name = 'FileTooLargeError'
  }
}

function formatMiB(bytes: number): string {
  const mib = bytes / MiB
  return `${mib >= 10 ? mib.toFixed(0) : mib.toFixed(1)} MB`
}

function defaultDirectory(): string {
  try {
    return app.getPath('documents')
  } catch {
    return app.getPath('home')
  }
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return '没有权限'
    case 'ENOENT':
      return '文件或文件夹不存在'
    case 'ENOSPC':
      return '磁盘空间不足'
    case 'EROFS':
      return '磁盘是只读的'
    case 'EBUSY':
      return '文件正被其他程序占用'
    case 'EISDIR':
      return '这是一个文件夹'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}
