/**
 * 违约处理的法律依据：the texts this module cites, quoted (design principle 2).
 *
 * Statutes already in the kernel (集体经济组织法第十三条, 妇女权益保障法第五十五、五十六条) are
 * re-exported from '@/domain/law/citations' so every screen quotes the same words; the rest are
 * defined here because only violation handling needs them.
 */
import { CEO_ART_13_RIGHTS, WOMEN_RIGHTS_ART_55_56, type LegalCitation } from '@/domain/law/citations'

export { CEO_ART_13_RIGHTS, WOMEN_RIGHTS_ART_55_56 }

/** 民法典第二百零一条: a period counted in days starts on the day after the event. */
export const CIVIL_CODE_201: LegalCitation = {
  law: '民法典',
  version: '2020',
  article: '第二百零一条',
  text: '按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。按照小时计算期间的，自法律规定或者当事人约定的时间开始计算。',
}

/** 民法典第二百零三条: a period ending on a 法定休假日 runs to the next day; the last day ends at 24:00. */
export const CIVIL_CODE_203: LegalCitation = {
  law: '民法典',
  version: '2020',
  article: '第二百零三条',
  text: '期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。期间的最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为截止时间。',
}

/**
 * 不溯及既往. A 村规民约 is not a norm the 立法法 governs, so its rule is applied by analogy: a
 * compact cannot sanction conduct that happened before the article existed.
 */
export const NO_RETROACTIVITY: LegalCitation = {
  law: '立法法',
  version: '2023修正',
  article: '第一百零四条',
  text: '法律、行政法规、地方性法规、自治条例和单行条例、规章不溯及既往，但为了更好地保护公民、法人和其他组织的权利和利益而作的特别规定除外。',
  note: '村规民约不属立法法调整的规范，参照其原则适用',
}

/** 七部门指导意见 (2018): sanctions must educate, not punish (R3.2; the sentence is cut off in the source). */
export const GUIDELINE_2018_SANCTIONS: LegalCitation = {
  law: '关于做好村规民约和居民公约工作的指导意见',
  version: '2018',
  article: '（奖惩措施）',
  text: '对违反村规民约、居民公约的情形，要加强批评教育，并通过合理的处理方式，使违反者受到教育、改正错误，但不得滥用强制处罚……',
  kind: '政策文件',
  note: '民政部等七部门指导意见；新华社摘要文本在“避免简”处截断（domain-rules R3.2）',
}

/** R3.5: suspending village welfare is common practice but legally risky; only discretionary benefits. */
export const SUSPENSION_RISK: LegalCitation = {
  law: '村规民约违约处理地方惯例',
  version: '各地文本',
  article: '暂停享受村级福利',
  text: '暂停或暂缓享受村级集体福利为各地村规民约常见做法，但不得涉及集体经济组织成员依法享有的收益分配、土地补偿费和服务福利等权利（《农村集体经济组织法》第十三条）。',
  kind: '地方惯例',
  note: 'domain-rules R3.5、§8第9项：仅限自主福利，并提示风险',
}

/** Membership is not lost by moving away, marriage, imprisonment… (R1.25); one text in law/citations.ts. */
export { CEO_ART_18_MEMBERSHIP_KEPT } from '@/domain/law/citations'
