import { describe, expect, it } from 'vitest'
import { blocksAdoption, reviewArticle, reviewCompact, toFinding, type ReviewFinding } from './reviewArticle'
import { sampleCompact } from './sampleCompact'

const short = (f: ReviewFinding) => `${f.level}:${f.code.replace('compact.review.', '')}`
const codes = (text: string) => reviewArticle(text).map(short)

/** [text, expected findings as 'level:code', the words of the first finding when one is expected] */
type Case = [string, string[], string?]

const FORBIDDEN: Case[] = [
  // fines in any wording
  ['违反本条者，罚款200元。', ['违法:fine'], '罚款200元'],
  ['违者每次罚款５０元', ['违法:fine'], '罚款５０元'],
  ['违反本条者罚款２００元', ['违法:fine'], '罚款２００元'],
  ['乱倒垃圾的，处以50元以上200元以下罚款', ['违法:fine'], '处以50元以上200元以下罚款'],
  ['违者处200元', ['违法:fine'], '处200元'],
  ['对违约者，由村委会给予警告并处100元罚款', ['违法:fine'], '处100元罚款'],
  ['违者交纳500元违约金', ['违法:fine'], '违者交纳500元违约金'],
  ['违反者由村委会收取违约金100元', ['违法:fine']],
  ['违者罚人民币一百元', ['违法:fine'], '罚人民币一百元'],
  ['从其当年分红中扣除300元', ['违法:fine'], '扣除300元'],
  ['违者扣其工资200元', ['违法:fine'], '扣其工资200元'],
  ['违者罚放电影一场', ['违法:fine'], '罚放电影'],
  ['违者缴纳罚金', ['违法:fine'], '罚金'],
  ['逾期缴纳卫生费的，加收滞纳金', ['违法:fine'], '滞纳金'],
  ['扣押金200元', ['违法:fine'], '扣押金200元'],
  ['违 反 本 条 者 罚 款', ['违法:fine'], '罚 款'],
  ['严禁乱倒垃圾，违者罚款', ['违法:fine'], '罚款'],
  ['严禁乱倒垃圾违者罚款', ['违法:fine'], '罚款'],
  // confiscation and seizure
  ['对违反者，没收其工具', ['违法:confiscation'], '没收'],
  ['违者扣押其车辆', ['违法:confiscation'], '扣押'],
  ['扣留其身份证', ['违法:confiscation'], '扣留'],
  ['在禁渔期捕鱼的，渔具一律充公', ['违法:confiscation'], '充公'],
  ['严禁赌博，违者没收赌资并罚款', ['违法:confiscation', '违法:fine'], '没收'],
  // personal freedom and dignity
  ['将其关押三天', ['违法:personal_freedom'], '关押'],
  ['对偷盗者游街示众', ['违法:personal_freedom'], '游街示众'],
  ['对屡教不改者挂牌示众', ['违法:personal_freedom'], '挂牌示众'],
  ['由村治保会拘禁审问', ['违法:personal_freedom'], '拘禁'],
  ['罚其义务劳动三天', ['违法:personal_freedom'], '罚其义务劳动'],
  ['对违约者实行强制劳动', ['违法:personal_freedom'], '强制劳动'],
  // democratic rights
  ['取消其选举权和被选举权', ['违法:democratic_rights'], '取消其选举权和被选举权'],
  ['剥夺其本届村民代表资格', ['违法:democratic_rights'], '剥夺其本届村民代表资格'],
  ['三年内不得参加村委会选举', ['违法:democratic_rights'], '不得参加村委会选举'],
  ['违约者停止其在村民会议上的表决权', ['违法:democratic_rights']],
  // public services as a threat
  ['对拒不整改的，停水停电', ['违法:public_services'], '停水停电'],
  ['违反规定的，停止供水', ['违法:public_services'], '停止供水'],
  ['对违约户不予办理任何证明', ['违法:public_services'], '不予办理'],
  ['拒不改正的，村委会不予出具相关证明', ['违法:public_services'], '不予出具'],
  ['拒不整改的，村委会一律不予办理。', ['违法:public_services'], '一律不予办理'],
  ['违者处以罚款', ['违法:fine'], '处以罚款'],
  // women's rights for marriage, divorce, widowhood, a household without men
  ['出嫁女户口未迁出的，不再享受村集体分红', ['违法:women_rights'], '出嫁女户口未迁出的，不再享受村集体分红'],
  ['外嫁女不得享受分红', ['违法:women_rights'], '外嫁女不得享受分红'],
  ['离婚妇女不再分配宅基地', ['违法:women_rights']],
  ['丧偶妇女改嫁后，收回其承包地', ['违法:women_rights']],
  ['入赘女婿不享受村民待遇', ['违法:women_rights']],
  ['女儿户招婿的，其女婿不享受村民待遇', ['违法:women_rights']],
  ['纯女户只能申请一处宅基地', ['违法:women_rights']],
  ['外嫁女的征地补偿款减半发放', ['违法:women_rights']],
  ['出嫁女户口一律迁出', ['违法:women_rights']],
  // relatives
  ['对违约者家属连带处理', ['违法:collective_punishment'], '家属连带处理'],
  ['株连其家属', ['违法:collective_punishment'], '株连'],
  ['对违约人，其子女不得参加评优', ['违法:collective_punishment'], '其子女不得参加'],
  ['违约者的家属一并处理', ['违法:collective_punishment']],
  // statutory rights cut
  ['停发其当年土地补偿款', ['违法:statutory_benefit_cut'], '停发其当年土地补偿'],
  ['取消其低保', ['违法:statutory_benefit_cut'], '取消其低保'],
  ['对违约者，本年度内不得享受村集体分红', ['违法:statutory_benefit_cut'], '不得享受村集体分红'],
]

const RISKY: Case[] = [
  ['停发一切福利待遇', ['风险:blanket_benefit_cut'], '停发一切福利待遇'],
  ['取消其一切福利待遇', ['风险:blanket_benefit_cut'], '取消其一切福利待遇'],
  ['对违约者停发所有福利待遇', ['风险:blanket_benefit_cut']],
  ['暂停享受村级集体福利', ['风险:blanket_benefit_cut']],
  ['违反者暂停享受村集体福利待遇，直至改正为止', ['风险:blanket_benefit_cut'], '暂停享受村集体福利待遇'],
  ['全户停发福利', ['风险:household_sanction'], '全户停发'],
  ['对不赡养老人的，取消其享受村级各项优惠政策', ['风险:blanket_benefit_cut']],
]

const ALLOWED: string[] = [
  '对违约者进行批评教育，责成赔礼道歉，写出悔改书',
  '恢复原状或赔偿损失，记入村民信誉档案',
  '在村务公开栏公示通报',
  '对违约人进行批评教育，情节严重的，在全村通报批评',
  '取消其本年度评先评优资格',
  '暂停享受村集体发放的春节慰问品一年',
  '违约者停发当年慰问金',
  '违反第八条的，由村民委员会责令停止侵害，恢复原状；拒不改正的，暂停享受村集体发放的节日慰问品和组织的旅游体检，至改正之日止。',
  '停止其违法行为',
  '扣5分',
  '扣除积分5分',
  '每户每年交纳卫生费20元',
  '住处每月500元',
  '村民享有选举权和被选举权',
  '保障村民的选举权、表决权',
  '对未成年人损坏他人财物的，由其父母承担赔偿责任',
  '遇停电时，注意用电安全',
  '外出时应关闭水电，断电断水',
  '与表决事项有利害关系的村民代表不得参加表决',
  '妇女与男子享有同等的土地承包权，不因结婚、离婚、丧偶而受影响',
  '不许打骂老人',
  '严禁赌博；对参与赌博的，报公安机关依法处理',
  // wordings that look like a penalty but are not
  '集体收益扣除成本后每户分配500元',
  '由村民小组长负责收缴卫生费',
  '评选星级文明户并挂牌',
  '妇女不得被剥夺土地承包经营权',
  '监护人应当保证其子女不得辍学',
  '每周二停水检修',
  '村民应积极参加村民会议，依法行使选举权、被选举权',
  '对违反本村规民约的，由村民委员会视情节轻重给予批评教育、责令改正、赔礼道歉、赔偿损失等处理',
  '不准乱搭乱建，违者由村委会责令限期改正',
  '禁止私自停水停电',
]

const NEGATED: string[] = [
  '不得罚款',
  '严禁游街示众',
  '任何人不得没收村民的合法财产',
  '禁止以停水停电相要挟',
  '不准扣押村民财物',
  '不许以不予办理证明相要挟',
  '杜绝罚款、游街等简单粗暴的处理方式',
  '不得对违约者罚款',
  '不得用罚款代替教育',
  '村规民约不得有罚款、没收财物、限制人身自由等侵犯村民合法权益的内容',
  '罚款等处罚方式一律不得采用',
  '严禁下列处罚方式：罚款、没收、游街示众',
  '任何组织和个人不得以停水、停电、不予办理证明等方式处罚村民',
  '不得以出嫁、离婚、丧偶为由取消妇女的土地承包权',
  '严禁剥夺村民的选举权和被选举权',
  '任何人不得株连违约者的家属',
  '不得停发村民依法享有的分红和土地补偿费',
  '禁止停发一切福利待遇',
  '严禁关押、拘禁村民',
]

describe('reviewArticle: forbidden (违法 blocks adoption)', () => {
  it.each(FORBIDDEN)('%s', (text, expected, words) => {
    const found = reviewArticle(text)
    expect(found.map(short)).toEqual(expected)
    if (words !== undefined) expect(found[0]!.words).toBe(words)
    expect(blocksAdoption(found)).toBe(true)
  })
})

describe('reviewArticle: risky (风险 needs a recorded reason)', () => {
  it.each(RISKY)('%s', (text, expected, words) => {
    const found = reviewArticle(text)
    expect(found.map(short)).toEqual(expected)
    if (words !== undefined) expect(found[0]!.words).toBe(words)
    expect(blocksAdoption(found)).toBe(false)
  })

  it('the blanket cut cites 集体经济组织法第十三条 and asks to name the benefits', () => {
    const [f] = reviewArticle('停发一切福利待遇')
    expect(f!.citation.law).toBe('农村集体经济组织法')
    expect(f!.citation.article).toBe('第十三条')
    expect(f!.message).toContain('写明名称')
    expect(f!.message).toContain('记录理由')
    expect(f!.rule).toBe('福利待遇应写明名称')
  })
})

describe('reviewArticle: allowed measures find nothing', () => {
  it.each(ALLOWED)('%s', (text) => {
    expect(reviewArticle(text)).toEqual([])
  })

  it('a villager “不得拒交罚款” presupposes a fine: the negation does not reach past 拒交', () => {
    expect(codes('村民不得拒交罚款')).toEqual(['违法:fine'])
  })
})

describe('reviewArticle: negated terms are not violations', () => {
  it.each(NEGATED)('%s', (text) => {
    expect(reviewArticle(text)).toEqual([])
  })

  it('a negator reaches only its own clause', () => {
    expect(codes('不得乱倒垃圾，违者没收其车辆')).toEqual(['违法:confiscation'])
    expect(codes('严禁在河道电鱼违者没收工具')).toEqual(['违法:confiscation'])
    expect(codes('严禁赌博。对赌博者罚款')).toEqual(['违法:fine'])
  })

  it('a forbidding list reaches its items on the following lines', () => {
    expect(reviewArticle('对违约行为，严禁采用下列处理方式：\n（一）罚款；\n（二）游街示众；\n（三）停水停电。')).toEqual([])
    expect(codes('对违约行为，可以采用下列处理方式：\n（一）批评教育；\n（二）罚款。')).toEqual(['违法:fine'])
  })
})

describe('reviewArticle: wording variants (full-width, half-width, spaces, numerals)', () => {
  it.each([
    ['违反者处以人民币五百元罚款', ['违法:fine'], '处以人民币五百元罚款'],
    ['违者罚\u3000款', ['违法:fine'], '罚\u3000款'],
    ['违者处以２００元', ['违法:fine'], '处以２００元'],
    ['违者处以 200 元', ['违法:fine'], '处以 200 元'],
    ['违者罚1.5万元', ['违法:fine'], '罚1.5万元'],
    ['严禁乱倒垃圾,违者罚款', ['违法:fine'], '罚款'],
    ['严禁乱倒垃圾；违者罚款', ['违法:fine'], '罚款'],
    ['对其停\u3000电', ['违法:public_services'], '停\u3000电'],
    ['游 街 示 众', ['违法:personal_freedom'], '游 街 示 众'],
    ['违约者不得享受当年分红', ['违法:statutory_benefit_cut'], '不得享受当年分红'],
    ['外 嫁 女 不 得 享 受 分 红', ['违法:women_rights']],
  ] as Case[])('%s', (text, expected, words) => {
    const found = reviewArticle(text)
    expect(found.map(short)).toEqual(expected)
    if (words !== undefined) expect(found[0]!.words).toBe(words)
  })

  it.each(['不 得 罚 款', '禁止向村民罚款', '严禁\u3000游街示众', '暂停其享受村集体旅游福利一年'])('%s finds nothing', (text) => {
    expect(reviewArticle(text)).toEqual([])
  })
})

describe('reviewArticle: context and advice (提示)', () => {
  it('a penalty imposed by the police by law is advice, not a violation', () => {
    const found = reviewArticle('由公安机关依法处以罚款或拘留')
    expect(found.map(short)).toEqual(['提示:by_authority'])
    expect(found[0]!.words).toBe('处以罚款或拘留')
    expect(found[0]!.message).toContain('移交有关部门依法处理')
  })

  it('不符合条件的不予办理 is ordinary vetting', () => {
    expect(codes('对不符合建房条件的，不予办理建房审批手续')).toEqual(['提示:public_services_conditional'])
  })

  it('voluntary public labour is advice', () => {
    expect(codes('自愿参加公益劳动')).toEqual(['提示:voluntary_labour'])
  })
})

describe('reviewArticle: output shape', () => {
  it('offsets point into the original text, full-width and spaced alike', () => {
    const text = '第三十九条　违反本条者，处以　５００　元罚款。'
    const [f] = reviewArticle(text)
    expect(f!.words).toBe(text.slice(f!.start, f!.end))
    expect(f!.words).toBe('处以　５００　元罚款')
  })

  it('each finding carries rule, citation, message and code', () => {
    const [fine] = reviewArticle('违者罚款100元')
    expect(fine).toMatchObject({ level: '违法', code: 'compact.review.fine', rule: '不得设定罚款' })
    expect(fine!.citation.law).toBe('行政处罚法')
    expect(fine!.citation.article).toContain('第十六条')
    expect(fine!.message).toContain('批评教育')
    const [jail] = reviewArticle('关押三天')
    expect(jail!.citation.article).toBe('第十条、第十八条')
    const [vote] = reviewArticle('取消其选举权')
    expect(vote!.citation.law).toBe('村民委员会组织法')
    expect(vote!.citation.article).toBe('第二十七条第二款')
    expect(vote!.citation.note).not.toContain('依据推定')
    const [water] = reviewArticle('对其停水')
    expect(water!.citation.note).toContain('依据推定')
    const [women] = reviewArticle('外嫁女不得享受分红')
    expect(women!.citation.law).toBe('妇女权益保障法')
    const [kin] = reviewArticle('株连家属')
    expect(kin!.citation.note).toContain('依据推定')
  })

  it('empty text finds nothing', () => {
    expect(reviewArticle('')).toEqual([])
    expect(reviewArticle('   ')).toEqual([])
  })

  it('findings come in text order, and maps to the kernel Finding', () => {
    const found = reviewArticle('违者没收工具，并罚款，游街示众')
    expect(found.map((f) => f.code)).toEqual(['compact.review.confiscation', 'compact.review.fine', 'compact.review.personal_freedom'])
    const k = toFinding(found[0]!, 39)
    expect(k).toMatchObject({ level: 'error', code: 'compact.review.confiscation', field: '39' })
    expect(k.message.startsWith('第三十九条：')).toBe(true)
    expect(toFinding(reviewArticle('停发一切福利待遇')[0]!).level).toBe('warning')
  })
})

describe('reviewCompact', () => {
  it('the sample compact has no 违法 finding', () => {
    const latest = sampleCompact.versions[sampleCompact.versions.length - 1]!
    const review = reviewCompact(latest)
    expect(review.blocked).toBe(false)
    expect(review.articles).toHaveLength(latest.articles.length)
  })

  it('flags the article that carries a violation, and the risks that need a reason', () => {
    const review = reviewCompact({
      articles: [
        { number: 1, role: 'general', text: '为了加强村民自治，制定本村规民约。' },
        { number: 2, role: 'handling', text: '违反本村规民约的，罚款100元。', links: [] },
        { number: 3, role: 'handling', text: '停发一切福利待遇。', links: [] },
      ],
    })
    expect(review.blocked).toBe(true)
    expect(review.all.map((f) => [f.article, f.level])).toEqual([
      [2, '违法'],
      [3, '风险'],
    ])
    expect(review.risks.map((f) => f.article)).toEqual([3])
  })

  it('reviews ~45 articles quickly (time printed; the bench asserts compact_review_ms)', () => {
    const latest = sampleCompact.versions[sampleCompact.versions.length - 1]!
    // fresh texts each round, so the memo does not answer: the worst case, every article changed
    const round = (i: number) => reviewCompact({ articles: latest.articles.map((a) => ({ ...a, text: `${a.text}${i}` })) })
    round(-1)
    const rounds = 20
    let t0 = performance.now()
    for (let i = 0; i < rounds; i++) round(i)
    const cold = (performance.now() - t0) / rounds
    t0 = performance.now()
    for (let i = 0; i < rounds; i++) reviewCompact(latest)
    const typing = (performance.now() - t0) / rounds
    console.warn(
      `reviewCompact: ${latest.articles.length} articles, all changed ${cold.toFixed(2)} ms, unchanged (memo) ${typing.toFixed(2)} ms`,
    )
    // the memo hands out copies
    const first = reviewArticle('违者罚款100元')
    first[0]!.words = 'changed'
    expect(reviewArticle('违者罚款100元')[0]!.words).toBe('罚款100元')
  })
})
