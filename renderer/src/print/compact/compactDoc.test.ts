import { describe, expect, it } from 'vitest'
import type { Compact } from '@/domain/compact/model'
import { SIGNATURE_DATE_MARK, SIGNATURE_LEAD_MARK, SIGNATURE_MARK } from '../document'
import { HEADING_STYLES } from '../layout'
import type { ContentStack, ContentText, TextInline } from '../pdf-types'
import { village } from '../testFixtures'
import { articleParagraphs, chapterHeading } from './articles'
import { buildCompactDoc, compactBody, historyNote } from './compactDoc'
import { headingAtPageEnd, sample } from './testFixtures'
import { plain } from './testText'

describe('articles and chapters (definition)', () => {
  it('opens an article with 第X条 in 黑体, then 款 and 项 as indented paragraphs', () => {
    const paragraphs = articleParagraphs({
      number: 39,
      role: 'handling',
      text: '违反本村规民约第八条的，按下列规定处理：\n（一）批评教育；\n（二）责成恢复原状。\n拒不改正的，记入信誉档案。',
    })
    const first = paragraphs[0]!
    const inlines = first.text as TextInline[]
    expect(inlines[0]).toMatchObject({ text: '第三十九条', font: HEADING_STYLES[1].font, bold: true, noWrap: true })
    expect(inlines[1]!.text).toBe('\u3000')
    expect(paragraphs.map(plain)).toEqual([
      '第三十九条\u3000违反本村规民约第八条的，按下列规定处理：',
      '（一）批评教育；',
      '（二）责成恢复原状。',
      '拒不改正的，记入信誉档案。',
    ])
    expect(first.leadingIndent).toBeGreaterThan(0)
    expect(paragraphs.every((p) => p.leadingIndent === first.leadingIndent && p.alignment === 'justify')).toBe(true)
  })

  it('centres chapter headings in 黑体', () => {
    expect(chapterHeading({ number: 5, title: '违约处理与恢复' })).toMatchObject({
      text: '第五章\u3000违约处理与恢复',
      alignment: 'center',
      font: HEADING_STYLES[1].font,
      bold: true,
    })
  })

  it('glues each chapter heading to the first paragraph after it, unbreakable', () => {
    const v3 = sample.versions[2]!
    const groups = compactBody(v3).filter((b): b is ContentStack => typeof b === 'object' && 'stack' in b)
    expect(groups).toHaveLength(6)
    expect(groups.every((g) => g.unbreakable)).toBe(true)
    expect(groups.map((g) => plain(g.stack[0]!))).toEqual([
      '第一章\u3000总则',
      '第二章\u3000建房用地与邻里关系',
      '第三章\u3000公共秩序与环境卫生',
      '第四章\u3000婚姻家庭与民风民俗',
      '第五章\u3000违约处理与恢复',
      '第六章\u3000附则',
    ])
    expect(plain(groups[1]!.stack[1]!)).toMatch(/^第五条\u3000村民建房应当符合村庄规划/)
  })
})

describe('buildCompactDoc (definition)', () => {
  it('holds the title, every article, the 落款 “××村村民会议” and the adoption date', () => {
    const doc = buildCompactDoc({ compact: sample, versionId: 'sample-compact-v2' }, village)
    const texts = doc.content.map(plain)
    expect(texts[0]).toBe('东风村村规民约')
    expect(texts[1]).toBe('（2021年2月26日村民会议通过，\n2023年12月16日村民会议修订）') // never “订）” alone
    expect(historyNote(sample, sample.versions[2]!)).toEqual([
      '（2021年2月26日村民会议通过，',
      '2023年12月16日村民会议修订，',
      '2026年4月18日村民会议修订）',
    ])
    const all = texts.join('\n')
    expect(all).toContain('第三十九条\u3000违反本村规民约第八条、第十条，经责令改正拒不改正的，暂停享受村集体发放的节日慰问品')
    expect(all).toContain('第十二条\u3000各户应当落实门前三包') // still in v2, repealed in v3
    const signature = doc.content.at(-1) as ContentStack
    expect(signature.stack.map(plain)).toEqual(['东风村村民会议', '2023年12月16日'])
    expect(doc.frame?.kind).toBe('gb9704')
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc)
  })

  it('prints the newest version by default, sealed on request, without a history line for a first version', () => {
    const doc = buildCompactDoc({ compact: sample, sealed: true }, village)
    const all = doc.content.map(plain).join('\n')
    expect(all).not.toContain('门前三包')
    expect(all).toContain('彩礼一般不超过本村上一年度人均可支配收入的三倍')
    expect((doc.content.at(-1) as ContentStack).stack.map(plain)).toContain('（盖章）')
    expect(historyNote(sample, sample.versions[0]!)).toBeNull()
    const first = buildCompactDoc({ compact: sample, versionId: 'sample-compact-v1' }, village)
    expect(plain(first.content[1]!)).toBe(
      '第一章\u3000总则\n第一条\u3000为推进东风村村民自治，弘扬社会主义核心价值观，维护社会秩序和公共道德，根据《中华人民共和国村民委员会组织法》等法律法规，结合本村实际，制定本村规民约。',
    )
  })

  it('keeps the 落款 with the last paragraph, or with the last heading when its chapter is one paragraph', () => {
    const doc = buildCompactDoc({ compact: sample }, village)
    const lead = doc.content.at(-2) as ContentText
    expect(lead.headlineLevel).toBe(SIGNATURE_LEAD_MARK)
    expect(plain(lead)).toMatch(/^第四十五条/)
    const marks = (doc.content.at(-1) as ContentStack).stack.map((c) => (c as ContentText).headlineLevel).filter(Boolean)
    expect(marks).toEqual([SIGNATURE_MARK, SIGNATURE_DATE_MARK])

    const oneLast = buildCompactDoc({ compact: headingAtPageEnd(1) }, village)
    const [heading, paragraph] = oneLast.content.slice(-3, -1) as [ContentText, ContentText]
    expect(plain(heading)).toBe('第二章\u3000附则')
    expect(heading.headlineLevel).toBe(SIGNATURE_LEAD_MARK)
    expect(plain(paragraph)).toMatch(/^第十八条/)
  })

  it('prints a compact without chapters as a run of articles, 项 on lines of their own, the lead on the last item', () => {
    const compact: Compact = {
      title: '',
      versions: [
        {
          id: 'v1',
          effectiveFrom: '2026-03-01',
          adoptedAt: '2026-02-26',
          articles: [
            { number: 1, role: 'general', text: '村民应当遵守本村规民约。' },
            { number: 2, role: 'handling', text: '违反本村规民约的，按下列方式处理：\n（一）批评教育；\n（二）责成赔礼道歉。', links: [1] },
          ],
        },
      ],
    }
    const doc = buildCompactDoc({ compact, issuer: '东风村村民代表会议' }, village)
    const texts = doc.content.map(plain)
    expect(texts.slice(0, 5)).toEqual([
      '东风村村规民约',
      '第一条\u3000村民应当遵守本村规民约。',
      '第二条\u3000违反本村规民约的，按下列方式处理：',
      '（一）批评教育；',
      '（二）责成赔礼道歉。',
    ])
    expect(doc.content.some((c) => typeof c === 'object' && 'stack' in c && c.unbreakable)).toBe(false)
    expect((doc.content[4] as ContentText).headlineLevel).toBe(SIGNATURE_LEAD_MARK)
    expect((doc.content[5] as ContentStack).stack.map(plain)).toEqual(['东风村村民代表会议', '2026年2月26日'])
  })

  it('refuses a version without a date to sign with, or without articles', () => {
    const undated: Compact = {
      title: '',
      versions: [{ id: 'd', effectiveFrom: '2026-03-01', articles: [{ number: 1, role: 'general', text: '总则。' }] }],
    }
    expect(() => buildCompactDoc({ compact: undated }, village)).toThrow('请填写村民会议通过村规民约的日期')
    expect(buildCompactDoc({ compact: undated, date: '2026-02-26' }, village).content.map(plain)[0]).toBe('东风村村规民约')
    expect(() =>
      buildCompactDoc(
        { compact: { title: '', versions: [{ id: 'e', effectiveFrom: '2026-03-01', adoptedAt: '2026-02-26', articles: [] }] } },
        village,
      ),
    ).toThrow('没有条文')
  })
})
