/**
 * 村规民约的法律依据: the texts the legality review and the procedure cite, beyond the kernel's
 * (law/citations.ts). 《行政处罚法》 is quoted from the 2021 revision (domain-rules §3.5 R3.3 [S10]);
 * the 2018 七部门指导意见 only from the Xinhua summary (§3, VERIFIED-SUMMARY).
 *
 * “依据推定” (R3.4): where a forbidden item is not listed in any national text but follows from
 * 组织法 Art. 27 ¶2 and the laws above, the citation says so in its note.
 */
import { ART_27_COMPACT, type LegalCitation } from '@/domain/law/citations'

function penaltyLaw(article: string, text: string): LegalCitation {
  return { law: '行政处罚法', version: '2021修订', article, text }
}

/** Fines and confiscation are administrative penalties only a law, regulation or rule may create. */
export const PENALTY_ART_9_16_17 = penaltyLaw(
  '第九条、第十六条、第十七条',
  '行政处罚的种类：（一）警告、通报批评；（二）罚款、没收违法所得、没收非法财物；……（五）行政拘留……除法律、法规、规章外，其他规范性文件不得设定行政处罚。行政处罚由具有行政处罚权的行政机关在法定职权范围内实施。',
)

/** Restriction of personal freedom: only a law may create it, only the police may impose it. */
export const PENALTY_ART_10_18 = penaltyLaw(
  '第十条、第十八条',
  '法律可以设定各种行政处罚。限制人身自由的行政处罚，只能由法律设定。……限制人身自由的行政处罚权只能由公安机关和法律规定的其他机关行使。',
)

/** 组织法 Art. 27 ¶2 as the literal ground (人身、民主、合法财产权利). */
export const ART_27_PARA_2: LegalCitation = { ...ART_27_COMPACT, article: '第二十七条第二款' }

/** 组织法 Art. 27 ¶2 as the ground of an item no national text lists (R3.4 “依据推定”). */
export function inferredFromArt27(what: string): LegalCitation {
  return {
    ...ART_27_PARA_2,
    note: `依据推定：${what}未见国家文件明文列举，据《村民委员会组织法》第二十七条第二款及相关法律推定（domain-rules R3.4）；${ART_27_COMPACT.note ?? ''}`,
  }
}

function guideline(article: string, text: string): LegalCitation {
  return {
    law: '民政部等七部门关于做好村规民约和居民公约工作的指导意见',
    version: '2018',
    article,
    text,
    kind: '政策文件',
    note: '据新华社发布的摘要（domain-rules §3，VERIFIED-SUMMARY）',
  }
}

export const GUIDELINE_SANCTIONS = guideline(
  '奖惩措施',
  '对违反村规民约、居民公约的情形，要加强批评教育，并通过合理的处理方式，使违反者受到教育、改正错误，但不得滥用强制处罚。',
)

export const GUIDELINE_CONTENT = guideline(
  '主要内容',
  '村规民约内容一般应包括：规范日常行为、维护公共秩序、保障群众权益、调解群众纠纷、引导民风民俗。针对滥办酒席、天价彩礼、薄养厚葬、攀比炫富、铺张浪费，“等靠要”、懒汉行为，家庭暴力、拒绝赡养老人，侵犯妇女特别是出嫁、离婚、丧偶女性合法权益，涉黑涉恶、“黄赌毒”等问题，予以抵制和约束。',
)

export const GUIDELINE_PROCEDURE = guideline(
  '制定程序',
  '征集民意、拟定草案、提请审核（报乡镇党委、政府审核把关）、审议表决（提交村民会议审议讨论，根据讨论意见修订完善后提交会议表决通过，表决应有一定比例妇女参会）、备案公布。',
)
