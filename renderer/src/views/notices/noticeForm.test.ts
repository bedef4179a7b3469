import { describe, expect, it } from 'vitest'
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import type { RuleProfile } from '@/domain/rules/profile'
import type { VillageProfile } from '@/domain/village/profile'
import { bodyBlocks, fromContent, newForm, toContent, type NoticeForm } from './noticeForm'

const form: NoticeForm = {
  kind: '名单公示',
  title: '关于2026年度低保对象拟认定名单的公示',
  bodyText: '根据有关规定，现将名单公示如下：\n\n一、公示对象\n（一）第一村民小组\n请监督。',
  withList: true,
  listRows: [
    { name: '王炎明', idNumber: '11010519491231002X', group: '第一村民小组', note: '' },
    { name: '', idNumber: '', group: '', note: '' },
  ],
  start: '2026-11-02',
  days: 7,
  unit: 'working',
  supervisionBody: '村务监督委员会',
  phone: '0377-62123456',
  issuer: '宅子村村民委员会',
  dateSigned: '2026-11-01',
  sealed: true,
}

describe('noticeForm', () => {
  it('turns numbered lines into GB/T 9704 headings and drops blank lines', () => {
    expect(bodyBlocks(form.bodyText)).toEqual([
      '根据有关规定，现将名单公示如下：',
      { kind: 'heading', level: 1, text: '一、公示对象' },
      { kind: 'heading', level: 2, text: '（一）第一村民小组' },
      '请监督。',
    ])
  })
  it('drops empty list rows and round-trips through content', () => {
    const content = toContent(form)
    expect(content.attachedList?.rows).toHaveLength(1)
    expect(content.period).toEqual({ start: '2026-11-02', days: 7, unit: 'working' })
    const back = fromContent(content)
    expect(back.listRows).toEqual([form.listRows[0]])
    expect(back.bodyText).toBe('根据有关规定，现将名单公示如下：\n一、公示对象\n（一）第一村民小组\n请监督。')
  })
  it('keeps what the editor does not show: the township contact and the attachments of a drafted notice', () => {
    const drafted = {
      ...toContent(form),
      attachments: ['违约处理决定书'],
      objectionChannel: { phone: '0377-62123456', supervisionBody: '村务监督委员会', townshipContact: '罗庄镇人民政府' },
    }
    const again = toContent(fromContent(drafted))
    expect(again.objectionChannel).toEqual(drafted.objectionChannel)
    expect(again.attachments).toEqual(['违约处理决定书'])
    expect(toContent(form).objectionChannel).toEqual({ phone: '0377-62123456', supervisionBody: '村务监督委员会' })
    expect(toContent(form)).not.toHaveProperty('attachments')
  })
  it('leaves the list out when it is switched off', () => {
    expect(toContent({ ...form, withList: false }).attachedList).toBeUndefined()
  })
})

describe('newForm', () => {
  const village = { supervisionPhone: '0377-62123456', committeeName: '东风村村民委员会' } as VillageProfile
  it('takes the 公示 days from the rule profile, not from a number of its own', () => {
    expect(newForm(village, '2026-11-02')).toMatchObject({ days: NATIONAL_PROFILE.disclosureDays.一般公示.days, unit: 'calendar' })
    const local: RuleProfile = {
      ...NATIONAL_PROFILE,
      disclosureDays: {
        ...NATIONAL_PROFILE.disclosureDays,
        一般公示: { ...NATIONAL_PROFILE.disclosureDays.一般公示, days: 10, unit: '工作日' },
      },
    }
    expect(newForm(village, '2026-11-02', local)).toMatchObject({
      days: 10,
      unit: 'working',
      start: '2026-11-02',
      dateSigned: '2026-11-02',
    })
  })
})
