/** Messages between the window and document.worker.ts. */
export interface DocumentWorkerRequest {
  id: number
  /** the stored zip of the text parts (docxParts.ts), transferred */
  zip: ArrayBuffer
}

export type DocumentWorkerResponse = { id: number; ok: true; text: string } | { id: number; ok: false; message: string }
