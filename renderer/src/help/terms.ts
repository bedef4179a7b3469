/**
 * 法律用语解释 (legal terms in one sentence each, with an example), for the "?" beside a term
 * (components/help/LegalTerm.vue) and the 使用手册 PDF.
 *
 * LEGAL_TERMS[term] → { term, meaning, example }. The counting terms follow 民法典第一千二百五十九条:
 * 以上 includes the number itself, 超过/过半数 does not (domain/law/counting.ts computes them).
 * The examples' numbers are checked against counting.ts in help/terms.test.ts.
 */

export interface LegalTerm {
  term: string
  /** one sentence, plain words */
  meaning: string
  /** one worked example with numbers or a situation she knows */
  example: string
}

const terms: LegalTerm[] = [
  {
    term: '过半数',
    meaning: '超过一半，正好一半不够。',
    example: '到会 20 人，至少要 11 人同意才算过半数；10 人同意不够。',
  },
  {
    term: '三分之二以上',
    meaning: '达到或超过三分之二，正好三分之二也算。',
    example: '村民代表会议组成人员 30 人，至少要 20 人到会才能开会。',
  },
  {
    term: '以上',
    meaning: '包括本数：“十八周岁以上”包括正好十八周岁的人。',
    example: '今天正好满十八周岁的村民，今天就可以参加村民会议。',
  },
  {
    term: '到会人员',
    meaning: '实际到场并登记签到、有表决权的人，列席人员不算。',
    example: '应到 30 人、实到 24 人，决定要经 24 人中的 13 人以上同意。',
  },
  {
    term: '应到',
    meaning: '按会议当天的名单，有资格参加这次会议的全部人数。',
    example: '本村十八周岁以上的村民 1200 人，村民会议应到就是 1200 人。',
  },
  {
    term: '列席',
    meaning: '被邀请到会旁听、可以发言，但不参加表决，也不计入到会人数。',
    example: '驻村企业派来的代表列席村民会议，不算在到会人数里，也不能投票。',
  },
  {
    term: '备案',
    meaning: '把文件报送乡镇人民政府存档，让上级知道；备案不是审批。',
    example: '村民会议通过新的村规民约后，把文本和会议记录报镇政府备案。',
  },
  {
    term: '陈述申辩',
    meaning: '作出处理前，当事人有权说明情况、为自己辩解，村里要听取并记录。',
    example: '告知书送达后，张某说明当天是为了抢修水渠才占用道路，这段话要记入案卷。',
  },
  {
    term: '公示期',
    meaning: '公示张贴在公开栏里、村民可以查看并提出异议的天数。',
    example: '3月1日张贴、公示期 7 天，公示到3月7日结束，期间收到的异议都要答复。',
  },
  {
    term: '委托',
    meaning: '本人不能到会时，书面委托同一户里有完全民事行为能力的家人代为参加。',
    example: '王某外出务工，可以书面委托他妻子代他参加集体经济组织成员大会。',
  },
]

export const LEGAL_TERMS: Readonly<Record<string, LegalTerm>> = Object.fromEntries(terms.map((t) => [t.term, t]))

/** In the order the manual prints them. */
export const TERM_ORDER: readonly string[] = terms.map((t) => t.term)
