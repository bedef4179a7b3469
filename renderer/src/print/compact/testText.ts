/** Text of a pdfmake content node, for definition tests (the printed words, without styling). */
import type { Content, ContentText, TableCell } from '../pdf-types'

export function plain(c: Content | TableCell): string {
  if (typeof c === 'string') return c
  if (Array.isArray(c)) return c.map(plain).join('')
  if ('text' in c) return typeof c.text === 'string' ? c.text : c.text.map((i) => plain(i as ContentText)).join('')
  if ('stack' in c) return c.stack.map(plain).join('\n')
  if ('columns' in c) return c.columns.map(plain).join('')
  return ''
}
