/**
 * 合法性审查的规则表 (domain-rules §3.5 R3.3–R3.5): what a compact may not impose, as precompiled
 * regexes over the normalised text (half-width, no spaces), each with its level, rule name, citation and
 * a message that says what to write instead.
 *
 * Levels: 违法 blocks adoption; 风险 may stay only with a recorded reason; 提示 is advice.
 * Allowed measures (R3.5: 批评教育, 公示通报, 责成赔礼道歉, 写出悔改书, 恢复原状或赔偿损失, 记入信誉档案,
 * 取消评先评优资格, 暂停享受写明名称的村级福利) match nothing here on purpose.
 */
import { CEO_ART_13_RIGHTS, WOMEN_RIGHTS_ART_55_56, type LegalCitation } from '@/domain/law/citations'
import { ART_27_PARA_2, inferredFromArt27, PENALTY_ART_10_18, PENALTY_ART_9_16_17 } from './citations'
import { IN_CLAUSE as C, IN_SENTENCE as S } from './reviewText'

export type ReviewLevel = '违法' | '风险' | '提示'

export interface ReviewRule {
  code: string
  level: ReviewLevel
  /** Short Chinese name of the rule broken. */
  rule: string
  citation: LegalCitation
  /** Plain Chinese: what is wrong and what to write instead. */
  message: (words: string) => string
  patterns: RegExp[]
  /** When this matches the sentence around the hit, it is not this rule's case (维修停水, 监护人赔偿 …). */
  exempt?: RegExp
  /** When this matches the hit itself, it is protective wording, not a deprivation. */
  exemptWords?: RegExp
  /** Under an authority (移交公安机关依法处罚) the hit is a 提示, not a 违法. */
  authority?: boolean
  /** When this matches the sentence, the hit drops to 提示 with this message (不符合条件的不予办理). */
  softenWhen?: { when: RegExp; message: (words: string) => string }
  /**
   * A cheap test every hit of the rule must pass (a character its patterns all need): most articles
   * fail it, which spares the costly patterns on each keystroke.
   */
  trigger: RegExp
}

const g = (source: string) => new RegExp(source, 'g')

/** A sum of money: 200元, 2.5元, 五百元, 1万元, 50块. */
const AMOUNT = '(?:\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千万]+)(?:万|千|百)?(?:元|块)'

const SUGGEST_MILD = '批评教育、责成赔礼道歉、写出悔改书、恢复原状或赔偿实际损失、记入信誉档案，或暂停享受写明名称的村级自主福利'

export const FINE: ReviewRule = {
  code: 'compact.review.fine',
  level: '违法',
  rule: '不得设定罚款',
  citation: PENALTY_ART_9_16_17,
  message: (w) =>
    `“${w}”是罚款或变相的金钱处罚。村规民约不是法律、法规或规章，村委会也不是行政机关，不能设定或收取罚款。建议改为：${SUGGEST_MILD}。`,
  patterns: [
    g('(?:处以|并处|给予|予以)?(?:罚款|罚金)|罚钱|罚没|罚银|罚粮|罚放电影|罚放|罚请|罚其?(?:出|交|缴)'),
    g(`罚其?${C}{0,4}?${AMOUNT}`),
    g(`(?<![住到各此彼何出远好近益之用])处以?(?:人民币)?${AMOUNT}`),
    g(`处以${C}{0,8}?${AMOUNT}`),
    g('违约金|违约费|处罚金|惩罚金|滞纳金'),
    g(`(?:违者|违反者|违约者|对违反)${C}{0,10}?(?:交纳|缴纳|上交|上缴|收取|支付|交|缴)${C}{0,6}?${AMOUNT}`),
    g(`保证金${C}{0,12}?(?:不予退还|不退)|不予退还${C}{0,6}?保证金`),
    g(`加倍收取|双倍收取|加收${C}{0,6}?(?:费|钱|元)`),
  ],
  authority: true,
  trigger: /罚|处|违约|滞纳|保证金|加倍|双倍|加收/,
}

/** 扣……元 as a penalty; “扣除成本后每户分配500元” is arithmetic, not a penalty. Same code as FINE. */
export const FINE_DEDUCTION: ReviewRule = {
  ...FINE,
  patterns: [g(`扣(?:除|发|减|罚)?${C}{0,10}?${AMOUNT}`)],
  exempt: /成本|费用|税|后分配|后每|提取|公积金|公益金/,
  trigger: /扣/,
}

export const CONFISCATION: ReviewRule = {
  code: 'compact.review.confiscation',
  level: '违法',
  rule: '不得没收、扣押财物',
  citation: PENALTY_ART_9_16_17,
  message: (w) =>
    `“${w}”是没收或扣押村民的财物，侵犯合法财产权利；没收只能由行政机关依法实施。建议改为：责令停止、恢复原状或赔偿损失，涉及违法的移交有关部门依法处理。`,
  // 收缴卫生费 is collecting a fee
  patterns: [g(`没收|收缴(?!${C}{0,6}费)|扣押(?!金)|扣留|扣压|查封|充公|强行(?:拉走|拿走|收走|牵走)`)],
  authority: true,
  trigger: /没收|收缴|扣|查封|充公|强行/,
}

export const PERSONAL_FREEDOM: ReviewRule = {
  code: 'compact.review.personal_freedom',
  level: '违法',
  rule: '不得限制人身自由、侮辱人格',
  citation: PENALTY_ART_10_18,
  message: (w) =>
    `“${w}”限制人身自由或损害人格尊严。限制人身自由只能由法律设定、由公安机关等依法实施，村规民约不能规定。建议改为：批评教育、写出悔改书、责成赔礼道歉。`,
  patterns: [
    // not 挂牌 alone: 星级文明户挂牌 is an honour
    g(
      '挂牌示众|挂牌游街|关押|拘禁|拘押|拘留|关禁闭|禁闭|软禁|看押|游街|游村|示众|批斗|戴高帽|罚跪|捆绑|关起来|强制劳动|强迫劳动|劳动改造|限制其?人身自由',
    ),
    g(`(?:罚|强制|强迫)其?${C}{0,4}?(?:劳动|义务工|出工)`),
  ],
  authority: true,
  trigger: /关|拘|禁|押|游|示众|批斗|高帽|跪|捆|劳动|人身自由|义务工|出工/,
}

export const DEMOCRATIC_RIGHTS: ReviewRule = {
  code: 'compact.review.democratic_rights',
  level: '违法',
  rule: '不得剥夺民主权利',
  citation: ART_27_PARA_2,
  message: (w) =>
    `“${w}”剥夺或限制了村民的民主权利（选举权、被选举权、表决权等），村规民约不得有侵犯村民民主权利的内容。建议改为：取消评先评优资格、记入信誉档案。`,
  patterns: [
    g(
      `(?:剥夺|取消|停止|暂停|中止|限制|收回|不享有|丧失)${C}{0,8}?(?:被选举权|选举权|表决权|投票权|选民资格|参选资格|候选人资格|村民代表资格|知情权|监督权|查询权|决策权|议事权|发言权|参会权)(?:[和、及与或](?:被选举权|选举权|表决权|投票权))*`,
    ),
    g(
      '(?:不得|不能|不准|不许|无权)(?:参加|参与|出席)?(?:村委会|村民委员会|村“两委”|村两委|两委|换届)?(?:村民会议|村民代表会议|选举|竞选|参选|投票|表决)',
    ),
    g('(?:不得|不能|不准|不许|无权)(?:当选|被选为|被推选为|担任)(?:村民代表|村委会|村民委员会|候选人)'),
  ],
  // 回避 (recusal) and the statute's own bars are not a sanction
  exempt: /利害关系|回避|近亲属|未满十八|不满十八|依法被剥夺政治权利/,
  trigger: /权|资格|会议|选|表决|投票|村委会|村民委员会|候选人|村民代表/,
}

export const PUBLIC_SERVICES: ReviewRule = {
  code: 'compact.review.public_services',
  level: '违法',
  rule: '不得以公共服务相要挟',
  citation: inferredFromArt27('以停水停电、不予出具证明等公共服务相要挟'),
  message: (w) => `“${w}”是把供水供电或办理证明当作处罚手段。这些是村民应得的服务，不能用来要挟。建议删除，改为${SUGGEST_MILD}。`,
  patterns: [
    g(
      '(?:停止|中断|切断|停|断)(?:其|该户|违约户|当事人)?的?(?:供水|供电|供气|用水|用电|自来水|水电|水|电)(?!话|视|脑|梯|动|影|子|器|源|线|费)',
    ),
    g(
      '(?:一律不予|不予|不给|拒绝|暂停|停止|不再|暂缓)(?:为其|给其|对其|为该户|其)?(?:办理|出具|开具|提供|盖章|签字|签章|受理|审批)(?=' +
        `${C}{0,12}?(?:证明|手续|证件|户口|准生|审批|申请|盖章|签字|服务|材料|低保|建房)|[,;:!?\\n。，；：！？]|$)|(?:一律不予|不予|不给|拒绝|暂停|停止|不再|暂缓)(?:为其|给其|对其|为该户|其)?(?:出具|开具|盖章|签字|签章)`,
    ),
  ],
  exempt: /维修|检修|施工|抢修|故障|计划|外出|离家|随手|关闭|用电安全|用水安全|遇|节约/,
  softenWhen: {
    when: /不符合|未达到|不具备|不真实|虚假|资格审查/,
    message: (w) => `“${w}”写的是不符合条件时不予办理，这是正常审核，不是处罚；请确认它不用于处理违约行为。`,
  },
  trigger: /水|电|气|办理|出具|开具|提供|盖章|签字|签章|受理|审批/,
}

/** Judged across the commas of one sentence (its gaps are IN_SENTENCE): the status and the cut are often apart. */
export const WOMEN_RIGHTS: ReviewRule = {
  code: 'compact.review.women_rights',
  level: '违法',
  rule: '不得以婚姻状况、性别减损妇女权益',
  citation: WOMEN_RIGHTS_ART_55_56,
  message: (w) =>
    `“${w}”以出嫁、离婚、丧偶、入赘或户无男性等为由减少妇女（及其家庭）的分红、土地、宅基地或补偿等权益。建议删除，或写明“妇女与男子享有同等的集体经济组织成员权益，不因结婚、离婚、丧偶而受影响”。`,
  patterns: [
    g(
      '(?:出嫁女|外嫁女|已嫁女|嫁出去的女儿|嫁出|出嫁|外嫁|嫁到外|嫁往外|农嫁非|结婚|婚后|未婚|离婚|离异|丧偶|寡妇|改嫁|再婚|入赘|招婿|上门女婿|倒插门|户无男|无男|纯女户|女儿户|独女户|二女户|妇女|女性|女儿|女方)' +
        `${S}{0,20}?(?:不得(?!以|因|借|由于|侵|剥|歧|损|随意|擅自|非法|被)|不再|不能(?!以|因|被)|不予|不享有|不享受|取消|停止|停发|收回|减少|减半|减发|扣除|无权|丧失|注销|不分|不给|不参与|只能|仅能|按${S}{0,3}折|自动丧失|视为放弃)` +
        `${S}{0,12}?(?:分红|收益分配|收益|股份|股权|股金|土地|承包地|责任田|口粮田|宅基地|补偿|安置|福利|村民待遇|成员资格|成员权益|集体经济)`,
    ),
    g(
      '(?:出嫁女|外嫁女|已嫁女|出嫁|外嫁|农嫁非|离婚|离异|丧偶|寡妇|改嫁|再婚|入赘|招婿|上门女婿|户无男|纯女户|女儿户)' +
        `${S}{0,12}?(?:分红|收益|股份|股金|土地|承包地|责任田|宅基地|补偿|安置|福利)${S}{0,6}?(?:减半|减少|减发|取消|停发|不予发放|不发|扣除|收回|按${S}{0,3}折)`,
    ),
    g(`(?:出嫁女|外嫁女|出嫁|外嫁|离婚|丧偶|入赘|招婿)${S}{0,12}?(?:户口|户籍)${S}{0,6}?(?:必须|一律|应当|应)迁出`),
  ],
  exemptWords: /平等|同等|同样享有|一视同仁|不受影响|保留其|依法保护|受法律保护|任何人|任何组织|不得(?:取消|收回|减少|停发|扣除)/,
  trigger: /嫁|婚|偶|寡|赘|婿|男|女|妇/,
}

export const COLLECTIVE_PUNISHMENT: ReviewRule = {
  code: 'compact.review.collective_punishment',
  level: '违法',
  rule: '不得株连家属',
  citation: inferredFromArt27('株连违约者的家属'),
  message: (w) => `“${w}”让违约者的家属一同受罚。违约处理只能针对违约者本人。建议删除对家属的处理。`,
  patterns: [
    g('株连|连坐|家属连带|连带处罚|连带处理'),
    g(
      `(?:家属|家人|亲属|子女|父母|配偶|家庭成员|直系亲属)${C}{0,6}?(?:连带|一并|一同|同时|一起|也|均|同样)${C}{0,6}?(?:处理|处罚|取消|停发|暂停|不得|不予|不享受|追究|受罚)`,
    ),
    // sanction words only: “保证其子女不得辍学” is a duty, not a punishment
    g(
      `(?:其|违约者|违约人)的?(?:子女|家属|家人|亲属|家庭成员|配偶|父母)${C}{0,8}?(?:不予|取消|停发|暂停|不享受|不得享受|不得参加|不能享受|不能参加|一并处理|同样处理)`,
    ),
  ],
  // 监护人赔偿 (民法典1188) is civil liability, not punishment
  exempt: /赔偿|监护/,
  trigger: /株连|连坐|连带|家属|家人|亲属|子女|父母|配偶|家庭成员/,
}

export const HOUSEHOLD_SANCTION: ReviewRule = {
  code: 'compact.review.household_sanction',
  level: '风险',
  rule: '处理应针对本人',
  citation: inferredFromArt27('以户为单位处理违约者的家庭成员'),
  message: (w) => `“${w}”以整户为单位处理，会让没有违约的家庭成员一同受罚。建议只处理违约者本人；如保留原文，须记录理由。`,
  patterns: [g(`(?:全户|全家|该户|其家庭)${C}{0,4}?(?:停发|取消|暂停|停止|不享受|不得享受|扣发)`)],
  trigger: /全户|全家|该户|其家庭/,
}

export const FORCED_LABOUR_ADVICE: ReviewRule = {
  code: 'compact.review.voluntary_labour',
  level: '提示',
  rule: '公益劳动须自愿',
  citation: PENALTY_ART_10_18,
  message: (w) => `“${w}”：参加公益劳动只能出于本人自愿，不能强制，也不能作为处罚；建议写作“可自愿参加公益劳动”。`,
  patterns: [g('(?<![罚强迫制])(?:义务劳动|公益劳动)')],
  trigger: /劳动/,
}

/** Statutory rights a compact must never cut (集体经济组织法 Art. 13; 低保 and other 法定社会保障). */
export const STATUTORY_BENEFIT =
  /分红|收益分配|集体收益|土地补偿|征地补偿|安置补助|安置补偿|青苗补偿|承包地|承包权|承包经营|宅基地|低保|最低生活保障|特困|五保|养老保险|养老金|医疗保险|医保|社保|社会保险|社会救助|救助金|残疾人|高龄|惠农|耕地地力|粮食补贴|种粮补贴|独生子女|优抚|抚恤|成员资格|村民资格|股份|股权|股金/

/** “一切、所有、全部”: a cut that names nothing. */
export const BLANKET = /一切|所有|全部|各项|各种|各类|任何|一律/

/** A benefit in words: only these make a cut a benefit cut (停止违法行为 is not). */
export const BENEFIT_WORD = /福利|待遇|优惠|照顾|补助|补贴|慰问|奖励/

/** 扣除成本、提取公积金: accounting words, not a cut. */
export const ACCOUNTING = /成本|费用|税|提取|公积金|公益金/

/** Named discretionary benefits: suspending these is allowed (R3.5). */
export const NAMED_DISCRETIONARY =
  /慰问|节日|春节|中秋|重阳|端午|元旦|旅游|体检|奖励|奖金|表彰|评先|评优|先进|荣誉|积分|礼品|物资|年货|红包|优先|奖学金|助学|电影|文艺/

export const BENEFIT_CUT_VERB = g(
  '(?:停发|取消|停止发放|暂停发放|停止|暂停|暂缓|中止|扣发|扣除|扣减|减发|收回|不得享受|不再享受|不予享受|不能享受|无权享受|不享受|剥夺|不予发放|不发放|不予分配|不参与分配|不得参与分配)',
)

/** Every benefit cut needs a benefit word or a statutory right in the text. */
export const BENEFIT_TRIGGER = new RegExp(`${BENEFIT_WORD.source}|${STATUTORY_BENEFIT.source}`)

export const STATUTORY_CUT: Omit<ReviewRule, 'patterns' | 'trigger'> = {
  code: 'compact.review.statutory_benefit_cut',
  level: '违法',
  rule: '不得停发法定权益',
  citation: CEO_ART_13_RIGHTS,
  message: (w) =>
    `“${w}”停发的是法定权益（集体收益分配、土地补偿费、宅基地、低保等社会保障），村规民约不能取消或减少。建议改为暂停享受写明名称的村级自主福利（如节日慰问品、村集体组织的旅游体检），并写明期限。`,
}

export const BLANKET_CUT: Omit<ReviewRule, 'patterns' | 'trigger'> = {
  code: 'compact.review.blanket_benefit_cut',
  level: '风险',
  rule: '福利待遇应写明名称',
  citation: CEO_ART_13_RIGHTS,
  message: (w) =>
    `“${w}”可能包括成员的法定权益（集体收益分配、土地补偿费、成员享有的服务和福利）。只可暂停村里自主发放的福利：请写明名称（如节日慰问品、村集体组织的旅游体检）和暂停期限；如保留原文，须记录理由。`,
}

/** Order is priority: where two hits overlap, the earlier rule of equal or higher level wins. */
export const PATTERN_RULES: readonly ReviewRule[] = [
  WOMEN_RIGHTS,
  FINE,
  FINE_DEDUCTION,
  CONFISCATION,
  PERSONAL_FREEDOM,
  DEMOCRATIC_RIGHTS,
  PUBLIC_SERVICES,
  COLLECTIVE_PUNISHMENT,
  HOUSEHOLD_SANCTION,
  FORCED_LABOUR_ADVICE,
]

/** The 提示 a hit drops to when the compact only describes what an authority does by law. */
export const AUTHORITY_ADVICE = {
  code: 'compact.review.by_authority',
  rule: '处罚由有关机关依法决定',
  message: (w: string) =>
    `“${w}”写的是由有关机关依法处罚。可以保留，但村规民约本身不能设定罚款、没收或拘留；建议写作“移交有关部门依法处理”，不写具体罚则。`,
}
