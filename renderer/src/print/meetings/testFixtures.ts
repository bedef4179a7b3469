/**
 * Meetings and a matter for the paper tests, built through the real domain (roster frozen on the
 * date, attendance tallied, votes entered and evaluated, the matter walked ①→⑥). Free text carries
 * a full ID and mobile number on purpose: the papers must mask them.
 */
import {
  closeMatter,
  createMatter,
  endDisclosure,
  recordConsultation,
  recordImplementation,
  recordProposal,
  recordResolution,
  recordReview,
  startDisclosure,
  startResultsDisclosure,
  type MeetingStepInput,
} from '@/domain/decisions/lifecycle'
import type { Matter } from '@/domain/decisions/model'
import { evaluateVote, type VoteInput } from '@/domain/meetings/evaluateVote'
import { evaluateMeeting, type MeetingRecord } from '@/domain/meetings/meeting'
import { buildRoster } from '@/domain/meetings/roster'
import { enterVote } from '@/domain/meetings/votes'
import type { Household, RoleAssignment, Villager } from '@/domain/people/model'
import { household, villager } from '@/domain/people/testFixtures'

export const DAY = '2026-03-15'
export const LEAKED_ID = '110105194912310021'
export const LEAKED_MOBILE = '13800131234'

const SURNAMES = Array.from(
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文',
)
const GIVEN = ['建国', '秀英', '桂兰', '志强', '玉梅', '德明', '春花', '国庆', '海燕', '红军', '淑珍', '永福', '小红', '文华', '金山']
const GROUPS = ['一组', '二组', '三组', '四组', '五组']

export function personName(i: number): string {
  return `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}`
}

export const HOUSEHOLDS: Household[] = Array.from({ length: 60 }, (_, i) =>
  household({ id: `h${i}`, householdNo: String(i + 1).padStart(3, '0'), groupName: GROUPS[i % GROUPS.length]!, headId: `v${i * 2}` }),
)

const committee = (post: '主任' | '副主任' | '委员'): RoleAssignment => ({
  kind: 'committee',
  body: '村民委员会',
  post,
  termStart: '2021-03-01',
})
const party = (stage: '正式' | '预备'): RoleAssignment =>
  stage === '正式'
    ? { kind: 'party_member', joinDate: '2000-07-01', stage: '正式', fullMemberDate: '2001-07-01' }
    : { kind: 'party_member', joinDate: '2025-10-01', stage: '预备' }
const rep: RoleAssignment = { kind: 'representative', termStart: '2021-03-01', represents: { kind: 'group', groupName: '一组' } }

/**
 * 120 adults in 60 households: v0–v4 村民委员会 (v0 主任, also 村党组织书记 and 党员), v5–v29 村民代表,
 * v30 村务监督委员会主任 (列席 a 村民代表会议), every seventh person a 党员, v8 a 预备党员.
 */
export const VILLAGERS: Villager[] = Array.from({ length: 120 }, (_, i) => {
  const roles: RoleAssignment[] = []
  if (i === 0) roles.push(committee('主任'), { kind: 'committee', body: '村党组织', post: '书记', termStart: '2021-03-01' })
  else if (i === 1) roles.push(committee('副主任'))
  else if (i < 5) roles.push(committee('委员'))
  else if (i < 30) roles.push(rep)
  if (i === 30) roles.push({ kind: 'supervision', post: '主任', termStart: '2021-03-01' })
  if (i === 8) roles.push(party('预备'))
  else if (i % 7 === 0) roles.push(party('正式'))
  return villager({
    id: `v${i}`,
    name: personName(i),
    householdId: `h${Math.floor(i / 2)}`,
    birthDate: `19${50 + (i % 45)}-0${1 + (i % 9)}-1${i % 10}`,
    sex: i % 2 ? '女' : '男',
    relationToHead: i % 2 ? '配偶' : '户主',
    roles,
  })
})

export const REGISTRY = { villagers: VILLAGERS, households: HOUSEHOLDS }

export const TOWNSHIP = [{ name: '刘晓光', post: '城关镇党委委员、副镇长' }]

export const MOTION = '关于修建村东生产路（长1.2公里、宽4米，预算12.8万元，由村集体经济收入列支）的决议'

/** The example: a 村民代表会议 of 30, 20 present, 同意11 — by 无记名投票, authorised by the 村民会议. */
export function representativesMeeting(): MeetingRecord {
  const roster = buildRoster({
    body: 'representatives_meeting',
    meetingDate: DAY,
    villagers: VILLAGERS,
    households: HOUSEHOLDS,
    observers: TOWNSHIP.map((t) => ({ ...t, kind: 'township' as const })),
  })
  const attendance = Object.fromEntries([
    ...roster.members.slice(0, 20).map((m) => [m.villagerId, { status: '到会' as const }]),
    ...roster.members.slice(20, 22).map((m) => [m.villagerId, { status: '请假' as const }]),
  ])
  const vote = enterVote(
    {
      motion: MOTION,
      method: 'secret_ballot',
      totals: { yes: 11, no: 8, abstain: 1, invalid: 0 },
      scrutineers: { monitors: [personName(10), personName(11)], counters: [personName(12)] },
    },
    { present: 20 },
    { who: '王昇', when: `${DAY}T10:30:00+08:00` },
  ).value!
  return {
    id: 'm-rep',
    body: 'representatives_meeting',
    mode: 'single',
    date: DAY,
    time: '09:00',
    place: '东风村村民委员会会议室',
    form: '现场会议',
    host: { name: personName(0), post: '村党组织书记、村民委员会主任' },
    recorder: '王昇',
    noticeDate: '2026-03-10',
    topics: ['审议并表决修建村东生产路方案'],
    speeches: `${personName(0)}介绍方案：路线经一组、二组耕地边，不占基本农田。${personName(6)}（身份证号${LEAKED_ID}，电话${LEAKED_MOBILE}）提出路面宽度应为4.5米；${personName(7)}建议先修排水沟。经讨论，维持4米方案。`,
    roster,
    attendance,
    motions: [{ vote, tags: ['art24_3'], authorisation: { date: '2026-01-05', meeting: '2026年1月5日村民会议' } }],
  }
}

/** A 村民会议 of 120 villagers (the roster paginates). */
export function villagersMeetingRoster(mode: 'individual' | 'household' = 'individual') {
  return buildRoster({ body: 'villagers_meeting', mode, meetingDate: DAY, villagers: VILLAGERS, households: HOUSEHOLDS })
}

export function partyAssemblyRoster() {
  return buildRoster({ body: 'party_assembly', meetingDate: DAY, villagers: VILLAGERS })
}

export const repEvaluation = () => evaluateMeeting(representativesMeeting())

const now = '2026-03-01T09:00:00+08:00'
const AUTHORISATION = { date: '2026-01-05', meeting: '2026年1月5日村民会议' }

function step(date: string, vote: VoteInput, content: string, place = '村委会会议室'): MeetingStepInput {
  return {
    meetingId: `m-${date}`,
    date,
    form: '现场会议',
    place,
    content,
    township: TOWNSHIP,
    evaluation: evaluateVote({ tags: ['art24_3'], meetingDate: date, ...vote }),
  }
}

/** 修建村东生产路, ①→⑥ and closed; ③ failed once and went back to ② for revision. */
export function closedMatter(): Matter {
  const authorisation = AUTHORISATION
  let m = createMatter({ id: 'x1', title: '修建村东生产路', motionSource: '党员群众建议', tags: ['art24_3'] }, now)
  m = recordProposal(
    m,
    step(
      '2026-03-01',
      { body: 'party_committee', role: 'deliberate', entitled: 5, present: 5, yes: 5 },
      '提议修建村东生产路，长1.2公里、宽4米。',
    ),
    { now },
  )
  m = recordConsultation(
    m,
    step('2026-03-03', { body: 'joint_committees', role: 'deliberate', entitled: 9, present: 9, yes: 9 }, '同意提议，预算12.8万元。'),
    { now },
  )
  m = recordReview(
    m,
    step('2026-03-06', { body: 'party_assembly', role: 'deliberate', entitled: 17, present: 12, yes: 8, no: 4 }, '审议修建方案。'),
    {
      now,
      onFailure: 'revise',
    },
  )
  m = recordConsultation(
    m,
    step('2026-03-08', { body: 'joint_committees', role: 'deliberate', entitled: 9, present: 8, yes: 8 }, '修改方案：增修排水沟。'),
    { now },
  )
  m = recordReview(
    m,
    step('2026-03-10', { body: 'party_assembly', role: 'deliberate', entitled: 17, present: 14, yes: 12, no: 2 }, '审议修改后的方案。'),
    { now },
  )
  m = recordResolution(
    m,
    step(
      '2026-03-15',
      { body: 'representatives_meeting', authorisation, entitled: 30, present: 20, yes: 11, no: 8, abstain: 1 },
      '表决修建村东生产路方案（含排水沟）。',
    ),
    { now },
  )
  m = startDisclosure(m, { noticeId: 'n1', start: '2026-03-16' }, { now })
  const notice = {
    id: 'n1',
    objections: [
      {
        id: 'o1',
        who: '王五',
        content: '路线经过我家承包地',
        date: '2026-03-17',
        reply: { date: '2026-03-19', text: '线路已调整', by: '村委会' },
      },
    ],
  }
  m = endDisclosure(m, { notice, today: '2026-03-23' }, { now })
  m = recordImplementation(
    m,
    { cost: 126500, progress: '已完工', acceptance: { date: '2026-05-28', by: '村务监督委员会', result: '验收合格' } },
    { now },
  )
  m = startResultsDisclosure(m, { noticeId: 'n2', start: '2026-06-01' }, { now })
  return closeMatter(m, { today: '2026-06-08' }, { now })
}

/** A matter whose ④ failed: closed as 未通过. */
export function rejectedMatter(): Matter {
  let m = createMatter({ id: 'x2', title: '村部广场改建', motionSource: '村干部提议' }, now)
  m = recordProposal(
    m,
    step('2026-04-01', { body: 'party_committee', role: 'deliberate', entitled: 5, present: 4, yes: 4 }, '提议改建村部广场。'),
    { now },
  )
  m = recordConsultation(
    m,
    step('2026-04-03', { body: 'joint_committees', role: 'deliberate', entitled: 9, present: 9, yes: 7, no: 2 }, '同意。'),
    { now },
  )
  m = recordReview(
    m,
    step('2026-04-07', { body: 'party_assembly', role: 'deliberate', entitled: 17, present: 15, yes: 10, no: 5 }, '审议。'),
    { now },
  )
  return recordResolution(
    m,
    step(
      '2026-04-12',
      { body: 'representatives_meeting', authorisation: AUTHORISATION, entitled: 30, present: 24, yes: 10, no: 14 },
      '表决改建方案。',
    ),
    { now },
  )
}

/** A matter still waiting at ③. */
export function openMatter(): Matter {
  let m = createMatter({ id: 'x3', title: '2026年度低保对象民主评议', motionSource: '上级党委政府安排' }, now)
  m = recordProposal(
    m,
    step('2026-05-06', { body: 'party_committee', role: 'deliberate', entitled: 5, present: 5, yes: 5 }, '提议开展评议。'),
    { now },
  )
  return recordConsultation(
    m,
    step('2026-05-08', { body: 'joint_committees', role: 'deliberate', entitled: 9, present: 9, yes: 9 }, '同意。'),
    { now },
  )
}
