import { describe, expect, it } from 'vitest'
import type { ContentStack } from '../pdf-types'
import { village } from '../testFixtures'
import { buildPublicationNoticeDoc } from './publicationNotice'
import { firstOnly as first, sample } from './testFixtures'
import { plain } from './testText'

describe('buildPublicationNoticeDoc (definition)', () => {
  it('publishes an adopted compact, signed “××村村民会议”, with the effective date', () => {
    const doc = buildPublicationNoticeDoc({ compact: first, date: '2021-02-27' }, village)
    const texts = doc.content.map(plain)
    expect(texts[0]).toBe('关于公布《东风村村规民约》的公告')
    expect(texts[1]).toBe('《东风村村规民约》已经2021年2月26日东风村村民会议审议通过，现予公布，自2021年3月1日起施行。')
    expect(texts).toContain('附件：东风村村规民约')
    expect((doc.content.at(-1) as ContentStack).stack.map(plain)).toEqual(['东风村村民会议', '2021年2月27日'])
    expect(plain(buildPublicationNoticeDoc({ compact: first, date: '2021-02-27', titleStyle: 'short' }, village).content[0]!)).toBe(
      '东风村村规民约公布',
    )
  })

  it('publishes an amendment with the articles it changed and the 对照表', () => {
    const doc = buildPublicationNoticeDoc({ compact: sample, date: '2026-04-20', sealed: true }, village)
    const texts = doc.content.map(plain)
    expect(texts[1]).toBe(
      '2026年4月18日，东风村村民会议审议通过了关于修改《东风村村规民约》的决定，修改了第二十四条、第三十五条，删除了第十二条。现将修改后的《东风村村规民约》予以公布，自2026年5月1日起施行。',
    )
    expect(texts.join('\n')).toContain('2.东风村村规民约修改条文对照表')
    expect((doc.content.at(-1) as ContentStack).stack.map(plain)).toContain('（盖章）')
  })

  it('refuses a notice dated before the adoption', () => {
    expect(() => buildPublicationNoticeDoc({ compact: first, date: '2021-02-25' }, village)).toThrow('公布日期不能早于村民会议通过的日期')
    expect(() => buildPublicationNoticeDoc({ compact: first, date: '' }, village)).toThrow('请填写公布日期')
  })
})
