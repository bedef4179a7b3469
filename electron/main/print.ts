/**
 * Print preview: the renderer hands us a finished PDF; we show it in Chromium's built-in PDF
 * viewer, where the secretary prints with the viewer's print button (or saves a copy). Printing
 * a PDF this way keeps the layout pdfmake produced, page for page, on any printer driver.
 *
 * The PDF goes through a temporary file because the viewer needs a URL to load, and a file under
 * our own temp directory is the one local URL the request policy lets through. Files are removed
 * when their window closes, and the whole directory on quit and on the next start.
 */
import { randomUUID } from 'node:crypto'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, BrowserWindow, type Session } from 'electron'
import type { PrintPdfRequest, PrintPdfResult } from '../contract'
import { safeFileName } from '../fileName'
import { LOCKED_DOWN_PREFERENCES } from './window'

export class PrintPreviews {
  /** Temp file URL -> the title it was shown under, for naming a "save" from the viewer. */
  private readonly titles = new Map<string, string>()

  constructor(private readonly printDir: string) {}

  get directory(): string {
    return this.printDir
  }

  async show(parent: BrowserWindow | null, request: PrintPdfRequest): Promise<PrintPdfResult> {
    // Private to this user: the PDFs hold the village's notices before they are posted.
    await mkdir(this.printDir, { recursive: true, mode: 0o700 })
    // A random name: nothing guessable, and two previews of the same title never collide.
    const filePath = path.join(this.printDir, `${randomUUID()}.pdf`)
    const fileUrl = pathToFileURL(filePath).toString()
    await writeFile(filePath, request.bytes, { mode: 0o600 })
    this.titles.set(fileUrl, request.title)

    const preview = new BrowserWindow({
      title: request.title,
      width: 960,
      height: 900,
      minWidth: 600,
      minHeight: 500,
      show: false,
      ...(parent === null || parent.isDestroyed() ? {} : { parent, modal: true }),
      webPreferences: {
        ...LOCKED_DOWN_PREFERENCES,
        // Chromium's PDF viewer is a plugin; without this the PDF would only be offered as a download.
        plugins: true,
      },
    })
    preview.setMenuBarVisibility(false)
    // Keep our title; the PDF's own metadata title would otherwise replace it.
    preview.on('page-title-updated', (event) => event.preventDefault())
    preview.once('ready-to-show', () => preview.show())
    preview.once('closed', () => {
      this.titles.delete(fileUrl)
      rm(filePath, { force: true }).catch(() => undefined)
    })

    try {
      await preview.loadURL(fileUrl)
    } catch (error) {
      console.error('[print] 无法打开打印预览：', error)
      if (!preview.isDestroyed()) preview.destroy()
      return { shown: false }
    }
    if (!preview.isVisible()) preview.show()
    return { shown: true }
  }

  /**
   * The PDF viewer's "save" button starts a download of the temp file; offer the document's title
   * as the file name (not the random temp name), in the user's documents folder.
   */
  nameDownloads(ses: Session): void {
    ses.on('will-download', (_event, item) => {
      const title = this.titles.get(item.getURL())
      if (title === undefined) return
      item.setSaveDialogOptions({
        title: '保存 PDF',
        defaultPath: path.join(app.getPath('documents'), safeFileName(`${title}.pdf`, '打印.pdf')),
        filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
      })
    })
  }

  /** Synchronous on purpose: called from 'will-quit', where async work may not finish. */
  removeAll(): void {
    try {
      rmSync(this.printDir, { recursive: true, force: true })
    } catch (error) {
      console.warn('[print] 无法清理临时文件：', error)
    }
  }
}
