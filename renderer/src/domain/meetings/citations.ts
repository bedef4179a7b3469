/**
 * Texts the meetings module cites that the shared library (law/citations.ts) does not hold yet.
 * Quoted from the stored 2018 text of 《村民委员会组织法》 and the 2024 《农村集体经济组织法》
 * (domain-rules S1, S3); the 2025 amendment's items are from the 法工委 spokesperson and the
 * first-reading draft (S28), so they say so in their note.
 */
import type { LegalCitation } from '@/domain/law/citations'

const ORGANIC_NOTE = '2018年修正文本；2025年修正未见改动，条文序号待核'

/** Art. 28 ¶3: what a 村民小组会议 decides (the group's own collective property). */
export const ART_28_GROUP_PROPERTY: LegalCitation = {
  law: '村民委员会组织法',
  version: '2018修正',
  article: '第二十八条第三款',
  text: '属于村民小组的集体所有的土地、企业和其他财产的经营管理以及公益事项的办理，由村民小组会议依照有关法律的规定讨论决定，所作决定及实施情况应当及时向本村民小组的村民公布。',
  note: ORGANIC_NOTE,
}

/** 2025修正: 村务监督机构成员可以列席村民代表会议 — they attend, never counted. */
export const AMENDMENT_2025_SUPERVISION_ATTENDS: LegalCitation = {
  law: '村民委员会组织法',
  version: '2025修正',
  article: '村务监督机构条款（条文序号待核）',
  text: '村务监督机构成员……可以列席村民代表会议。',
  note: '据全国人大常委会法工委发言人介绍（2025年10月），修正全文未取得，条文待核',
}

/** 2025修正草案 (first reading): 村民会议每年至少召开一次 — a draft, to be confirmed. */
export const AMENDMENT_2025_DRAFT_YEARLY_MEETING: LegalCitation = {
  law: '村民委员会组织法',
  version: '2025修正草案（一审稿）',
  article: '村民会议条款（条文序号待核）',
  text: '村民会议每年至少召开一次。',
  note: '2025修正草案，待核：据农民日报2025年8月12日对一审稿的报道，终审文本未见',
}

/** 集体经济组织法 Art. 26 ¶1 opening: who makes up the 成员大会. */
export const CEO_ART_26_MEMBERS: LegalCitation = {
  law: '农村集体经济组织法',
  version: '2024年6月28日通过，2025年5月1日施行',
  article: '第二十六条',
  text: '农村集体经济组织成员大会由具有完全民事行为能力的全体成员组成，是本农村集体经济组织的权力机构……',
}

/** 集体经济组织法 Art. 27 ¶2: the 成员大会 meets at least once a year. */
export const CEO_ART_27_YEARLY: LegalCitation = {
  law: '农村集体经济组织法',
  version: '2024年6月28日通过，2025年5月1日施行',
  article: '第二十七条第二款',
  text: '成员大会每年至少召开一次，并由理事会召集，由理事长、副理事长或者理事长指定的成员主持。',
}

/** Membership is not lost by moving away, marriage, imprisonment… (R1.25); one text in law/citations.ts. */
export { CEO_ART_18_MEMBERSHIP_KEPT } from '@/domain/law/citations'
