/**
 * 读入已有文稿 — a compact the secretary already has, as a Word .docx or a .txt, read to plain text for
 * the compact parser (domain/compact/parse.ts). The screen calls:
 *
 *   readDocumentText({ name, bytes }) → Promise<DocumentText>
 *     { ok: true, text, source: 'docx' | 'txt', warnings }   text: one paragraph per line
 *     { ok: false, message }                                  a plain Chinese reason, never a throw
 *
 * Bounds: a file over DOCUMENT_MAX_BYTES is refused unread; a .docx is listed and bounded before the
 * Word reader runs (docxParts.ts), and the reading runs in a worker that is ended after
 * DOCUMENT_TIME_LIMIT_MS, so a file that makes it spin never hangs the window. An old binary .doc, a
 * PDF or a picture is refused with what to do instead.
 */
import { decodeText } from './decodeText'
import { docxTextParts } from './docxParts'
import type { DocumentWorkerRequest, DocumentWorkerResponse } from './protocol'

export type DocumentText = { ok: true; text: string; source: 'docx' | 'txt'; warnings: string[] } | { ok: false; message: string }

export interface DocumentFile {
  name: string
  bytes: Uint8Array
}

/** A .txt compact is a few dozen KB; 5 MB of text is a book. */
export const TXT_MAX_BYTES = 5 * 1024 * 1024
export const DOCUMENT_TIME_LIMIT_MS = 30_000

const TIMED_OUT = '读取超时：这个 Word 文档处理了30秒仍未读完，已停止。请在 Word 中另存为 .txt 文本后再试，或直接复制粘贴正文。'
const OLD_DOC =
  '这是旧版 Word（.doc）文件，无法直接读取。请在 Word 或 WPS 中打开，选择“另存为” → “Word 文档（*.docx）”后再选择它；也可以直接复制正文粘贴进来。'

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b)

function kindOf(file: DocumentFile): 'docx' | 'txt' | 'doc' | 'pdf' | 'other' {
  const { bytes } = file
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) return 'docx'
  // OLE compound file: .doc, .wps and old .xls all start so.
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return 'doc'
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return 'pdf'
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase()
  if (ext === 'txt' || ext === 'text' || ext === undefined) return 'txt'
  if (ext === 'docx' || ext === 'doc' || ext === 'wps') return 'doc'
  return 'other'
}

export async function readDocumentText(file: DocumentFile): Promise<DocumentText> {
  const kind = kindOf(file)
  if (kind === 'doc') return { ok: false, message: OLD_DOC }
  if (kind === 'pdf') return { ok: false, message: 'PDF 文件无法读出条文。请打开原来的 Word 文档另存为 .docx，或复制正文粘贴进来。' }
  if (kind === 'other') return { ok: false, message: '只能读取 Word 文档（.docx）或文本文件（.txt）。也可以直接复制正文粘贴进来。' }
  if (kind === 'txt') return readTxt(file.bytes)
  const parts = docxTextParts(file.bytes)
  if (!parts.ok) return { ok: false, message: parts.reason }
  let text: string
  try {
    text = await readDocxInWorker(parts.zip)
  } catch (error) {
    return {
      ok: false,
      message:
        error instanceof DocumentTimeout
          ? TIMED_OUT
          : 'Word 文档已损坏，无法读出正文。请在 Word 或 WPS 中打开并重新保存后再试，或直接复制正文粘贴进来。',
    }
  }
  if (!text.trim()) return { ok: false, message: '这个 Word 文档里没有读到文字（可能是扫描的图片）。请复制正文粘贴进来。' }
  const warnings = parts.hasNumbering
    ? ['文档中使用了 Word 的自动编号，自动生成的编号（如“第一条”“（一）”）可能没有读出。请在预览中核对条文编号。']
    : []
  return { ok: true, text, source: 'docx', warnings }
}

function readTxt(bytes: Uint8Array): DocumentText {
  if (bytes.length > TXT_MAX_BYTES)
    return { ok: false, message: `文本文件有 ${Math.round(bytes.length / 1024 / 1024)} MB，超过村规民约文本的上限 5 MB，未读取。` }
  if (bytes.includes(0) && !startsWith(bytes, 0xff, 0xfe) && !startsWith(bytes, 0xfe, 0xff)) {
    return { ok: false, message: '这不是文本文件（内容是二进制数据）。请选择 .txt 或 .docx 文件。' }
  }
  const { text, encoding } = decodeText(bytes)
  const clean = text.replace(/\r\n?/g, '\n').trim()
  if (!clean) return { ok: false, message: '文本文件是空的。' }
  const warnings = encoding === 'gb18030' ? ['文件按 GBK（国标）编码读取；如果预览中出现乱码，请在记事本中另存为 UTF-8 后再试。'] : []
  return { ok: true, text: clean, source: 'txt', warnings }
}

class DocumentTimeout extends Error {}

let nextId = 1

async function readDocxInWorker(zip: Uint8Array): Promise<string> {
  if (typeof Worker === 'undefined') return (await import('./docxText')).docxRawText(zip)
  const id = nextId++
  const worker = new Worker(new URL('./document.worker.ts', import.meta.url), { type: 'module', name: 'document' })
  return new Promise<string>((resolve, reject) => {
    const finish = (settle: () => void) => {
      clearTimeout(timer)
      worker.terminate()
      settle()
    }
    const timer = setTimeout(() => finish(() => reject(new DocumentTimeout())), DOCUMENT_TIME_LIMIT_MS)
    worker.onmessage = (event: MessageEvent<DocumentWorkerResponse>) => {
      const msg = event.data
      if (msg.id !== id) return
      finish(() => (msg.ok ? resolve(msg.text) : reject(new Error(msg.message))))
    }
    worker.onerror = () => finish(() => reject(new Error('document worker failed')))
    const buffer = zip.slice().buffer as ArrayBuffer
    const request: DocumentWorkerRequest = { id, zip: buffer }
    worker.postMessage(request, [buffer])
  })
}
