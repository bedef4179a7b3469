/**
 * 法律依据 (citations) for the people-related thresholds, quoted from the 2018 text
 * of 《村民委员会组织法》(domain-rules §1). Results carry these so the UI can show
 * where every number comes from (design principle 2).
 *
 * 2025修正 (in force 2026-01-01) shifts article numbers; the amended text was not
 * obtained, hence the note on each 组织法 citation.
 */

export interface LegalCitation {
  law: string
  version: string
  article: string
  text: string
  note?: string
}

const ORGANIC_LAW = '村民委员会组织法'
const VERSION_2018 = '2018修正'
const RENUMBER_NOTE = '2025修正 条文序号待核'

function organicLaw(article: string, text: string): LegalCitation {
  return { law: ORGANIC_LAW, version: VERSION_2018, article, text, note: RENUMBER_NOTE }
}

export const ART_21_MEMBERS = organicLaw('第二十一条', '村民会议由本村十八周岁以上的村民组成。')

export const ART_22_QUORUM = organicLaw(
  '第二十二条',
  '召开村民会议，应当有本村十八周岁以上村民的过半数，或者本村三分之二以上的户的代表参加，村民会议所作决定应当经到会人员的过半数通过。法律对召开村民会议及作出决定另有规定的，依照其规定。',
)

export const ART_25_COMPOSITION = organicLaw(
  '第二十五条',
  '村民代表会议由村民委员会成员和村民代表组成，村民代表应当占村民代表会议组成人员的五分之四以上，妇女村民代表应当占村民代表会议组成人员的三分之一以上。',
)

export const ART_25_REPRESENTATIVE_RATIO = organicLaw('第二十五条', '村民代表由村民按每五户至十五户推选一人，或者由各村民小组推选若干人。')

export const ART_32_SUPERVISION = organicLaw(
  '第三十二条',
  '村应当建立村务监督委员会或者其他形式的村务监督机构，负责村民民主理财，监督村务公开等制度的落实，其成员由村民会议或者村民代表会议在村民中推选产生，其中应有具备财会、管理知识的人员。村民委员会成员及其近亲属不得担任村务监督机构成员。村务监督机构成员向村民会议和村民代表会议负责，可以列席村民委员会会议。',
)

/** 2017 中办国办指导意见 — a policy document, not a statute: its 3–5 rule is a warning only. */
export const SUPERVISION_GUIDELINE_2017: LegalCitation = {
  law: '关于建立健全村务监督委员会的指导意见',
  version: '2017',
  article: '二、人员组成',
  text: '村务监督委员会一般由3至5人组成，设主任1名，提倡由非村民委员会成员的村党组织班子成员或党员担任主任，原则上不由村党组织书记兼任主任。',
  note: '中办国办政策文件，非法律条文；据新华社发布全文（domain-rules S18）',
}

/** 民法典第一千二百五十九条 — the counting convention behind every threshold. */
export const CIVIL_CODE_1259: LegalCitation = {
  law: '民法典',
  version: '2020',
  article: '第一千二百五十九条',
  text: '民法所称的“以上”、“以下”、“以内”、“届满”，包括本数；所称的“不满”、“超过”、“以外”，不包括本数。',
}
