/** Reads a bounded .docx's text away from the window (mammoth and JSZip stay out of the main bundle). */
import { docxRawText } from './docxText'
import type { DocumentWorkerRequest, DocumentWorkerResponse } from './protocol'

self.onmessage = async (event: MessageEvent<DocumentWorkerRequest>) => {
  const { id, zip } = event.data
  let reply: DocumentWorkerResponse
  try {
    reply = { id, ok: true, text: await docxRawText(new Uint8Array(zip)) }
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) }
  }
  ;(self as unknown as Worker).postMessage(reply)
}
