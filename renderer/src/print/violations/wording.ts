/**
 * 违约处理文书的措辞 (shared wording of the violation papers): how an article is cited and quoted,
 * how a measure is phrased, the people the papers name. Pure: data in, Chinese text out.
 *
 * Why here and not in domain/violations: these are sentences of printed documents (second person
 * “你户” in a letter, third person “其户” in a 公示), not rules of the case.
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import type { Benefit } from '@/domain/violations/benefits'
import {
  LASTING_MEASURES,
  type ArticleRef,
  type EvidenceRef,
  type Measure,
  type MeasurePlan,
  type ViolationCase,
} from '@/domain/violations/case'
import { HONOURS_BENEFIT_ID } from '@/domain/violations/suspensionsOn'
import type { VillageProfile } from '@/domain/village/profile'

const cn = formatChineseDate

/** The villager a paper concerns, as the registry knows them (the case itself holds only ids). */
export interface Party {
  /** Full name. Letters are addressed to it; a 公示 shows “李某” unless a reason is recorded. */
  name: string
  /** 村民小组, e.g. '三组'. Never anything below it (design principle 5). */
  group?: string
  /** 户主 name, for lines about the whole household (“李四户”). Defaults to the villager. */
  householdHead?: string
}

/** Who a sentence speaks to: 'second' in letters to the villager (你户), 'third' in a 公示 or list (其户). */
export type Voice = 'second' | 'third'

/** Ends a sentence with '。' unless it already ends with closing punctuation. */
export function sentence(text: string): string {
  const t = text.trim()
  if (t === '') return ''
  return /[。！？；…”’）)]$/u.test(t) ? t : `${t}。`
}

/** A sentence without its final full stop, for use inside a longer sentence. */
export function clause(text: string): string {
  return text.trim().replace(/[。；，、]+$/u, '')
}

/**
 * The compact's printed name for an article: its own title; else the title another article of the
 * same version in this case carries (snapshots made before titles were mapped may lack one); else
 * the title of another version of the same compact without its edition (“张庄村村规民约（2024年
 * 修订）” → “张庄村村规民约”: the version is stated beside the quote anyway); else “<村名>村规民约”.
 */
export function compactTitleFor(article: ArticleRef, c: ViolationCase | undefined, village: VillageProfile): string {
  if (article.compactTitle?.trim()) return article.compactTitle.trim()
  const titled = (c ? caseArticles(c) : []).filter((a) => a.compactId === article.compactId && a.compactTitle?.trim())
  const sameVersion = titled.find((a) => a.versionId === article.versionId)
  if (sameVersion?.compactTitle) return sameVersion.compactTitle.trim()
  const otherVersion = titled[0]?.compactTitle?.trim().replace(/[（(][^（）()]*[）)]$/u, '')
  return otherVersion || `${village.villageName}村规民约`
}

function caseArticles(c: ViolationCase): ArticleRef[] {
  const out: ArticleRef[] = []
  if (c.assessment) out.push(c.assessment.conductArticle)
  if (c.notification) out.push(c.notification.handlingArticle)
  if (c.decision) out.push(c.decision.handlingArticle)
  if (c.restoration) out.push(c.restoration.article)
  return out
}

/** “2024年5月1日起施行的文本” / “2020年1月1日至2024年4月30日施行的文本”. */
export function versionLabel(article: ArticleRef): string {
  return article.effectiveTo
    ? `${cn(article.effectiveFrom)}至${cn(article.effectiveTo)}施行的文本`
    : `${cn(article.effectiveFrom)}起施行的文本`
}

/** Quotation marks inside a quotation become single ones (GB/T 15834: 引号里面还要用引号时，外面一层用双引号，里面一层用单引号). */
export function quoted(text: string): string {
  return `“${text.trim().replace(/“/g, '‘').replace(/”/g, '’')}”`
}

/** “《张庄村村规民约（2024年修订）》第十二条” */
export function articleName(article: ArticleRef, c: ViolationCase | undefined, village: VillageProfile): string {
  return `《${compactTitleFor(article, c, village)}》${article.number}`
}

/**
 * The article named, its version stated, its text quoted — the snapshot the case cites, so the
 * words are those in force on the act date even after an amendment:
 * “《张庄村村规民约（2024年修订）》第十二条（2024年5月1日起施行的文本）规定：“建房应当……。””
 */
export function quoteArticle(article: ArticleRef, c: ViolationCase | undefined, village: VillageProfile): string {
  return `${articleName(article, c, village)}（${versionLabel(article)}）规定：${quoted(article.text)}`
}

/**
 * The conduct article breached: “违反了《…》第十二条的规定。该条（2024年5月1日起施行的文本，即行为
 * 发生时施行的文本）规定：“……””. The snapshot was chosen by the act date (domain: assessCase).
 */
export function breachSentence(article: ArticleRef, c: ViolationCase, village: VillageProfile): string {
  return `违反了${articleName(article, c, village)}的规定。该条（${versionLabel(article)}，即行为发生时施行的文本）规定：${quoted(article.text)}`
}

function benefitName(id: string | undefined, benefits: readonly Benefit[]): string {
  if (id === HONOURS_BENEFIT_ID) return HONOURS_BENEFIT_ID
  return benefits.find((b) => b.id === id)?.name ?? id ?? '（未指明的福利）'
}

/** '户' or '人': the measure's own scope, else the benefit's unit, else the household. */
export function measureScope(m: MeasurePlan, benefits: readonly Benefit[]): '户' | '人' {
  return m.scope ?? benefits.find((b) => b.id === m.benefitId)?.unit ?? '户'
}

function whose(scope: '户' | '人', voice: Voice): string {
  if (voice === 'second') return scope === '户' ? '你户' : '你本人'
  return scope === '户' ? '其户' : '其本人'
}

/** A measure in the words of the paper: “暂停你户享受“村集体福利-年终慰问品”（拆除加高部分）”. */
export function measurePhrase(m: MeasurePlan, benefits: readonly Benefit[], voice: Voice): string {
  const detail = m.detail?.trim() ? `（${clause(m.detail)}）` : ''
  switch (m.kind) {
    case '暂停享受福利':
      return `暂停${whose(measureScope(m, benefits), voice)}享受${quoted(benefitName(m.benefitId, benefits))}${detail}`
    case '书面检讨':
    case '赔礼道歉':
    case '恢复原状':
    case '赔偿损失':
      return `责令${m.kind}${detail}`
    case '批评教育':
    case '公开通报':
    case '取消评先评优资格':
      return `${m.kind}${detail}`
  }
}

/** When a decided measure ends, as the decision states it. */
export function measureEnd(m: Measure): string {
  if (!LASTING_MEASURES.has(m.kind)) return ''
  const restored = '至整改到位、经验收合格并由村民委员会决定恢复之日止'
  if (m.untilRestored && m.lastDay) return `${restored}，最迟至${cn(m.lastDay)}止`
  if (m.untilRestored) return restored
  if (m.lastDay) return `至${cn(m.lastDay)}止`
  return ''
}

/** A decided measure with its dates: “暂停你户享受“…”，自2026年11月5日起，至……之日止”. */
export function decidedMeasureText(m: Measure, benefits: readonly Benefit[], voice: Voice): string {
  const phrase = measurePhrase(m, benefits, voice)
  if (!LASTING_MEASURES.has(m.kind)) return `${phrase}，自${cn(m.startDate)}起执行`
  const end = measureEnd(m)
  return `${phrase}，自${cn(m.startDate)}起${end ? `，${end}` : ''}`
}

/** What restoring a lasting measure gives back: “恢复你户享受“村集体福利-年终慰问品”” / “恢复你的评先评优资格”. */
export function restoredPhrase(m: Measure, benefits: readonly Benefit[], voice: Voice): string {
  if (m.kind === '取消评先评优资格') return `恢复${voice === 'second' ? '你' : '其'}的评先评优资格`
  return `恢复${whose(measureScope(m, benefits), voice)}享受${quoted(benefitName(m.benefitId, benefits))}`
}

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** GB/T 9704 second-level numbering: （一）（二）…（十）（十一）… */
export function itemNumber(index: number): string {
  const n = index + 1
  if (n <= 10) return `（${CHINESE_NUMERALS[n - 1]}）`
  const tens = Math.floor(n / 10)
  const units = n % 10
  const t = tens === 1 ? '十' : `${CHINESE_NUMERALS[tens - 1]}十`
  return `（${t}${units ? CHINESE_NUMERALS[units - 1] : ''}）`
}

/** Numbered list items, each a paragraph: all but the last end with '；', the last with '。'. */
export function numberedItems(items: readonly string[]): string[] {
  return items.map((t, i) => `${itemNumber(i)}${clause(t)}${i === items.length - 1 ? '。' : '；'}`)
}

const EVIDENCE_UNITS: Record<EvidenceRef['kind'], [string, string]> = {
  照片: ['照片', '张'],
  文件: ['书面材料', '份'],
  视频: ['视频', '段'],
  其他: ['其他材料', '份'],
}

/** “以上事实有照片2张、书面材料1份等证据证实。” or '' without evidence. */
export function evidenceSentence(evidence: readonly EvidenceRef[]): string {
  if (evidence.length === 0) return ''
  const counts = new Map<EvidenceRef['kind'], number>()
  for (const e of evidence) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1)
  const parts = (Object.keys(EVIDENCE_UNITS) as EvidenceRef['kind'][])
    .filter((k) => counts.has(k))
    .map((k) => `${EVIDENCE_UNITS[k][0]}${counts.get(k)}${EVIDENCE_UNITS[k][1]}`)
  return `以上事实有${parts.join('、')}等证据证实。`
}

/** The township that hears objections: 城关镇 → 城关镇人民政府, 东城街道 → 东城街道办事处. */
export function townshipBody(village: VillageProfile): string {
  const t = village.townshipName.trim()
  if (!t) return '乡（镇）人民政府'
  return t.endsWith('街道') ? `${t}办事处` : `${t}人民政府`
}

/** “李四户” — the household as a line about the whole household names it. */
export function householdLabel(party: Party): string {
  return `${(party.householdHead ?? party.name).trim()}户`
}

/** Replace every occurrence of the full name (for a 公示 written with 李某). */
export function replaceName(text: string, fullName: string, shown: string): string {
  const name = fullName.trim()
  if (!name || name === shown) return text
  return text.split(name).join(shown)
}
