/** A meeting record the law's checks refuse (votes that do not reconcile, a mark for someone not on the roster…): nothing was written. */
import type { Finding } from '@/domain/law/findings'

export class MeetingRecordError extends Error {
  readonly findings: Finding[]
  constructor(findings: readonly Finding[], prefix = '会议记录有误，未保存') {
    super(`${prefix}：${findings.map((f) => f.message).join('；')}`)
    this.name = 'MeetingRecordError'
    this.findings = [...findings]
  }
}
