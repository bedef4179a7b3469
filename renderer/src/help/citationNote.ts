/**
 * 依据说明 in plain words: a citation's note (LegalCitation.note) is written by and for the people
 * who checked the source ("条文序号待核", "domain-rules S5", "VERIFIED-SUMMARY"). A secretary needs to
 * know one thing from it: whether she can quote the text as it stands.
 *
 * plainCitationNote(citation) → one sentence of plain Chinese, or '' when there is nothing she needs
 * to know. Used by components/LegalBasis.vue (the quiet note in the legal-basis popover).
 */
import type { LegalCitation } from '@/domain/law/citations'

/** The 2025 amendment renumbered the 组织法 (domain-rules §0.1); the text itself was not seen to change. */
export const RENUMBERED_NOTE =
  '此条引自2018年修正的文本。2025年修正后条文内容未见改动，但条号可能变了，对外引用时请以正式公布的新文本核对条号。'
export const DRAFT_NOTE = '此条出自2025年修正的草案，正式文本尚未核实，请作为参考。'
export const REPORTED_NOTE = '此条依据官方新闻报道的摘要，正式全文尚未核实，请作为参考。'
export const POLICY_NOTE = '这是中央政策文件的要求，不是法律条文，软件只作提醒。'
export const PRACTICE_NOTE = '这是各地常见做法，可以按本村规定调整。'

/** Source tags and confidence labels that belong to the rule sheet, not to the screen. */
const DEVELOPER_MARKS = /[（(]?\s*(domain-rules[^）)]*|VERIFIED-[A-Z]+|PRACTICE|UNCONFIRMED)\s*[）)]?/g

export function plainCitationNote(citation: LegalCitation): string {
  const note = citation.note?.trim() ?? ''
  if (citation.kind === '地方惯例') return PRACTICE_NOTE
  if (!note) return ''
  if (note === RENUMBERED_NOTE) return note
  if (note.includes('草案')) return DRAFT_NOTE
  if (note.includes('序号待核') || note.includes('条文待核')) return note.includes('修正全文未取得') ? REPORTED_NOTE : RENUMBERED_NOTE
  if (citation.kind === '政策文件' || note.includes('政策文件')) return POLICY_NOTE
  // anything else: keep what she can use, without the rule sheet's tags; a note that was nothing but
  // a source tag (“据共产党员网转载文本（domain-rules S5）”) keeps its plain part
  const plain = note
    .replace(DEVELOPER_MARKS, '')
    .replace(/[；;，,、\s]+$/u, '')
    .trim()
  return /[A-Za-z]/.test(plain) ? '' : plain ? `${plain}。`.replace(/。+$/u, '。') : ''
}
