/**
 * Cases for the paper tests, walked through the real lifecycle (domain testFixtures), and the
 * registry names the builders are given. Free text carries a full ID and mobile number on
 * purpose: the papers must mask them.
 */
import { recordObjection, recordStatement, resolveObjection, respondToStatement } from '@/domain/violations/lifecycle'
import { unwrap } from '@/domain/violations/outcome'
import {
  assessed,
  BENEFITS,
  decided,
  heard,
  notified,
  published,
  rectified,
  rectifying,
  reported,
  restored,
  sampleReport,
  SUSPEND_GIFT,
  EDUCATE,
  TODAY,
} from '@/domain/violations/testFixtures'
import type { ViolationCase } from '@/domain/violations/case'
import type { Party } from './wording'

export { BENEFITS, TODAY }

export const LEAKED_ID = '110105194912310021'
export const LEAKED_MOBILE = '13800131234'

export const PARTIES: Record<string, Party> = {
  'v-lisi': { name: '李四', group: '三组', householdHead: '李四' },
  'v-wangxm': { name: '王小明', group: '一组', householdHead: '王大山' },
  'v-zhao': { name: '欧阳明', group: '五组', householdHead: '欧阳明' },
}

/** The story: 网格员 reports a raised roof, … restored from 2026-12-01. */
export function storyCase(): ViolationCase {
  return restored(rectified(rectifying(published())))
}

/**
 * 王小明 raised his roof in March 2024, before the amended 第十二条 (2024-05-01): the case cites
 * the 2020 text. He replied within the period (with his ID and phone in the text), and was answered.
 */
export function heardWithStatement(): ViolationCase {
  const c = reported(
    'c2',
    sampleReport({
      actDate: '2024-03-10',
      reportDate: '2026-10-21',
      place: '一组王大山家',
      facts: '王小明未按批准高度建房，超出批准高度一点五米。',
      villagerId: 'v-wangxm',
      householdId: 'h-wang',
    }),
  )
  const n = notified(assessed(c))
  const s = unwrap(
    recordStatement(n, { date: '2026-10-30', text: `房子是老人住的，愿意整改。我的身份证号${LEAKED_ID}，电话${LEAKED_MOBILE}` }, TODAY),
  )
  return unwrap(
    respondToStatement(s, { date: '2026-11-03', text: '经复核，你的陈述与事实相符，但不影响违约行为的认定，同意给予整改期限。' }, TODAY),
  )
}

export function decidedAfterStatement(): ViolationCase {
  return decided(heardWithStatement(), [EDUCATE, { ...SUSPEND_GIFT, lastDay: '2027-06-30' }])
}

/** A decision overturned on appeal on 2026-11-20: its suspension ends that day. */
export function reversedCase(): ViolationCase {
  const c = decided(
    heard(
      notified(
        assessed(
          reported(
            'c5',
            sampleReport({ villagerId: 'v-zhao', householdId: 'h-zhao', facts: '欧阳明在村道旁堆放建筑材料。', place: '五组村道' }),
          ),
        ),
      ),
    ),
  )
  const o = unwrap(
    recordObjection(c, { id: 'o1', date: '2026-11-10', by: '欧阳明', to: '村务监督委员会', content: '材料已于告知前清走' }, TODAY),
  )
  return unwrap(
    resolveObjection(o, 'o1', { date: '2026-11-20', result: '撤销', reason: '经核实材料已于告知前清走', by: '村务监督委员会' }, TODAY),
  )
}

/** A year's cases in several states (all registered in 2026). */
export function yearCases(): ViolationCase[] {
  return [
    storyCase(),
    decidedAfterStatement(),
    reported(
      'c3',
      sampleReport({ reportDate: '2026-12-02', actDate: '2026-12-01', facts: `李四在河道倾倒垃圾，举报人电话${LEAKED_MOBILE}。` }),
    ),
    rectifying(published(decided(heard(notified(assessed(reported('c4', sampleReport({ actDate: '2026-10-19' })))))))),
    reversedCase(),
    reported('c9', sampleReport({ reportDate: '2025-06-01', actDate: '2025-05-30' })),
  ]
}
