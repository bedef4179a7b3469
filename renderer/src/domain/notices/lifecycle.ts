/**
 * Notice lifecycle: 草稿 draft → 已签发 issued (content frozen; content hash and PDF SHA-256
 * stored) → 已张贴 posted (date, place, photo) → 公示中 publicizing (objections and replies) →
 * 公示期满 ended (result) → 已归档 archived. After issue the content never changes: a mistake is
 * fixed by a correction (更正), a new notice that references the old one (design.md principle 3).
 *
 * Every function is pure: it returns a new Notice or throws NoticeTransitionError with a message
 * a secretary can act on.
 */
import { maskIdNumber, maskPhone } from '@/domain/people/masking'
import { requireIsoDate } from '@/domain/calendar/calendar'
import { contentHash, findPrivacyIssues } from './content'
import { contentOf, NOTICE_STATE_LABELS, type Notice, type NoticeContent, type NoticeState, type Objection, type Posting } from './model'
import { noticePeriodEnd, periodEnd } from './period'

export class NoticeTransitionError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'NoticeTransitionError'
  }
}

function fail(message: string): never {
  throw new NoticeTransitionError(message)
}

function requireState(notice: Notice, allowed: readonly NoticeState[], action: string): void {
  if (notice.supersededBy && action !== '归档') fail(`该公示已被更正（新公示 ${notice.supersededBy}），不能再${action}`)
  if (!allowed.includes(notice.state)) {
    fail(
      `“${NOTICE_STATE_LABELS[notice.state]}”状态的公示不能${action}（只有${allowed.map((s) => `“${NOTICE_STATE_LABELS[s]}”`).join('或')}状态可以）`,
    )
  }
}

function requireDate(date: string, label: string): void {
  try {
    requireIsoDate(date)
  } catch {
    fail(`${label}不是有效日期：${date}`)
  }
}

const maskForMessage = (n: string) => (n.length === 18 ? maskIdNumber(n) : maskPhone(n))

/** Problems that block issuing, in Chinese; empty when the content may be issued. */
export function validateForIssue(content: NoticeContent): string[] {
  const errors: string[] = []
  if (!content.title.trim()) errors.push('请填写标题')
  if (content.body.length === 0 || content.body.every((b) => !(typeof b === 'string' ? b : b.text).trim())) errors.push('请填写正文')
  if (!content.issuer.trim()) errors.push('请填写落款单位')
  if (!content.objectionChannel.phone.trim()) errors.push('请填写监督电话')
  if (!content.objectionChannel.supervisionBody.trim()) errors.push('请填写受理异议的单位（如村务监督委员会）')
  try {
    requireIsoDate(content.dateSigned)
  } catch {
    errors.push(`成文日期无效：${content.dateSigned}`)
  }
  try {
    requireIsoDate(content.period.start)
    noticePeriodEnd(content.period.start, content.period.days, content.period.unit)
    if (content.period.start < content.dateSigned) errors.push('公示开始日期不能早于成文日期')
  } catch (e) {
    errors.push(e instanceof Error ? e.message : '公示期无效')
  }
  if (content.attachedList) {
    if (content.attachedList.columns.length === 0) errors.push('名单至少需要一列')
    const keys = new Set(content.attachedList.columns.map((c) => c.key))
    if (keys.size !== content.attachedList.columns.length) errors.push('名单的列名重复')
  }
  for (const issue of findPrivacyIssues(content, maskForMessage)) {
    errors.push(`${issue.where}含有完整的身份证号或手机号（${issue.found}），公示时请去掉或放入名单的对应列（打印时自动掩码）`)
  }
  return errors
}

export function createDraft(content: NoticeContent, meta: { id: string; now: string }): Notice {
  return { ...contentOf(content), id: meta.id, state: 'draft', createdAt: meta.now, updatedAt: meta.now, objections: [] }
}

/** Change the content of a draft. Issued notices are frozen: use createCorrection. */
export function editDraft(notice: Notice, patch: Partial<NoticeContent>, now: string): Notice {
  if (notice.state !== 'draft') fail('公示已签发，内容不能再修改；如有错误，请发布更正公示')
  return { ...notice, ...contentOf({ ...contentOf(notice), ...patch }), updatedAt: now }
}

/**
 * Issue (签发): validate, freeze the content (store its hash) and the printed PDF's SHA-256.
 * The caller renders the PDF from exactly this content first.
 */
export async function issueNotice(notice: Notice, input: { now: string; pdfSha256: string }): Promise<Notice> {
  requireState(notice, ['draft'], '签发')
  const errors = validateForIssue(notice)
  if (errors.length > 0) fail(`不能签发：${errors.join('；')}`)
  if (!/^[0-9a-f]{64}$/.test(input.pdfSha256)) fail('打印文件的校验值（SHA-256）格式不对')
  return {
    ...notice,
    state: 'issued',
    contentHash: contentHash(notice),
    pdfSha256: input.pdfSha256,
    issuedAt: input.now,
    updatedAt: input.now,
  }
}

/** true when the notice's content is exactly what was issued. */
export async function contentIsIntact(notice: Notice): Promise<boolean> {
  if (!notice.contentHash) return false
  return contentHash(notice) === notice.contentHash
}

async function requireIntact(notice: Notice): Promise<void> {
  if (!(await contentIsIntact(notice))) fail('公示内容与签发时不一致（校验值不符），请核查数据是否被改动')
}

/** Posted on the 公示栏 (张贴): date, place, optional photo. */
export async function postNotice(notice: Notice, posting: Posting, now: string): Promise<Notice> {
  requireState(notice, ['issued'], '登记张贴')
  await requireIntact(notice)
  requireDate(posting.date, '张贴日期')
  if (!posting.place.trim()) fail('请填写张贴地点')
  if (posting.date < notice.dateSigned) fail('张贴日期不能早于成文日期')
  if (posting.date > notice.period.start) fail('张贴日期不能晚于公示开始日期；如推迟张贴，请发布更正公示调整公示期')
  return { ...notice, state: 'posted', posting: { ...posting, place: posting.place.trim() }, updatedAt: now }
}

/**
 * The 公示期 has begun. A notice posted on time whose record is entered late (补录, common when
 * the secretary was away) may still be started after its period ended, so that the objections
 * received during the period can be recorded and the result entered.
 */
export async function startPublicizing(notice: Notice, today: string, now: string): Promise<Notice> {
  requireState(notice, ['posted'], '开始公示')
  await requireIntact(notice)
  requireDate(today, '日期')
  if (today < notice.period.start) fail(`公示期从${notice.period.start}开始，今天还不能开始公示`)
  return { ...notice, state: 'publicizing', updatedAt: now }
}

export function recordObjection(notice: Notice, objection: Objection, now: string): Notice {
  requireState(notice, ['publicizing'], '登记异议')
  requireDate(objection.date, '异议日期')
  if (objection.date < notice.period.start || objection.date > periodEnd(notice.period)) {
    fail('异议日期不在公示期内；公示期外收到的意见请作为来信来访另行登记')
  }
  if (!objection.who.trim()) fail('请填写异议人')
  if (!objection.content.trim()) fail('请填写异议内容')
  if (notice.objections.some((o) => o.id === objection.id)) fail('该异议已登记')
  return { ...notice, objections: [...notice.objections, objection], updatedAt: now }
}

export function replyObjection(notice: Notice, objectionId: string, reply: NonNullable<Objection['reply']>, now: string): Notice {
  requireState(notice, ['publicizing', 'ended'], '答复异议')
  const target = notice.objections.find((o) => o.id === objectionId)
  if (!target) fail('找不到该异议')
  if (target.reply) fail('该异议已答复')
  requireDate(reply.date, '答复日期')
  if (reply.date < target.date) fail('答复日期不能早于异议日期')
  if (!reply.text.trim()) fail('请填写答复内容')
  return { ...notice, objections: notice.objections.map((o) => (o.id === objectionId ? { ...o, reply } : o)), updatedAt: now }
}

/** The 公示期 is over (the day after its last day at the earliest); record the result. */
export function endPublicizing(notice: Notice, input: { today: string; result: string; now: string }): Notice {
  requireState(notice, ['publicizing'], '结束公示')
  requireDate(input.today, '日期')
  const end = periodEnd(notice.period)
  if (input.today <= end) fail(`公示期到${end}才结束，期满前不能结束公示`)
  const open = notice.objections.filter((o) => !o.reply)
  if (open.length > 0) fail(`还有${open.length}条异议未答复，请先答复`)
  if (!input.result.trim()) fail('请填写公示结果（如“公示期内无异议”）')
  return { ...notice, state: 'ended', result: input.result.trim(), endedAt: input.now, updatedAt: input.now }
}

export function archiveNotice(notice: Notice, now: string): Notice {
  requireState(notice, ['ended'], '归档')
  return { ...notice, state: 'archived', archivedAt: now, updatedAt: now }
}

/**
 * 更正: an issued notice cannot change, so a correction is a new draft that references it; the
 * old notice is marked superseded and stays in the record, unchanged.
 */
export function createCorrection(
  old: Notice,
  input: { id: string; now: string; reason: string; content?: Partial<NoticeContent> },
): { old: Notice; correction: Notice } {
  if (old.state === 'draft') fail('草稿尚未签发，直接修改即可，不需要更正')
  if (old.supersededBy) fail(`该公示已被更正（新公示 ${old.supersededBy}）`)
  if (!input.reason.trim()) fail('请填写更正原因')
  const base: NoticeContent = { ...contentOf(old), ...(input.content ?? {}) }
  const title = input.content?.title ?? (old.title.startsWith('更正') ? old.title : `更正：${old.title}`)
  const correction: Notice = {
    ...createDraft({ ...base, title }, { id: input.id, now: input.now }),
    correctionOf: { noticeId: old.id, reason: input.reason.trim() },
  }
  return { old: { ...old, supersededBy: input.id, updatedAt: input.now }, correction }
}
