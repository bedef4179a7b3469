/**
 * The frame of a letter to one villager (告知书, 决定书, 恢复通知书): officialDocument's GB/T 9704
 * title, body and sealed 落款 (kept with its text), plus the two lines a letter has and a 公示 does
 * not: the 文号 (案件编号) centred under the title, and the 主送 line (“李四：”, flush left, one
 * blank line below the title: §7.3.2).
 *
 * officialDocument has no 主送/文号 input, so they are inserted after its title here; the title's
 * blank line moves below the 文号, which keeps every line on the 22-line grid.
 */
import { findUnmaskedPersonalNumbers } from '@/domain/people/masking'
import type { VillageProfile } from '@/domain/village/profile'
import { officialDocument, type BodyBlock } from '../document'
import { LINE_PITCH } from '../layout'
import { kinsokuText } from '../linebreak'
import { scrubPersonalNumbers } from '../notices'
import type { Content, ContentText, PrintDocument } from '../pdf-types'

export interface LetterInput {
  title: string
  /** 文号, e.g. '张庄违约〔2026〕3号' (the case number). */
  docNo?: string
  /** 主送 line without the colon: '李四', '当事人：李四（三组）' is written with `addresseeLine`. */
  addressee?: string
  /** A 主送 line printed as given (no colon added). */
  addresseeLine?: string
  body: readonly BodyBlock[]
  /** 成文日期 'YYYY-MM-DD' */
  date: string
  subject: string
}

/**
 * Free text typed by people (facts, statements) may hold a full ID or mobile number: masked on
 * paper like every notice (design principle 5). The village's public supervision phone stays.
 */
export function scrubber(village: VillageProfile): (text: string) => string {
  const allowed = village.supervisionPhone.replace(/[^0-9]/g, '')
  return (text: string) => (findUnmaskedPersonalNumbers(text).length ? scrubPersonalNumbers(text, allowed) : text)
}

export function letterDocument(input: LetterInput, village: VillageProfile): PrintDocument {
  const doc = officialDocument({
    title: input.title,
    bodyBlocks: input.body,
    signature: { issuer: village.committeeName, date: input.date },
    sealMark: true,
    subject: input.subject,
  })
  const [title, ...rest] = doc.content
  const head: Content[] = []
  const docNo = input.docNo?.trim()
  if (title && docNo) {
    head.push({ ...(title as ContentText), margin: [0, 0, 0, 0] })
    head.push({ text: kinsokuText(docNo), alignment: 'center', margin: [0, 0, 0, LINE_PITCH] })
  } else if (title) {
    head.push(title)
  }
  const addressee = input.addresseeLine?.trim() ?? (input.addressee?.trim() ? `${input.addressee.trim()}：` : '')
  if (addressee) head.push({ text: kinsokuText(addressee), alignment: 'left' })
  return { ...doc, content: [...head, ...rest] }
}
