/**
 * 指导意见对照清单: the 2018 七部门指导意见's five content areas and the problems it names (domain-rules
 * §3.2), and which of them a compact covers, found by keywords in its articles.
 *
 * A keyword hit means the compact speaks to the topic, not that it speaks well: whether the wording
 * is lawful is the legality review's job (reviewArticle). A miss is shown as “未涉及”, a suggestion
 * (the guideline says “一般应包括”), never a block.
 */
import type { Article } from './model'
import { GUIDELINE_CONTENT } from './citations'
import type { Finding } from '@/domain/law/findings'

export interface ChecklistTopic {
  key: string
  label: string
  keywords: readonly string[]
}

export const CONTENT_AREAS: readonly ChecklistTopic[] = [
  {
    key: 'daily_conduct',
    label: '规范日常行为',
    keywords: [
      '日常行为',
      '文明',
      '诚实守信',
      '诚信',
      '遵纪守法',
      '讲卫生',
      '卫生',
      '垃圾',
      '乱扔',
      '乱倒',
      '乱堆',
      '乱放',
      '爱护公物',
      '礼貌',
    ],
  },
  {
    key: 'public_order',
    label: '维护公共秩序',
    keywords: [
      '公共秩序',
      '社会秩序',
      '治安',
      '公共设施',
      '公共财物',
      '消防',
      '防火',
      '用火',
      '交通',
      '道路',
      '河道',
      '山林',
      '寻衅',
      '斗殴',
      '秩序',
    ],
  },
  {
    key: 'rights',
    label: '保障群众权益',
    keywords: [
      '权益',
      '合法权利',
      '各项权利',
      '男女平等',
      '妇女',
      '儿童',
      '未成年',
      '残疾',
      '老年人',
      '土地承包',
      '宅基地',
      '收益分配',
      '村务公开',
      '监督',
    ],
  },
  { key: 'disputes', label: '调解群众纠纷', keywords: ['调解', '纠纷', '矛盾', '协商解决', '人民调解'] },
  {
    key: 'customs',
    label: '引导民风民俗',
    keywords: [
      '移风易俗',
      '民风',
      '民俗',
      '乡风',
      '家风',
      '红白喜事',
      '婚事新办',
      '丧事简办',
      '喜事新办',
      '尊老爱幼',
      '孝老',
      '孝敬',
      '红白理事会',
    ],
  },
]

export const TARGET_PROBLEMS: readonly ChecklistTopic[] = [
  { key: 'bride_price', label: '天价彩礼', keywords: ['彩礼', '借婚姻索取财物'] },
  { key: 'banquets', label: '滥办酒席', keywords: ['酒席', '宴席', '办酒', '整酒', '大操大办'] },
  { key: 'funerals', label: '薄养厚葬', keywords: ['薄养厚葬', '厚养薄葬', '厚葬', '丧事简办', '丧葬'] },
  { key: 'showing_off', label: '攀比炫富', keywords: ['攀比', '炫富'] },
  { key: 'waste', label: '铺张浪费', keywords: ['铺张', '浪费', '勤俭节约', '节俭'] },
  { key: 'idleness', label: '“等靠要”、懒汉行为', keywords: ['等靠要', '懒汉', '好吃懒做', '勤劳致富', '自力更生'] },
  { key: 'domestic_violence', label: '家庭暴力', keywords: ['家庭暴力', '家暴', '虐待', '打骂'] },
  { key: 'elder_support', label: '拒绝赡养老人', keywords: ['赡养', '遗弃老人', '孝敬老人', '孝老'] },
  { key: 'women_rights', label: '侵犯妇女合法权益', keywords: ['妇女', '男女平等', '出嫁', '外嫁', '离婚', '丧偶', '户无男性'] },
  { key: 'gangs', label: '涉黑涉恶', keywords: ['涉黑', '涉恶', '黑恶', '黑社会', '恶势力', '欺行霸市'] },
  { key: 'vice', label: '“黄赌毒”', keywords: ['黄赌毒', '赌博', '吸毒', '贩毒', '毒品', '卖淫', '嫖娼', '色情'] },
]

export interface TopicCoverage {
  key: string
  label: string
  covered: boolean
  /** The articles that mention it, in order. */
  articles: number[]
  /** The keywords found. */
  words: string[]
}

export interface ChecklistResult {
  areas: TopicCoverage[]
  problems: TopicCoverage[]
  /** Labels not covered, areas first. */
  missing: string[]
  /** One info finding per topic not covered, citing the guideline. */
  findings: Finding[]
}

function coverage(topic: ChecklistTopic, articles: readonly Pick<Article, 'number' | 'text'>[]): TopicCoverage {
  const hitArticles: number[] = []
  const words = new Set<string>()
  for (const a of articles) {
    const text = a.text.replace(/\s+/g, '')
    let hit = false
    for (const k of topic.keywords) {
      if (text.includes(k)) {
        words.add(k)
        hit = true
      }
    }
    if (hit) hitArticles.push(a.number)
  }
  return { key: topic.key, label: topic.label, covered: hitArticles.length > 0, articles: hitArticles, words: [...words] }
}

export function checkGuidelineCoverage(version: { articles: readonly Pick<Article, 'number' | 'text'>[] }): ChecklistResult {
  const articles = [...version.articles].sort((x, y) => x.number - y.number)
  const areas = CONTENT_AREAS.map((t) => coverage(t, articles))
  const problems = TARGET_PROBLEMS.map((t) => coverage(t, articles))
  const missingAreas = areas.filter((t) => !t.covered)
  const missingProblems = problems.filter((t) => !t.covered)
  const findings: Finding[] = [
    ...missingAreas.map((t): Finding => ({
      level: 'info',
      code: 'compact.checklist.area_missing',
      message: `村规民约未涉及“${t.label}”：指导意见要求内容一般应包括这一方面，可结合本村实际补充`,
      citation: GUIDELINE_CONTENT,
      field: t.key,
    })),
    ...missingProblems.map((t): Finding => ({
      level: 'info',
      code: 'compact.checklist.problem_missing',
      message: `村规民约未涉及“${t.label}”：指导意见要求针对这一问题予以抵制和约束，本村如有此类问题可补充`,
      citation: GUIDELINE_CONTENT,
      field: t.key,
    })),
  ]
  return { areas, problems, missing: [...missingAreas, ...missingProblems].map((t) => t.label), findings }
}
