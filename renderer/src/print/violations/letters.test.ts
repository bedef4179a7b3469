import { describe, expect, it } from 'vitest'
import { findUnmaskedPersonalNumbers } from '@/domain/people/masking'
import {
  CONDUCT_V1,
  CONDUCT_V2,
  HANDLING,
  HANDLING_BY_ASSEMBLY,
  RESTORATION,
  assessed,
  decided,
  heard,
  notified,
  published,
  rectified,
  rectifying,
  reported,
  restored,
  sampleReport,
} from '@/domain/violations/testFixtures'
import type { ViolationCase } from '@/domain/violations/case'
import type { ContentText } from '../pdf-types'
import { village } from '../testFixtures'
import { buildViolationDecisionDoc } from './decision'
import { buildViolationNotificationDoc } from './notification'
import { buildRestorationNoticeDoc } from './restoration'
import { definitionText, plain } from './testText'
import { BENEFITS, LEAKED_ID, LEAKED_MOBILE, PARTIES, decidedAfterStatement, heardWithStatement, storyCase } from './testFixtures'

const lisi = PARTIES['v-lisi']!
const wang = PARTIES['v-wangxm']!
const paper = (c: ViolationCase, party = lisi) => ({ case: c, party, benefits: BENEFITS })

function expectNoPersonalNumbers(text: string): void {
  expect(findUnmaskedPersonalNumbers(text)).toEqual([])
}

describe('违约处理告知书', () => {
  const doc = buildViolationNotificationDoc(paper(storyCase()), village)
  const text = definitionText(doc)

  it('is addressed to the villager by full name, under the title and the case number', () => {
    const [title, no, to] = doc.content as ContentText[]
    expect(definitionText({ ...doc, content: [title!] })).toContain('违约处理告知书')
    expect(plain(no!.text)).toBe('张庄违约〔2026〕c1号')
    expect(no?.alignment).toBe('center')
    expect(plain(to!.text)).toBe('李四：')
    expect(to?.alignment).toBe('left')
  })

  it('states the facts, quotes the act-date versions of the conduct and handling articles, and lists the intended measures', () => {
    expect(text).toContain(
      '经调查核实：2026年10月20日，在三组李四家，李四未经批准将房屋加高一层，遮挡东邻张三家采光。以上事实有照片1张等证据证实。',
    )
    expect(text).toContain(`（2024年5月1日起施行的文本，即行为发生时施行的文本）规定：“${CONDUCT_V2.text}”`)
    expect(text).toContain(`第二十条（2020年1月1日起施行的文本）规定：“${HANDLING.text}”据此，本村民委员会拟对你作出如下处理：`)
    expect(text).toContain('（一）批评教育；\n（二）公开通报；\n（三）责令恢复原状；\n（四）暂停你户享受“村集体福利-年终慰问品”。')
  })

  it('gives the right to 陈述、申辩 with the last day from the case record, and how to reply', () => {
    // served 2026-10-28 (Wed), 5 days: the record's last day is 2026-11-02 (Mon)
    expect(text).toContain(
      '陈述申辩期限为5日，自本告知书送达之日的次日起计算，至2026年11月2日止（含当日）。期限届满前，本村民委员会不作出处理决定。',
    )
    expect(text).toContain('请于2026年11月2日前（含当日）以书面或者口头形式向本村民委员会提出')
    expect(text).toContain('联系电话：0371-12345678')
    expect(text).toContain('东风村村民委员会\n2026年10月28日')
    expectNoPersonalNumbers(text)
  })

  it('an act before the amendment quotes the text in force then, not today’s', () => {
    const t = definitionText(buildViolationNotificationDoc(paper(heardWithStatement(), wang), village))
    expect(t).toContain(`（2020年1月1日至2024年4月30日施行的文本，即行为发生时施行的文本）规定：“${CONDUCT_V1.text}”`)
    expect(t).not.toContain(CONDUCT_V2.text)
    expect(t).toContain('王小明：')
  })

  it('refuses a case not yet notified', () => {
    expect(() => buildViolationNotificationDoc(paper(assessed()), village)).toThrow('尚未告知')
  })
})

describe('违约处理决定书', () => {
  it('records that no statement was made, the measures with start dates and end conditions, and the right to object', () => {
    const text = definitionText(buildViolationDecisionDoc(paper(storyCase()), village))
    expect(text).toContain('当事人：李四（三组）')
    expect(text).toContain('本村民委员会于2026年10月28日以直接送达方式向你送达了《违约处理告知书》')
    expect(text).toContain('陈述申辩期限至2026年11月2日止。\n你在规定期限内未提出陈述、申辩。')
    expect(text).toContain(`“${CONDUCT_V2.text}”`)
    expect(text).toContain(`“${HANDLING.text}”据此，本村民委员会决定对你作出如下处理：`)
    expect(text).toContain('（一）批评教育，自2026年11月5日起执行；')
    expect(text).toContain(
      '（二）暂停你户享受“村集体福利-年终慰问品”，自2026年11月5日起，至整改到位、经验收合格并由村民委员会决定恢复之日止。采取该项措施的理由：当事人拒不整改，经两委研究暂停其户年终慰问品以促整改。',
    )
    expect(text).toContain('本决定将在本村村务公开栏公示。')
    expect(text).toContain('可以向本村村务监督委员会提出，也可以向城关镇人民政府反映')
    expect(text).toContain('东风村村民委员会\n2026年11月4日')
    // the decision as made: the later restoration is not on it
    expect(text).not.toContain('2026年12月1日')
  })

  it('quotes the statement (numbers masked) and the committee’s response', () => {
    const text = definitionText(buildViolationDecisionDoc(paper(decidedAfterStatement(), wang), village))
    expect(text).toContain(
      '你于2026年10月30日提出陈述、申辩，称：“房子是老人住的，愿意整改。我的身份证号110105********0021，电话138****1234。”',
    )
    expect(text).toContain('于2026年11月3日答复如下：经复核，你的陈述与事实相符')
    expect(text).toContain('至整改到位、经验收合格并由村民委员会决定恢复之日止，最迟至2027年6月30日止')
    expect(text).not.toContain(LEAKED_ID)
    expect(text).not.toContain(LEAKED_MOBILE)
    expectNoPersonalNumbers(text)
  })

  it('names the 村民代表会议 that decided, and a written waiver', () => {
    const c = decided()
    const d = c.decision!
    const byAssembly: ViolationCase = {
      ...c,
      hearing: { kind: 'waived', date: '2026-10-29', writtenRef: 'att-9' },
      decision: { ...d, body: '村民代表会议', meeting: { meetingId: 'm1', date: '2026-11-03', quorumReached: true, passed: true } },
    }
    const text = definitionText(buildViolationDecisionDoc(paper(byAssembly), village))
    expect(text).toContain('你于2026年10月29日书面声明放弃陈述、申辩的权利。')
    expect(text).toContain('据此，经2026年11月3日召开的村民代表会议讨论通过，决定对你作出如下处理：')
  })

  it('refuses a case without a decision', () => {
    expect(() => buildViolationDecisionDoc(paper(notified(assessed(reported()))), village)).toThrow('尚未作出处理决定')
  })
})

describe('every letter', () => {
  it('masks a full ID or mobile number typed into the facts, and keeps the village’s public phone', () => {
    const report = sampleReport({ facts: `李四（身份证${LEAKED_ID}，电话${LEAKED_MOBILE}）未经批准将房屋加高一层。` })
    const c = restored(rectified(rectifying(published(decided(heard(notified(assessed(reported('c7', report)))))))))
    for (const build of [buildViolationNotificationDoc, buildViolationDecisionDoc, buildRestorationNoticeDoc]) {
      expectNoPersonalNumbers(definitionText(build(paper(c), village)))
    }
    // the village's public phone is not a personal number: printed as is where the letter gives it
    expect(definitionText(buildViolationNotificationDoc(paper(c), village))).toContain('联系电话：0371-12345678')
    expect(definitionText(buildViolationDecisionDoc(paper(c), village))).toContain('身份证110105********0021，电话138****1234')
  })

  it('tells the villager a 村民代表会议 will decide when the handling article names it', () => {
    const c = notified(assessed(reported()))
    const n = c.notification!
    const toAssembly = { ...c, notification: { ...n, handlingArticle: HANDLING_BY_ASSEMBLY } }
    expect(definitionText(buildViolationNotificationDoc(paper(toAssembly), village))).toContain(
      '据此，本村民委员会拟提请村民代表会议对你作出如下处理：',
    )
  })
})

describe('恢复通知书', () => {
  it('quotes the restoration article and the date from which the benefit applies again', () => {
    const text = definitionText(buildRestorationNoticeDoc(paper(storyCase()), village))
    expect(text).toContain('李四：')
    expect(text).toContain(
      '本村民委员会于2026年11月4日对你作出违约处理决定（张庄违约〔2026〕c1号），自2026年11月5日起暂停你户享受“村集体福利-年终慰问品”。',
    )
    expect(text).toContain('本村民委员会责令你拆除加高部分。2026年11月25日，经王网格验收，你已按要求整改到位，验收合格。')
    expect(text).toContain(`第二十二条（2020年1月1日起施行的文本）规定：“${RESTORATION.text}”`)
    expect(text).toContain('据此，本村民委员会决定：自2026年12月1日起，恢复你户享受“村集体福利-年终慰问品”。')
    expect(text).toContain('东风村村民委员会\n2026年12月1日')
  })

  it('restores the lasting measures still running on the restoration date, not one that ended the day before', () => {
    const c = storyCase() // restored from 2026-12-01
    const d = c.decision!
    const ended = { kind: '暂停享受福利' as const, benefitId: 'gift', startDate: '2026-11-05', lastDay: '2026-11-30' }
    const running = { kind: '取消评先评优资格' as const, startDate: '2026-11-05', lastDay: '2026-12-01' }
    const text = definitionText(buildRestorationNoticeDoc(paper({ ...c, decision: { ...d, measures: [ended, running] } }), village))
    expect(text).toContain('自2026年12月1日起，恢复你的评先评优资格。')
    expect(text).not.toContain('恢复你户享受')
  })

  it('refuses a case not restored', () => {
    expect(() => buildRestorationNoticeDoc(paper(decided()), village)).toThrow('尚未决定恢复')
  })
})
