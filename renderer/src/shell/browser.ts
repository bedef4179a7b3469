/**
 * The browser fallback, used when the renderer runs outside Electron (`npm run web`, the e2e
 * tests in Chromium). Same behaviour where a browser can provide it:
 *  - saveFile: a Blob and a temporary <a download> click (the browser decides where it goes);
 *  - openFile: a hidden <input type=file>; its 'cancel' event (Chromium 113+) resolves null;
 *  - printPdf: the PDF in a hidden iframe, printed with the viewer's own print(); if the browser
 *    refuses (no PDF viewer, cross-origin rules), the PDF is downloaded instead;
 *  - backups: a download, and no audit anchor (see backups.ts).
 */
import { safeFileName } from '../../../electron/fileName'
import { DEFAULT_MAX_OPEN_BYTES, type OpenOptions, type PickedFile, type SaveOutcome, type Shell } from './types'
import { exactBytes, fileTooLargeMessage, fileTypeMessage, matchesAccept } from './helpers'
import { browserAuditAnchor, createBrowserBackups } from './backups'

/** How long a blob URL stays alive after a download or print starts. */
const BLOB_URL_LIFETIME_MS = 60_000

export function createBrowserShell(): Shell {
  return {
    kind: 'browser',

    appVersion: () => Promise.resolve(__APP_VERSION__),

    // Filters only shape a native dialog; a download has none.
    saveFile(bytes: Uint8Array, suggestedName: string): Promise<SaveOutcome> {
      const name = safeFileName(suggestedName)
      download(new Blob([exactBytes(bytes)], { type: mimeTypeOf(name) }), name)
      // The browser gives no word on where (or whether) it saved; a started download counts.
      return Promise.resolve({ saved: true })
    },

    openFile: pickFile,

    printPdf(bytes: Uint8Array, title: string): Promise<void> {
      return printInHiddenFrame(new Blob([exactBytes(bytes)], { type: 'application/pdf' }), title)
    },

    backups: createBrowserBackups(
      (bytes, name) => download(new Blob([exactBytes(bytes)], { type: 'application/zip' }), name),
      typeof localStorage === 'undefined' ? undefined : localStorage,
    ),

    auditAnchor: browserAuditAnchor,
  }
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS)
}

function pickFile(options: OpenOptions): Promise<PickedFile | null> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_OPEN_BYTES
  return new Promise<PickedFile | null>((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = options.accept.join(',')
    input.style.display = 'none'
    const finish = (): void => input.remove()

    input.addEventListener('cancel', () => {
      finish()
      resolve(null)
    })
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      finish()
      if (file === undefined) return resolve(null)
      if (!matchesAccept(file.name, options.accept)) return reject(new Error(fileTypeMessage(file.name, options.accept)))
      if (file.size > maxBytes) return reject(new Error(fileTooLargeMessage(file.name, file.size, maxBytes)))
      file
        .arrayBuffer()
        .then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }))
        .catch(() => reject(new Error(`无法读取文件“${file.name}”。`)))
    })
    // Attached so the picker works in every browser (some ignore clicks on detached inputs).
    document.body.append(input)
    input.click()
  })
}

let currentPrintFrame: { frame: HTMLIFrameElement; url: string } | null = null

function printInHiddenFrame(blob: Blob, title: string): Promise<void> {
  // One print frame at a time: a new print replaces the previous one.
  if (currentPrintFrame !== null) {
    currentPrintFrame.frame.remove()
    URL.revokeObjectURL(currentPrintFrame.url)
    currentPrintFrame = null
  }
  const url = URL.createObjectURL(blob)
  const frame = document.createElement('iframe')
  frame.title = title
  // Off screen rather than display:none: a hidden frame may not load its PDF viewer at all.
  Object.assign(frame.style, { position: 'fixed', right: '0', bottom: '0', width: '0', height: '0', border: '0' })
  currentPrintFrame = { frame, url }

  return new Promise<void>((resolve) => {
    frame.addEventListener(
      'load',
      () => {
        try {
          const view = frame.contentWindow
          if (view === null) throw new Error('no frame window')
          view.focus()
          view.print()
        } catch {
          // No built-in PDF viewer or print() refused: hand the PDF over as a file instead.
          download(blob, safeFileName(`${title}.pdf`, '打印.pdf'))
        }
        resolve()
      },
      { once: true },
    )
    frame.src = url
    document.body.append(frame)
  })
}

function mimeTypeOf(fileName: string): string {
  const ext = fileName.toLowerCase().split('.').pop() ?? ''
  const types: Record<string, string> = {
    pdf: 'application/pdf',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    zip: 'application/zip',
    json: 'application/json',
    csv: 'text/csv',
    txt: 'text/plain',
  }
  return types[ext] ?? 'application/octet-stream'
}
