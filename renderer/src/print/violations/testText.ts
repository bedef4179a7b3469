/** Test helper: the text of a document definition, one block per line (kinsoku runs joined). */
import type { ContentText, PrintDocument, TextInline } from '../pdf-types'

/** A text node's string, its inline runs joined. */
export function plain(text: ContentText['text'] | TextInline['text']): string {
  return typeof text === 'string' ? text : text.map((i) => plain(i.text)).join('')
}

function collect(node: unknown, out: string[]): void {
  if (Array.isArray(node)) {
    for (const n of node) collect(n, out)
    return
  }
  if (typeof node === 'string') out.push(node, '\n')
  if (!node || typeof node !== 'object') return
  const o = node as Record<string, unknown>
  if ('text' in o) out.push(plain(o.text as ContentText['text']), '\n')
  for (const key of ['stack', 'columns', 'table', 'body'] as const) if (key in o) collect(o[key], out)
}

/** Every text of the content, one block (paragraph, cell, line) per line. */
export function definitionText(doc: PrintDocument): string {
  const out: string[] = []
  collect(doc.content, out)
  return out.join('')
}
