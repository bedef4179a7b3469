/**
 * Keeping a notice draft as it is typed (issue 11: "drafts are lost"), so leaving the editor never
 * loses a word. Two copies, for two different jobs:
 *
 *  1. The working copy (工作副本): the content as typed, written on change (debounced, 800 ms) to a
 *     synchronous store in this browser profile (localStorage). Synchronous, because closing the
 *     window (beforeunload) leaves no time for an IndexedDB transaction and its audit entry to
 *     commit. It is not a village record: nobody sees it, it is never printed, it is removed as soon
 *     as the record holds the same content.
 *  2. The record: the draft in the notices table, written through saveNoticeDraft (audited).
 *
 * Audit decision. Every write to a village record goes through the audited unit of work, and the
 * audit verification compares each record with its last audit entry, so an un-audited draft save
 * would look like tampering. But one entry per keystroke pause would fill the log with hundreds
 * of near-identical copies of the same text (each entry holds the whole notice before and after).
 * So the record is written (one audit entry each):
 *   - at once when a new notice is first changed (the draft exists, and the list shows it);
 *   - when the editing session ends: leaving the editor, the window hidden, 保存草稿, 预览, 签发;
 *   - and at most every RECORD_EVERY_MS (2 minutes) while typing goes on, so a long session leaves
 *     a few entries, not hundreds.
 * Between those, only the working copy changes; if the app dies, recoverNoticeDrafts puts the
 * working copy into the record (audited) the next time 公示公告 opens.
 *
 * Input/output:
 *   new NoticeDraftKeeper({ save, copies, notice?, initial?, ... }) — `save(content, seen?)` is the
 *     store's saveDraft (so the list cache follows); `notice` the draft as loaded (absent: a new
 *     notice, created on the first change that differs from `initial`, the untouched form).
 *   keeper.change(content)  — the form changed (debounced).
 *   keeper.keepNow()        — synchronous: the working copy written now (beforeunload).
 *   keeper.flush()          — async: the record written if it differs; resolves to the row (or
 *                             undefined for a new notice never changed). Rejects with the save's
 *                             error; the working copy then stays for recovery.
 *   keeper.close()          — stops the timers (after 签发, or when the editor is gone).
 *   recoverNoticeDrafts(ctx, copies, save) → { recovered: titles[] }: working copies left by a
 *     window that closed before its record was written, put back into the records.
 */
import { ulid } from 'ulid'
import type { NoticeRow } from '@/db/rows'
import { getNotice } from '@/db/repositories/notices'
import type { NoticeContent } from '@/domain/notices/model'
import type { AppContext } from '../context'

export const DEBOUNCE_MS = 800
export const RECORD_EVERY_MS = 120_000

/** A synchronous key–value store for working copies (localStorage in the app, a Map in tests). */
export interface WorkingCopies {
  read(key: string): string | null
  write(key: string, value: string): void
  remove(key: string): void
  keys(): string[]
}

const PREFIX = 'xiangyue.noticeDraft.'

/** localStorage, quietly: private mode or a full disk only means the record is the one copy. */
export function browserWorkingCopies(): WorkingCopies {
  const storage = (): Storage | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage)
  return {
    read: (key) => {
      try {
        return storage()?.getItem(key) ?? null
      } catch {
        return null
      }
    },
    write: (key, value) => {
      try {
        storage()?.setItem(key, value)
      } catch {
        // nothing to do: the record is still written on leave
      }
    },
    remove: (key) => {
      try {
        storage()?.removeItem(key)
      } catch {
        // ignore
      }
    },
    keys: () => {
      const s = storage()
      if (!s) return []
      const out: string[] = []
      for (let i = 0; i < s.length; i++) {
        const k = s.key(i)
        if (k?.startsWith(PREFIX)) out.push(k)
      }
      return out
    },
  }
}

export function memoryWorkingCopies(): WorkingCopies & { map: Map<string, string> } {
  const map = new Map<string, string>()
  return {
    map,
    read: (key) => map.get(key) ?? null,
    write: (key, value) => void map.set(key, value),
    remove: (key) => void map.delete(key),
    keys: () => [...map.keys()].filter((k) => k.startsWith(PREFIX)),
  }
}

interface WorkingCopy {
  v: 1
  /** the draft's id once the record exists */
  noticeId?: string
  /** the record's updatedAt this copy was typed over: recovery writes only over that version */
  baseUpdatedAt?: string
  content: NoticeContent
  writtenAt: string
}

export type SaveDraft = (content: NoticeContent, seen?: NoticeRow) => Promise<NoticeRow>

export type KeeperState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  /** the working copy holds the change; the record follows when it is due or on leave */
  | { kind: 'kept'; at: Date }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; message: string }

export interface Timers {
  set(run: () => void, ms: number): unknown
  clear(handle: unknown): void
  now(): number
}

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
}

/** Working copies held by keepers alive in this window: recovery leaves them alone. */
const liveCopies = new Set<string>()

const keyOf = (content: NoticeContent): string => JSON.stringify(content)

export class NoticeDraftKeeper {
  private record: NoticeRow | undefined
  private latest: NoticeContent | undefined
  private savedKey: string
  private lastRecordedAt: number
  private debounce: unknown = null
  private recordTimer: unknown = null
  private queue: Promise<unknown> = Promise.resolve()
  private closed = false
  private creating = false
  readonly copyKey = `${PREFIX}${ulid()}`
  private readonly save: SaveDraft
  private readonly copies: WorkingCopies
  private readonly timers: Timers
  private readonly recordEveryMs: number
  private readonly onState: (state: KeeperState) => void

  constructor(options: {
    save: SaveDraft
    copies: WorkingCopies
    notice?: NoticeRow
    /** a new notice: the untouched form's content (no draft is made until the content differs) */
    initial?: NoticeContent
    timers?: Timers
    recordEveryMs?: number
    onState?: (state: KeeperState) => void
  }) {
    this.save = options.save
    this.copies = options.copies
    this.record = options.notice
    this.timers = options.timers ?? realTimers
    this.recordEveryMs = options.recordEveryMs ?? RECORD_EVERY_MS
    this.onState = options.onState ?? (() => {})
    this.savedKey = options.notice ? keyOf(contentOf(options.notice)) : options.initial ? keyOf(options.initial) : ''
    this.lastRecordedAt = this.timers.now()
    liveCopies.add(this.copyKey)
  }

  /** The draft as last written (undefined: a new notice not yet created). */
  get row(): NoticeRow | undefined {
    return this.record
  }

  get dirty(): boolean {
    return this.latest !== undefined && keyOf(this.latest) !== this.savedKey
  }

  change(content: NoticeContent): void {
    if (this.closed) return
    this.latest = content
    if (!this.dirty) return
    this.onState({ kind: 'pending' })
    if (this.debounce !== null) this.timers.clear(this.debounce)
    this.debounce = this.timers.set(() => this.settle(), DEBOUNCE_MS)
  }

  /** Synchronous: the working copy as typed, now (beforeunload; also the debounce's first step). */
  keepNow(): void {
    if (this.debounce !== null) {
      this.timers.clear(this.debounce)
      this.debounce = null
    }
    if (!this.dirty || !this.latest) return
    const copy: WorkingCopy = {
      v: 1,
      ...(this.record ? { noticeId: this.record.id, baseUpdatedAt: this.record.updatedAt } : {}),
      content: this.latest,
      writtenAt: new Date(this.timers.now()).toISOString(),
    }
    this.copies.write(this.copyKey, JSON.stringify(copy))
  }

  /**
   * The record written now if the content differs from it; `create` also creates a new notice the
   * secretary has not changed (保存草稿 on an empty form).
   */
  flush(options: { create?: boolean } = {}): Promise<NoticeRow | undefined> {
    this.keepNow()
    return this.enqueue(options.create === true)
  }

  close(): void {
    this.closed = true
    if (this.debounce !== null) this.timers.clear(this.debounce)
    if (this.recordTimer !== null) this.timers.clear(this.recordTimer)
    this.debounce = this.recordTimer = null
    liveCopies.delete(this.copyKey)
  }

  private settle(): void {
    this.debounce = null
    this.keepNow()
    if (!this.dirty) return
    if (!this.record) {
      // a new notice: created at once, once (later changes wait for the creation, then the interval)
      if (!this.creating) {
        this.creating = true
        void this.enqueue()
          .catch(() => {})
          .finally(() => (this.creating = false))
      }
      return
    }
    if (this.lastRecordedAt + this.recordEveryMs <= this.timers.now()) void this.enqueue().catch(() => {})
    else {
      this.onState({ kind: 'kept', at: new Date(this.timers.now()) })
      this.scheduleRecord()
    }
  }

  /** Typing stopped before the record was due: write it when it is (one entry per interval at most). */
  private scheduleRecord(): void {
    if (this.recordTimer !== null || this.closed) return
    const due = Math.max(0, this.lastRecordedAt + this.recordEveryMs - this.timers.now())
    this.recordTimer = this.timers.set(() => {
      this.recordTimer = null
      if (!this.closed) void this.enqueue().catch(() => {})
    }, due)
  }

  /** One write at a time, each over the row the previous one returned. */
  private enqueue(create = false): Promise<NoticeRow | undefined> {
    const run = this.queue.then(() => this.writeRecord(create))
    this.queue = run.catch(() => {})
    return run
  }

  private async writeRecord(create: boolean): Promise<NoticeRow | undefined> {
    const content = this.latest
    if (!content || (keyOf(content) === this.savedKey && (this.record || !create))) return this.record
    if (this.recordTimer !== null) {
      this.timers.clear(this.recordTimer)
      this.recordTimer = null
    }
    this.onState({ kind: 'saving' })
    try {
      const row = await this.save(content, this.record)
      this.record = row
      this.savedKey = keyOf(content)
      this.lastRecordedAt = this.timers.now()
      if (this.dirty) {
        this.keepNow()
        this.scheduleRecord()
      } else this.copies.remove(this.copyKey)
      this.onState(this.dirty ? { kind: 'pending' } : { kind: 'saved', at: new Date(this.timers.now()) })
      return row
    } catch (error) {
      this.onState({ kind: 'failed', message: (error as Error).message })
      throw error
    }
  }
}

/** The content fields of a stored notice, in the order toContent builds them, to tell "unchanged". */
function contentOf(n: NoticeContent): NoticeContent {
  return {
    kind: n.kind,
    title: n.title,
    body: n.body,
    ...(n.attachedList ? { attachedList: n.attachedList } : {}),
    period: n.period,
    objectionChannel: n.objectionChannel,
    issuer: n.issuer,
    dateSigned: n.dateSigned,
    sealed: n.sealed,
  }
}

function parseCopy(text: string | null): WorkingCopy | null {
  if (!text) return null
  try {
    const copy = JSON.parse(text) as WorkingCopy
    return copy && copy.v === 1 && typeof copy.content === 'object' && copy.content !== null ? copy : null
  } catch {
    return null
  }
}

/**
 * Working copies a closed window left behind, put back into the records (audited, through `save`):
 * over the draft they were typed on when it is still that version; as a new draft otherwise (the
 * draft changed or was issued since), so no text is lost and nothing newer is overwritten. A copy
 * held by a keeper still open in this window is left alone.
 */
export async function recoverNoticeDrafts(ctx: AppContext, copies: WorkingCopies, save: SaveDraft): Promise<{ recovered: string[] }> {
  const recovered: string[] = []
  for (const key of copies.keys()) {
    if (liveCopies.has(key)) continue
    const copy = parseCopy(copies.read(key))
    if (!copy) {
      copies.remove(key)
      continue
    }
    const stored = copy.noticeId ? await getNotice(ctx.db, copy.noticeId) : undefined
    if (stored && keyOf(contentOf(stored)) === keyOf(contentOf(copy.content))) {
      copies.remove(key)
      continue
    }
    const over = stored && stored.state === 'draft' && stored.updatedAt === copy.baseUpdatedAt ? stored : undefined
    await save(copy.content, over)
    copies.remove(key)
    recovered.push(copy.content.title || '（未填标题）')
  }
  return { recovered }
}
