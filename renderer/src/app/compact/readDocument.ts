/**
 * 从文件读取: the compact's text from a Word .docx or a .txt the secretary already has, for the paste
 * preview (the screens' door to exchange/document; the reading runs in a worker there).
 * readCompactDocument(file: File) → DocumentText: { ok: true, text, source, warnings } or
 * { ok: false, message } with a plain Chinese reason; never throws.
 */
import { readDocumentText, type DocumentText } from '@/exchange/document'

export type { DocumentText }

export async function readCompactDocument(file: File): Promise<DocumentText> {
  try {
    return await readDocumentText({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
  } catch {
    return { ok: false, message: '读取文件失败，请重新选择，或直接复制正文粘贴进来。' }
  }
}
