/**
 * The browser fallback, used when the renderer runs outside Electron (`npm run web`, the e2e
 * tests in Chromium). Same behaviour where a browser can provide it:
 *  - saveFile: a Blob and a temporary <a download> click (the browser decides where it goes);
 *  - openFile: a hidden <input type=file>; its 'cancel' event (Chromium 113+) resolves null;
 *  - printPdf: the PDF in a new tab, printed with the viewer's own print button; if the browser
 *    blocks the tab, the PDF is downloaded instead (see openForPrinting: why not an iframe);
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
      return openForPrinting(new Blob([exactBytes(bytes)], { type: 'application/pdf' }), title)
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

/**
 * Print, browser build: the PDF opens in a new tab (a blob URL), where the browser's own PDF viewer
 * has a print button; if the browser blocks the new tab, the PDF is downloaded instead.
 *
 * Why not a hidden iframe and its print(): in Chromium 156 headless, calling print() on a frame
 * that holds the PDF viewer crashes the whole page (renderer process). It comes from the
 * out-of-process PDF viewer (feature PdfOopif, on by default): with --disable-features=PdfOopif the
 * same call does not crash, and print() on an ordinary page or an HTML frame does not crash either.
 * Opening the PDF in a tab calls no print() at all, so the app does not depend on that path.
 */
let currentPrintUrl: string | null = null

function openForPrinting(blob: Blob, title: string): Promise<void> {
  // One print tab's PDF at a time: a new print frees the previous one (the tab may still be open
  // and showing it; its viewer has already loaded the bytes).
  if (currentPrintUrl !== null) URL.revokeObjectURL(currentPrintUrl)
  const url = URL.createObjectURL(blob)
  currentPrintUrl = url
  // Called straight from the 打印 click, so the browser treats it as the secretary's own action.
  // Not 'noopener' in the features: with it window.open returns null even when the tab opens, so
  // a blocked tab could not be told apart; the link back is cut by hand instead.
  const tab = window.open(url, '_blank')
  if (tab === null) download(blob, safeFileName(`${title}.pdf`, '打印.pdf'))
  else tab.opener = null
  return Promise.resolve()
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
