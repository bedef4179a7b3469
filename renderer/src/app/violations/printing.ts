/**
 * 违约处理文书的打印件: the screens' one door to print/violations (views may not import print/).
 * Rendering runs in the PDF worker (print/render.ts), as for notices (app/notices/printing.ts).
 *
 * renderCaseLetterPdf(letter, c, party, benefits, village, onProgress?) → PDF bytes exactly as printed:
 *   letter '违约处理告知书' (needs the case notified), '处理决定书' (decided), '恢复通知书' (restored).
 *   `party` is the villager from the registry (the case itself holds only ids). Refused with a
 *   Chinese message when the village profile is missing or the case has not reached that step.
 * lettersOf(c) → the letters the case can print now, in the order they were made.
 * renderWithholdListPdf(input, village, onProgress?) → PDF bytes of the 发放暂缓名单 for a benefit and
 *   a payout date (print/violations/withholdList.ts: names masked, no ID or phone numbers), over the
 *   cases given (all of them: the list is computed from them by suspensionsOn).
 */
import type { Benefit } from '@/domain/violations/benefits'
import type { ViolationCase } from '@/domain/violations/case'
import type { VillageProfile } from '@/domain/village/profile'
import {
  buildRestorationNoticeDoc,
  buildViolationDecisionDoc,
  buildViolationNotificationDoc,
  buildWithholdListDoc,
  type Party,
  type WithholdListInput,
} from '@/print/violations'
import { renderPdf } from '@/print/render'
import { NoVillageProfileError } from '../notices/printing'

export type CaseLetter = '违约处理告知书' | '处理决定书' | '恢复通知书'
export type { Party }

const BUILDERS = {
  违约处理告知书: buildViolationNotificationDoc,
  处理决定书: buildViolationDecisionDoc,
  恢复通知书: buildRestorationNoticeDoc,
} as const

export function lettersOf(c: ViolationCase): CaseLetter[] {
  const out: CaseLetter[] = []
  if (c.notification) out.push('违约处理告知书')
  if (c.decision) out.push('处理决定书')
  if (c.restoration) out.push('恢复通知书')
  return out
}

export function renderCaseLetterPdf(
  letter: CaseLetter,
  c: ViolationCase,
  party: Party,
  benefits: readonly Benefit[],
  village: VillageProfile | undefined,
  onProgress?: (p: number) => void,
): Promise<Uint8Array> {
  if (!village) return Promise.reject(new NoVillageProfileError())
  const build = BUILDERS[letter]
  return renderPdf(() => build({ case: c, party, benefits }, village), onProgress ? { onProgress } : {})
}

export type { WithholdListInput }

export function renderWithholdListPdf(
  input: WithholdListInput,
  village: VillageProfile | undefined,
  onProgress?: (p: number) => void,
): Promise<Uint8Array> {
  if (!village) return Promise.reject(new NoVillageProfileError())
  return renderPdf(() => buildWithholdListDoc(input, village), onProgress ? { onProgress } : {})
}
