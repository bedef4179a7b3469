/**
 * The log's head compared with copies kept outside IndexedDB: the desktop's anchor file
 * (`<userData>/audit-anchor.json`, written after every audited unit, see ../unitOfWork.ts) and,
 * when given, the head in the newest backup's manifest. Whoever rewrites the log and its head
 * inside IndexedDB (deletes entries and reseals the chain, backdates everything) cannot make it
 * agree with a head kept elsewhere.
 *
 * compareWithAnchor(entries, reading) → AuditFinding[]
 *   entries: the whole log in seq order; reading: what the shell's auditAnchor.read() resolved.
 * compareWithBackupHead(entries, backup) → AuditFinding[]
 *   backup: { seq, hash, createdAt? } from the newest backup manifest.
 * Every finding: { level: 'error' (tampering) | 'warning' (needs a person to check) | 'info', code, message (plain Chinese) }.
 */
import { formatBeijingDateTime } from '@/domain/calendar/clock'
import type { AuditEntry, AuditHead } from './chain'

export interface AuditFinding {
  level: 'error' | 'warning' | 'info'
  code: string
  message: string
}

/** What the shell's auditAnchor.read() resolves (shell/types.ts AuditAnchorReadResult), restated so db/ needs no shell import. */
export type AnchorReading =
  | { state: 'none' }
  | { state: 'ok'; anchor: AuditHead & { writtenAt?: string } }
  | { state: 'unreadable'; reason: string }
  | { state: 'unavailable'; reason: string }

export const NO_ANCHOR_IN_BROWSER =
  '浏览器版没有保存在数据库以外的链头，因此无法排除“整条日志被人重写”：有人若删掉或改写记录后重新计算整条链（例如删掉查看号码的记录、把时间全部往前改），浏览器版查不出来。桌面版会在每次操作后把链头另存到本机的一个文件中，能发现这种改写；重要数据请以桌面版为准，并定期备份。'

const when = (iso: string) => formatBeijingDateTime(iso, { seconds: true })

function describeEntries(entries: readonly AuditEntry[]): string {
  const shown = entries
    .slice(0, 3)
    .map((e) => `第 ${e.seq} 条（${when(e.at)}，${e.actor}：${e.summary}）`)
    .join('；')
  return entries.length > 3 ? `${shown}等 ${entries.length} 条` : shown
}

export function compareWithAnchor(entries: readonly AuditEntry[], reading: AnchorReading): AuditFinding[] {
  const last = entries.at(-1)
  switch (reading.state) {
    case 'unavailable':
      return [{ level: 'info', code: 'anchor-unavailable', message: NO_ANCHOR_IN_BROWSER }]
    case 'unreadable':
      // main writes the file atomically (a temporary file, then rename): a crash leaves the old
      // file or the new one, never half of one. A file that is there and not an anchor was made so.
      return [
        {
          level: 'error',
          code: 'anchor-unreadable',
          message: `数据库以外保存的链头文件已损坏或被改动，无法用来核对日志：${reading.reason}`,
        },
      ]
    case 'none':
      if (!last) return []
      return [
        {
          level: 'warning',
          code: 'anchor-missing',
          message: `本机没有找到数据库以外保存的链头文件，日志中的 ${last.seq} 条记录无法与之核对。如果刚升级到此版本、之后还没有做过任何操作，这是正常的（下一次操作后就会写入）；否则链头文件可能被人删除。`,
        },
      ]
    case 'ok':
      return compareHeads(entries, reading.anchor)
  }
}

function compareHeads(entries: readonly AuditEntry[], anchor: AuditHead): AuditFinding[] {
  const lastSeq = entries.at(-1)?.seq ?? 0
  if (anchor.seq > lastSeq) {
    return [
      {
        level: 'error',
        code: 'anchor-ahead',
        message: `数据库以外保存的链头记到第 ${anchor.seq} 条，数据库中的日志却只到第 ${lastSeq} 条：有 ${anchor.seq - lastSeq} 条记录不见了（可能被人删除后重新计算了整条链）。`,
      },
    ]
  }
  if (anchor.seq === 0) return []
  const atAnchor = entries.find((e) => e.seq === anchor.seq)
  if (!atAnchor || atAnchor.hash !== anchor.hash) {
    return [
      {
        level: 'error',
        code: 'anchor-mismatch',
        message: `数据库中的第 ${anchor.seq} 条记录与数据库以外保存的链头不符：这条或它之前的日志被改写过（例如删除或改动了记录、改动了时间，然后重新计算了整条链）。`,
      },
    ]
  }
  const tail = entries.filter((e) => e.seq > anchor.seq)
  if (!tail.length) return []
  // The anchor one unit behind is what a crash leaves: the unit commits in IndexedDB first and the
  // anchor is written after (an IPC round trip cannot happen inside an IndexedDB transaction, which
  // would commit early), so the app may die in between. That is the honest case, reported for a
  // person to check rather than as tampering. One unit = one appendAuditBatch: its entries carry
  // the same instant. More than one unit behind cannot come from one crash, since every unit
  // writes the anchor again; the next unit brings a one-behind anchor up to date.
  // An entry forged onto the end looks exactly like the crash case to this check, which is why
  // the entries are named: the secretary can tell whether she did that. (A forged change of a
  // record is also caught by records.ts when the record does not match it.)
  const units = new Set(tail.map((e) => e.at)).size
  if (units === 1) {
    return [
      {
        level: 'warning',
        code: 'anchor-behind',
        message: `数据库以外保存的链头只记到第 ${anchor.seq} 条，日志多出 ${describeEntries(tail)}。通常是上次操作保存后程序意外退出、链头没来得及写入；但有人在程序外追加记录也会是这样。请核对这条操作是不是您（或本机的使用人）做的。`,
      },
    ]
  }
  return [
    {
      level: 'error',
      code: 'anchor-behind-many',
      message: `数据库以外保存的链头只记到第 ${anchor.seq} 条，日志却多出 ${tail.length} 条、分属 ${units} 次操作：${describeEntries(tail)}。程序每次操作后都会更新链头，意外退出最多漏掉最后一次，多出的记录可能是在程序外追加的（或链头文件多次写入失败）。`,
    },
  ]
}

/** The head written into the newest backup's manifest. */
export interface BackupHead extends AuditHead {
  /** when that backup was made, ISO UTC */
  createdAt?: string
}

/** A restore (exchange/backup/restore.ts) replaces the whole log with the backup's and appends this entry. */
const isRestore = (e: AuditEntry) => e.table === 'backup' && e.action === 'import'

export function compareWithBackupHead(entries: readonly AuditEntry[], backup: BackupHead | null | undefined): AuditFinding[] {
  if (!backup || backup.seq === 0) return []
  const made = backup.createdAt ? `（${when(backup.createdAt)} 的备份）` : ''
  const atBackup = entries.find((e) => e.seq === backup.seq)
  if (atBackup?.hash === backup.hash) {
    return [{ level: 'info', code: 'backup-matched', message: `日志与最新备份${made}记下的链头一致（第 ${backup.seq} 条）。` }]
  }
  // A restore from an older backup legitimately leaves the log without the newest backup's head
  // (that backup is the safety copy taken just before the restore).
  const restore = entries.findLast(isRestore)
  if (restore && (!backup.createdAt || restore.at >= backup.createdAt)) {
    return [
      {
        level: 'info',
        code: 'backup-before-restore',
        message: `最新备份${made}是在第 ${restore.seq} 条记下的“从备份恢复”之前做的，恢复后日志已换成所恢复的备份中的日志，不再与它比较。`,
      },
    ]
  }
  const lastSeq = entries.at(-1)?.seq ?? 0
  if (backup.seq > lastSeq) {
    return [
      {
        level: 'error',
        code: 'backup-ahead',
        message: `最新备份${made}中的日志记到第 ${backup.seq} 条，数据库中的日志却只到第 ${lastSeq} 条：有记录不见了（可能被人删除后重新计算了整条链）。`,
      },
    ]
  }
  return [
    {
      level: 'error',
      code: 'backup-mismatch',
      message: `数据库中的第 ${backup.seq} 条记录与最新备份${made}记下的链头不符：备份之后，这条或它之前的日志被改写过。`,
    },
  ]
}
