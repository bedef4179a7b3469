/**
 * 违约处理文书 (the paper of violation handling), each a pure builder
 * `buildXxxDoc(data, village): PrintDocument` for the PDF worker:
 * - buildViolationNotificationDoc — 违约处理告知书 (notification.ts)
 * - buildViolationDecisionDoc — 违约处理决定书 (decision.ts)
 * - buildRestorationNoticeDoc — 恢复通知书 (restoration.ts)
 * - buildViolationPublicationDoc / violationPublicationContent — 违约处理公示 via the notices model (publication.ts)
 * - buildViolationLedgerDoc — 违约处理台账 for a year (ledger.ts)
 * - buildWithholdListDoc — 发放暂缓名单 for a benefit and payout date (withholdList.ts)
 */
export { buildViolationNotificationDoc, type CasePaperInput, type ReplyContact } from './notification'
export { buildViolationDecisionDoc } from './decision'
export { buildRestorationNoticeDoc } from './restoration'
export { buildViolationPublicationDoc, violationPublicationContent, shownNameFor, type PublicationPaperInput } from './publication'
export { buildViolationLedgerDoc, violationLedgerRows, type ViolationLedgerInput } from './ledger'
export { buildWithholdListDoc, withholdListTitle, type WithholdListInput } from './withholdList'
export type { Party } from './wording'
