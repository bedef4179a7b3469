/** Small pure helpers shared by both shell implementations (tested in helpers.test.ts). */
import type { SaveFilter } from './types'

/**
 * <input accept> style list -> one dialog filter. Entries that are not extensions (MIME types
 * like 'application/pdf') are dropped: native dialogs filter by extension only. Returns
 * undefined when nothing is left, which means "any file".
 */
export function acceptToFilters(accept: readonly string[]): SaveFilter[] | undefined {
  const extensions = [
    ...new Set(
      accept
        .map((entry) => entry.trim().toLowerCase())
        .filter((entry) => /^\.[a-z0-9]{1,16}$/.test(entry))
        .map((entry) => entry.slice(1)),
    ),
  ]
  if (extensions.length === 0) return undefined
  return [{ name: `${extensions.map((e) => e.toUpperCase()).join('、')} 文件`, extensions }]
}

/** Does a picked file's name match the accept list? (A browser's file picker can be overridden.) */
export function matchesAccept(fileName: string, accept: readonly string[]): boolean {
  const filters = acceptToFilters(accept)
  if (filters === undefined) return true
  const lower = fileName.toLowerCase()
  return filters.some((f) => f.extensions.some((ext) => lower.endsWith(`.${ext}`)))
}

export function fileTooLargeMessage(name: string, size: number, maxBytes: number): string {
  return `文件“${name}”大小为 ${formatMegabytes(size)}，超过允许的上限 ${formatMegabytes(maxBytes)}，未打开。`
}

export function fileTypeMessage(name: string, accept: readonly string[]): string {
  return `文件“${name}”的类型不对，请选择 ${accept.join('、')} 文件。`
}

function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024)
  return `${mb >= 10 ? mb.toFixed(0) : mb.toFixed(1)} MB`
}

/**
 * ipcRenderer.invoke wraps errors from the main process as
 * "Error invoking remote method 'xiangyue:open-file': FileTooLargeError: 文件…". The user should
 * see only the message the main process wrote.
 */
export function cleanIpcErrorMessage(message: string): string {
  return message.replace(/^Error invoking remote method '[^']*':\s*/, '').replace(/^(?:[A-Za-z]*Error):\s*/, '')
}

/** A copy whose buffer holds exactly these bytes, as Blob and structured clone want. */
export function exactBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes)
}
