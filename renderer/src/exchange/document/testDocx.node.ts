/** A real .docx made in the test: the three parts Word needs, deflated, paragraphs as given. */
import { zipSync, strToU8 } from 'fflate'

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`

const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A paragraph is a string, or runs: { text } plain, { deleted } a tracked deletion (修订). */
export type Paragraph = string | ReadonlyArray<{ text: string } | { deleted: string }>

function paragraphXml(p: Paragraph): string {
  const runs = typeof p === 'string' ? [{ text: p }] : p
  const body = runs
    .map((r) =>
      'text' in r
        ? `<w:r><w:t xml:space="preserve">${escape(r.text)}</w:t></w:r>`
        : `<w:del w:id="1" w:author="审核人" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>${escape(r.deleted)}</w:delText></w:r></w:del>`,
    )
    .join('')
  return `<w:p>${body}</w:p>`
}

export function makeDocx(paragraphs: readonly Paragraph[], extra: Record<string, Uint8Array> = {}): Uint8Array {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map(paragraphXml).join('')}</w:body></w:document>`
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(RELS),
    'word/document.xml': strToU8(document),
    ...extra,
  })
}
