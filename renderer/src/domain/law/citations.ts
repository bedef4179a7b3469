/**
 * 法律依据 (citations): the one library of quoted texts every rule cites (domain-rules §0–§3).
 * Results and rule profiles carry these so the UI can show where every number comes from
 * (design principle 2). Cite by content: the text is quoted, not only the article number.
 *
 * 2025修正 (in force 2026-01-01) shifts article numbers of 《村民委员会组织法》; the amended text
 * was not obtained, hence the note on each 组织法 citation (domain-rules §0.1), in words a secretary
 * reads in the legal-basis popover (help/citationNote.ts).
 */

/** What kind of source a citation is: a statute binds; a party rule binds party bodies; practice is a default. */
export type CitationKind = '法律' | '地方性法规' | '党内法规' | '政策文件' | '地方惯例' | '村规民约'

export interface LegalCitation {
  law: string
  version: string
  article: string
  text: string
  note?: string
  /** Absent means 法律. */
  kind?: CitationKind
}

/** “《村民委员会组织法》第二十二条” — how a citation is named in a sentence. */
export function citationTitle(c: LegalCitation): string {
  // A title inside a title takes 〈〉 (《某省实施〈村民委员会组织法〉办法》), never 《《》》.
  const law = c.law.replace(/《/g, '〈').replace(/》/g, '〉')
  return c.kind === '地方惯例' ? `${c.law}（地方惯例）` : `《${law}》${c.article}`
}

const ORGANIC_LAW = '村民委员会组织法'
const VERSION_2018 = '2018修正'
const RENUMBER_NOTE = '此条引自2018年修正的文本。2025年修正后条文内容未见改动，但条号可能变了，对外引用时请以正式公布的新文本核对条号。'

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

export const ART_21_NOTICE = organicLaw('第二十一条', '召集村民会议，应当提前十天通知村民。')

export const ART_22_OBSERVERS = organicLaw('第二十二条', '召开村民会议，根据需要可以邀请驻本村的企业、事业单位和群众组织派代表列席。')

export const ART_24_MATTERS = organicLaw(
  '第二十四条',
  '涉及村民利益的下列事项，经村民会议讨论决定方可办理：（一）本村享受误工补贴的人员及补贴标准；（二）从村集体经济所得收益的使用；（三）本村公益事业的兴办和筹资筹劳方案及建设承包方案；（四）土地承包经营方案；（五）村集体经济项目的立项、承包方案；（六）宅基地的使用方案；（七）征地补偿费的使用、分配方案；（八）以借贷、租赁或者其他方式处分村集体财产；（九）村民会议认为应当由村民会议讨论决定的涉及村民利益的其他事项。村民会议可以授权村民代表会议讨论决定前款规定的事项。法律对讨论决定村集体经济组织财产和成员权益的事项另有规定的，依照其规定。',
)

export const ART_26_REPRESENTATIVES = organicLaw(
  '第二十六条',
  '村民代表会议由村民委员会召集。村民代表会议每季度召开一次。有五分之一以上的村民代表提议，应当召集村民代表会议。村民代表会议有三分之二以上的组成人员参加方可召开，所作决定应当经到会人员的过半数同意。',
)

export const ART_27_COMPACT = organicLaw(
  '第二十七条',
  '村民会议可以制定和修改村民自治章程、村规民约，并报乡、民族乡、镇的人民政府备案。村民自治章程、村规民约以及村民会议或者村民代表会议的决定不得与宪法、法律、法规和国家的政策相抵触，不得有侵犯村民的人身权利、民主权利和合法财产权利的内容。村民自治章程、村规民约以及村民会议或者村民代表会议的决定违反前款规定的，由乡、民族乡、镇的人民政府责令改正。',
)

export const ART_28_GROUP = organicLaw(
  '第二十八条',
  '召开村民小组会议，应当有本村民小组十八周岁以上的村民三分之二以上，或者本村民小组三分之二以上的户的代表参加，所作决定应当经到会人员的过半数同意。',
)

export const ART_30_DISCLOSURE = organicLaw(
  '第三十条',
  '村民委员会实行村务公开制度。……一般事项至少每季度公布一次；集体财务往来较多的，财务收支情况应当每月公布一次；涉及村民利益的重大事项应当随时公布。',
)

function collectiveLaw(article: string, text: string): LegalCitation {
  return { law: '农村集体经济组织法', version: '2024年6月28日通过，2025年5月1日施行', article, text }
}

export const CEO_ART_13_RIGHTS = collectiveLaw(
  '第十三条',
  '农村集体经济组织成员享有下列权利：……（七）参与分配集体收益；（八）集体土地被征收征用时参与分配土地补偿费等；（九）享受农村集体经济组织提供的服务和福利；……',
)

export const CEO_ART_15_NON_MEMBERS = collectiveLaw(
  '第十五条',
  '非农村集体经济组织成员长期在农村集体经济组织工作，对集体做出贡献的，经农村集体经济组织成员大会全体成员四分之三以上同意，可以享有本法第十三条第七项、第九项、第十项规定的权利。',
)

export const CEO_ART_18_MEMBERSHIP_KEPT = collectiveLaw(
  '第十八条',
  '农村集体经济组织成员不因就学、服役、务工、经商、离婚、丧偶、服刑等原因而丧失农村集体经济组织成员身份。',
)

export const CEO_ART_26_POWERS = collectiveLaw(
  '第二十六条',
  '成员大会……依法行使下列职权：……（三）确认农村集体经济组织成员；……（七）批准……收益分配方案；（八）对农村土地承包、宅基地使用和集体经营性财产收益权份额量化方案等事项作出决定；（九）对集体经营性建设用地使用、出让、出租方案等事项作出决定；（十）决定土地补偿费等的分配、使用办法；……',
)

export const CEO_ART_27_ASSEMBLY = collectiveLaw(
  '第二十七条',
  '农村集体经济组织召开成员大会，应当将会议召开的时间、地点和审议的事项于会议召开十日前通知全体成员，有三分之二以上具有完全民事行为能力的成员参加。成员无法在现场参加会议的，可以通过即时通讯工具在线参加会议，或者书面委托本农村集体经济组织同一户内具有完全民事行为能力的其他家庭成员代为参加会议。……成员大会实行一人一票的表决方式。成员大会作出决定，应当经本农村集体经济组织成员大会全体成员三分之二以上同意，本法或者其他法律法规、农村集体经济组织章程有更严格规定的，从其规定。',
)

export const CEO_ART_28_REPRESENTATIVES = collectiveLaw(
  '第二十八条',
  '设立成员代表大会的，一般每五户至十五户选举代表一人，代表人数应当多于二十人，并且有适当数量的妇女代表。……成员代表大会按照农村集体经济组织章程规定行使本法第二十六条第一款规定的成员大会部分职权，但是第一项、第三项、第八项、第十项、第十二项规定的职权除外。成员代表大会实行一人一票的表决方式。成员代表大会作出决定，应当经全体成员代表三分之二以上同意。',
)

export const CEO_ART_64_ACTING = collectiveLaw(
  '第六十四条',
  '未设立农村集体经济组织的，村民委员会、村民小组可以依法代行农村集体经济组织的职能。村民委员会、村民小组依法代行农村集体经济组织职能的，讨论决定有关集体财产和成员权益的事项参照适用本法的相关规定。',
)

function partyRule(article: string, text: string): LegalCitation {
  return {
    law: '中国共产党支部工作条例（试行）',
    version: '2018',
    article,
    text,
    kind: '党内法规',
    note: '据共产党员网转载文本（domain-rules S5）',
  }
}

export const PARTY_BRANCH_ART_11_ASSEMBLY = partyRule(
  '第十一条',
  '党员大会……进行表决，必须有半数以上有表决权的党员到会方可进行，赞成人数超过应到会有表决权的党员的半数为通过。',
)

export const PARTY_BRANCH_ART_12_COMMITTEE = partyRule('第十二条', '支部委员会会议……须有半数以上委员到会方可进行。')

/** The usual local 四议两公开 template (domain-rules §2.2): a default, never a floor. */
export function localPractice(article: string, text: string, note = '地方惯例，可调整'): LegalCitation {
  return { law: '“四议两公开”工作法地方规范', version: '各地文本', article, text, note, kind: '地方惯例' }
}

export const WOMEN_RIGHTS_ART_55_56 = {
  law: '妇女权益保障法',
  version: '2022修订',
  article: '第五十五条、第五十六条',
  text: '村民自治章程、村规民约，村民会议、村民代表会议的决定以及其他涉及村民利益事项的决定，不得以妇女未婚、结婚、离婚、丧偶、户无男性等为由，侵害妇女在农村集体经济组织中的各项权益。',
} satisfies LegalCitation
