import { describe, expect, it } from 'vitest'
import { chapterOf, type Compact, type CompactVersion } from './model'
import { formatOrdinal } from './numerals'
import { guessRole, parseCompactText, referencedArticles, toVersionInput } from './parse'
import { reviewCompact } from './reviewArticle'
import { sampleCompact } from './sampleCompact'
import { readCompact } from './versions'

/** The compact as a secretary's Word file would hold it: 全角 spaces, a note under the title, the 落款. */
function asWordText(compact: Compact, version: CompactVersion): string {
  const out = [compact.title, '', `（2021年2月26日${compact.title.replace('村规民约', '')}村民会议通过）`, '']
  let chapter: number | undefined
  for (const a of version.articles) {
    if (a.chapter !== chapter) {
      chapter = a.chapter
      const c = chapterOf(version, a)!
      out.push('', `${formatOrdinal(c.number, '章')}\u3000${[...c.title].join(' ')}`, '')
    }
    out.push(`${formatOrdinal(a.number)}\u3000${a.text}`)
  }
  out.push('', '示例村村民会议', '2021年2月26日')
  return out.join('\r\n')
}

describe('parseCompactText: a 6-chapter compact from Word', () => {
  const v1 = sampleCompact.versions[0]!
  const parsed = parseCompactText(asWordText(sampleCompact, v1))

  it('reads title, chapters, every article and the 落款', () => {
    expect(parsed.title).toBe('示例村村规民约')
    expect(parsed.adoptedAt).toBe('2021-02-26')
    expect(parsed.issuer).toBe('示例村村民会议')
    expect(parsed.chapters).toEqual(v1.chapters)
    expect(parsed.articles.map((a) => [a.number, a.chapter, a.text])).toEqual(v1.articles.map((a) => [a.number, a.chapter, a.text]))
    expect(parsed.unplaced).toEqual([])
    expect(parsed.findings).toEqual([])
    expect(parsed.numbering).toBe('articles')
  })

  it('guesses the roles and links of the chain 8 → 39 → 41', () => {
    const byNumber = new Map(parsed.articles.map((a) => [a.number, a]))
    expect(byNumber.get(8)!.role).toBe('conduct')
    expect(byNumber.get(39)).toMatchObject({ role: 'handling', links: [8, 10], guessed: true })
    expect(byNumber.get(41)).toMatchObject({ role: 'restoration', links: [39] })
    expect(byNumber.get(35)!.links).toEqual([5, 6, 7, 8, 9, 10, 11, 12])
    expect(byNumber.get(42)!.links).toEqual([35, 36, 37, 38, 40])
    expect(byNumber.get(1)!.role).toBe('general')
    expect(byNumber.get(45)!.role).toBe('supplementary')
    const agree = parsed.articles.filter((a) => a.role === v1.articles.find((x) => x.number === a.number)!.role).length
    expect(agree / parsed.articles.length).toBeGreaterThanOrEqual(0.9)
  })

  it('becomes a version readCompact accepts', () => {
    const c = readCompact({ title: parsed.title, versions: [toVersionInput(parsed, { id: 'imported', effectiveFrom: '2021-03-01' })] })
    expect(c.versions[0]!.adoptedAt).toBe('2021-02-26')
    expect(c.versions[0]!.articles).toHaveLength(45)
  })
})

const PASTED = `东湖村村规民约

（二〇一九年三月五日村民会议通过）

为了建设文明和谐新农村，经全体村民讨论，制定本村规民约。

第一条  村民应当遵守国家法律法规，
自觉维护社会秩序。
第二条\u3000村民应当做到：
（一）爱护公共设施；
（二）不乱倒垃圾；
（三）不在公路上晒粮。
第３条 提倡婚事新办，抵制天价彩礼。
第五条 违反第二条、第３条的，给予批评教育，罚款100元。
第五条 重复的条文
第六条 依照第五条处理的村民，改正后恢复。
第X条 乱码
东湖村村民会议
2019年3月5日
附件：村民签名表`

describe('parseCompactText: a hand-typed paste with problems', () => {
  const p = parseCompactText(PASTED)

  it('reads what it can', () => {
    expect(p.title).toBe('东湖村村规民约')
    expect(p.adoptedAt).toBe('2019-03-05')
    expect(p.issuer).toBe('东湖村村民会议')
    expect(p.chapters).toEqual([])
    expect(p.articles.map((a) => a.number)).toEqual([1, 2, 3, 5, 5, 6])
  })

  it('joins a wrapped line and keeps items on their own lines', () => {
    expect(p.articles[0]!.text).toBe('村民应当遵守国家法律法规，自觉维护社会秩序。')
    expect(p.articles[1]!.text).toBe('村民应当做到：\n（一）爱护公共设施；\n（二）不乱倒垃圾；\n（三）不在公路上晒粮。')
    expect(p.articles[2]!.text).toBe('提倡婚事新办，抵制天价彩礼。')
  })

  it('returns what it could not place, and the numbering problems', () => {
    expect(p.preamble).toEqual(['为了建设文明和谐新农村，经全体村民讨论，制定本村规民约。'])
    expect(p.unplaced.map((u) => [u.line, u.text])).toEqual([
      [5, '为了建设文明和谐新农村，经全体村民讨论，制定本村规民约。'],
      [17, '第X条 乱码'],
      [20, '附件：村民签名表'],
    ])
    const codes = p.findings.map((f) => f.code)
    expect(codes).toContain('compact.parse.gap')
    expect(codes).toContain('compact.parse.duplicate')
    expect(codes.filter((c) => c === 'compact.parse.unplaced')).toHaveLength(3)
    expect(p.findings.find((f) => f.code === 'compact.parse.gap')!.message).toBe('第三条之后是第五条，缺少第四条')
    expect(p.findings.find((f) => f.code === 'compact.parse.duplicate')!.message).toBe(
      '第五条出现了两次（第14行和第15行）；条文序号应当唯一',
    )
  })

  it('links the handling article, and the review catches its fine', () => {
    expect(p.articles[3]).toMatchObject({ role: 'handling', links: [2, 3] })
    expect(p.articles[5]).toMatchObject({ role: 'restoration', links: [5] })
    const review = reviewCompact({ articles: p.articles.slice(0, 4) })
    expect(review.blocked).toBe(true)
    expect(review.all.map((f) => [f.article, f.words])).toEqual([[5, '罚款100元']])
  })
})

describe('parseCompactText: other shapes', () => {
  it('reads “一、” articles when there is no 第X条', () => {
    const p = parseCompactText(
      '西坡村村规民约\n一、遵纪守法。村民应当遵守法律法规。\n二、移风易俗。\n1. 红白喜事简办；\n2. 不搞封建迷信。\n三、违反本村规民约的，给予批评教育，并记入信誉档案。\n四、依照第三条处理的，改正满一年后撤销记录。',
    )
    expect(p.numbering).toBe('list')
    expect(p.articles.map((a) => [a.number, a.role])).toEqual([
      [1, 'conduct'],
      [2, 'other'],
      [3, 'handling'],
      [4, 'restoration'],
    ])
    expect(p.articles[1]!.text).toBe('移风易俗。\n1. 红白喜事简办；\n2. 不搞封建迷信。')
    expect(p.articles[2]!.links).toEqual([1])
    expect(p.findings.map((f) => f.code)).toEqual(['compact.parse.list_numbering'])
  })

  it('reads “1.” articles when there is nothing else', () => {
    const p = parseCompactText('南岭村公约\n1. 爱护公物。\n2. 严禁赌博。')
    expect(p.articles.map((a) => a.number)).toEqual([1, 2])
  })

  it('warns when numbering restarts in each chapter', () => {
    const p = parseCompactText(
      '北山村村规民约\n第一章 总则\n第一条 为了……\n第二条 本公约……\n第二章 公共秩序\n第一条 严禁赌博。\n第三章 附则\n第二条 本公约自通过之日起施行。',
    )
    expect(p.findings.map((f) => f.code)).toEqual(['compact.parse.restart', 'compact.parse.duplicate'])
    expect(p.findings[0]!.message).toContain('全文连续编排')
  })

  it('warns about chapter gaps, empty articles, and a compact with no articles', () => {
    const p = parseCompactText('第一章 总则\n第一条\n第三章 附则\n第二条 本公约自通过之日起施行。')
    expect(p.findings.map((f) => f.code)).toEqual(['compact.parse.chapter_gap', 'compact.parse.empty_article'])
    expect(parseCompactText('只是一段话，没有条文。\n另一段。').findings[0]!.code).toBe('compact.parse.no_articles')
  })

  it('reads references and guesses roles', () => {
    expect(referencedArticles('违反第五条至第十二条的')).toEqual([5, 6, 7, 8, 9, 10, 11, 12])
    expect(referencedArticles('违反第十八条、第十九条、第二十八条')).toEqual([18, 19, 28])
    expect(referencedArticles('违反第八、十条')).toEqual([8, 10])
    expect(referencedArticles('违反第８条和第１０条')).toEqual([8, 10])
    expect(referencedArticles('依照第5-7条')).toEqual([5, 6, 7])
    expect(referencedArticles('没有引用')).toEqual([])
    expect(guessRole('严禁赌博。')).toBe('conduct')
    expect(guessRole('违反第八条的，批评教育。')).toBe('handling')
    expect(guessRole('依照第三十九条处理的，改正后恢复。')).toBe('restoration')
    expect(guessRole('本公约由村委会负责解释。', '附则')).toBe('supplementary')
    expect(guessRole('本公约由村委会负责解释。')).toBe('other')
  })
})
