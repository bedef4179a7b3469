/**
 * The text of a bounded .docx (docxParts.ts made it), paragraph by paragraph, read by mammoth.
 * mammoth rather than our own XML walk: it leaves out deleted revisions (修订 marked 删除), keeps
 * inserted ones, reads fields, hyperlinks and text boxes in order, and is well kept. Runs in the
 * document worker in the app, in-thread under vitest.
 */
import mammoth from 'mammoth'

export async function docxRawText(zip: Uint8Array): Promise<string> {
  const arrayBuffer = zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer
  // The browser build of mammoth reads `arrayBuffer`, the Node build (vitest) reads `buffer`.
  const input = { arrayBuffer, buffer: zip } as unknown as Parameters<typeof mammoth.extractRawText>[0]
  const result = await mammoth.extractRawText(input)
  // mammoth ends every paragraph with a blank line; one line per paragraph is what the parser reads.
  return result.value
    .replace(/\r\n?/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim()
}
