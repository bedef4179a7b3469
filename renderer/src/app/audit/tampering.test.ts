/**
 * The 13 tampering cases of issue 11 (the probe's 7 that went undetected, and 6 that already were
 * caught), each done the way an attacker with write access to IndexedDB would, knowing the
 * algorithm (sealEntry is public: resealing needs no secret). Each case runs twice:
 *  - desktop: a fake of the shell's audit anchor (`<userData>/audit-anchor.json`) that the attacker
 *    does not touch;
 *  - browser: no anchor (the shell's `browserAuditAnchor`).
 * The expected outcome per build is stated in CASES: 'error' (tampering reported), 'warning'
 * (reported for a person to check), or 'undetected' (the browser cannot see it, and why).
 */
import { describe, expect, it } from 'vitest'
import { sealEntry, type AuditEntry, type AuditHead } from '@/db/audit/chain'
import { generateSampleVillage } from '@/sample/generateVillage'
import { browserAuditAnchor } from '@/shell/backups'
import type { AuditAnchorRead, AuditAnchorStore } from '@/shell/types'
import type { XiangyueDb } from '@/db/schema'
import { sha256Hex } from '@/domain/evidence/hash'
import { changePhone } from '../people/changeVillager'
import { revealIdNumber } from '../people/revealNumber'
import { loadSampleVillage } from '../sample/loadSampleVillage'
import { useTestContexts } from '../testContext'
import { verifyAuditLog, type AuditVerification } from './auditLog'

const context = useTestContexts('app-tampering')

/** The anchor file as main keeps it: only the app writes it. */
function fakeAnchor(): AuditAnchorStore & { head(): AuditHead | undefined } {
  let kept: AuditHead | undefined
  return {
    available: true,
    head: () => kept,
    read: (): Promise<AuditAnchorRead> =>
      Promise.resolve(kept ? { state: 'ok', anchor: { ...kept, writtenAt: '2026-03-01T02:00:00.000Z' } } : { state: 'none' }),
    write(head) {
      kept = { ...head }
      return Promise.resolve({ ...head, writtenAt: '2026-03-01T02:00:00.000Z' })
    },
  }
}

const [a, b, c] = generateSampleVillage('small').villagers as [
  ReturnType<typeof generateSampleVillage>['villagers'][number],
  ReturnType<typeof generateSampleVillage>['villagers'][number],
  ReturnType<typeof generateSampleVillage>['villagers'][number],
]

/**
 * A village as the secretary leaves it, one unit per minute:
 * 1 seed (every record listed), 2 b's phone, 3 reveal a, 4 c's phone, 5 reveal c.
 * It ends with a reveal on purpose: who looked at full ID numbers is what one would want to hide.
 */
async function village(build: 'desktop' | 'browser') {
  const anchor = build === 'desktop' ? fakeAnchor() : browserAuditAnchor
  const ctx = { ...context('2026-03-01T02:00:00.000Z'), anchor }
  const minute = (n: number) => ctx.clock.set(`2026-03-01T02:0${n}:00.000Z`)
  await loadSampleVillage(ctx, 'small')
  minute(1)
  await changePhone(ctx, b, '13900139000')
  minute(2)
  await revealIdNumber(ctx, a, '核对身份')
  minute(3)
  await changePhone(ctx, c, '13700137000')
  minute(4)
  await revealIdNumber(ctx, c, '办理低保')
  return { ctx, db: ctx.db }
}

// ── the attacker's tools: IndexedDB as a browser's devtools give it ──
const log = (db: XiangyueDb) => db.auditLog.orderBy('seq').toArray()
const setHead = (db: XiangyueDb, head: AuditHead) => db.settings.put({ key: 'auditHead', value: head })
const headOf = (e: AuditEntry): AuditHead => ({ seq: e.seq, hash: e.hash })

async function replaceLog(db: XiangyueDb, entries: AuditEntry[]) {
  await db.auditLog.clear()
  await db.auditLog.bulkAdd(entries)
}

/** Seals the entries afresh as a new chain from seq 1, and writes it with its head: what a careful forger does. */
async function reseal(db: XiangyueDb, entries: AuditEntry[], change: (e: AuditEntry) => AuditEntry = (e) => e) {
  const out: AuditEntry[] = []
  for (const original of entries) {
    const { seq: _s, prevHash: _p, hash: _h, ...rest } = change(original)
    const previous = out.at(-1)
    out.push(sealEntry(rest, previous && headOf(previous)))
  }
  await replaceLog(db, out)
  if (out.length) await setHead(db, headOf(out.at(-1)!))
}

type Outcome = 'error' | 'warning' | 'undetected'

interface Case {
  name: string
  probe: boolean
  tamper: (db: XiangyueDb) => Promise<void>
  desktop: Outcome
  browser: Outcome
  /** why the browser build cannot see it */
  browserWhy?: string
  /** a phrase the findings must contain (desktop) */
  says: RegExp
  /** and in the browser, when it finds it differently */
  browserSays?: RegExp
}

const RESEAL_UNSEEN = '整条链被重新计算：浏览器版没有数据库以外的链头可比，链本身又完整'

const CASES: Case[] = [
  {
    name: '1 a forged entry appended, the head updated (a reveal nobody made)',
    probe: true,
    async tamper(db) {
      const last = (await log(db)).at(-1)!
      const forged = sealEntry(
        {
          id: '01JFORGED00000000000000000',
          at: '2026-03-01T02:05:00.000Z',
          actor: '李秀英',
          action: 'reveal',
          table: 'villagers',
          recordId: b.id,
          summary: '查看完整身份证号，用途：核对',
          beforeHash: null,
          afterHash: null,
        },
        headOf(last),
      )
      await db.auditLog.add(forged)
      await setHead(db, headOf(forged))
    },
    // The anchor one unit behind is exactly what a crash between commit and anchor write leaves;
    // the forged entry is named so the secretary can say whether she did it (see anchor.ts).
    desktop: 'warning',
    browser: 'undetected',
    browserWhy: '追加的记录按规则封了链、没有改动任何村民记录：没有数据库以外的链头，就看不出它不是本程序写的',
    says: /第 6 条.*请核对/,
  },
  {
    name: '1b a forged change appended, the head updated (claims an edit the record does not show)',
    probe: true,
    async tamper(db) {
      const last = (await log(db)).at(-1)!
      const forged = sealEntry(
        {
          id: '01JFORGED00000000000000001',
          at: '2026-03-01T02:05:00.000Z',
          actor: '李秀英',
          action: 'update',
          table: 'villagers',
          recordId: b.id,
          summary: `修改 ${b.name} 的电话`,
          beforeHash: null,
          afterHash: sha256Hex({ forged: true }),
        },
        headOf(last),
      )
      await db.auditLog.add(forged)
      await setHead(db, headOf(forged))
    },
    desktop: 'error',
    browser: 'error',
    says: new RegExp(`村民 ${b.name} 的记录与操作日志不符`),
  },
  {
    name: '2 the last entry deleted, the head rewritten',
    probe: true,
    async tamper(db) {
      const entries = await log(db)
      await db.auditLog.delete(entries.at(-1)!.seq)
      await setHead(db, headOf(entries.at(-2)!))
    },
    desktop: 'error',
    browser: 'undetected',
    browserWhy: '删掉的是最后一条“查看完整号码”，它没有改动任何记录；链头改成上一条后链本身完整，没有数据库以外的链头可比',
    says: /链头记到第 5 条.*只到第 4 条/,
  },
  {
    name: '3 the last entry deleted, the head deleted',
    probe: true,
    async tamper(db) {
      const entries = await log(db)
      await db.auditLog.delete(entries.at(-1)!.seq)
      await db.settings.delete('auditHead')
    },
    desktop: 'error',
    browser: 'error',
    says: /没有保存的链头/,
  },
  {
    name: '4 the reveal entries removed and the chain resealed',
    probe: true,
    tamper: async (db) =>
      reseal(
        db,
        (await log(db)).filter((e) => e.action !== 'reveal'),
      ),
    desktop: 'error',
    browser: 'undetected',
    browserWhy: RESEAL_UNSEEN,
    says: /链头记到第 5 条.*只到第 3 条/,
  },
  {
    name: '5 everything backdated and resealed',
    probe: true,
    tamper: async (db) => reseal(db, await log(db), (e) => ({ ...e, at: new Date(Date.parse(e.at) - 30 * 86_400_000).toISOString() })),
    desktop: 'error',
    browser: 'undetected',
    browserWhy: RESEAL_UNSEEN,
    says: /第 5 条记录与数据库以外保存的链头不符/,
  },
  {
    name: '6 a villager row edited directly',
    probe: true,
    tamper: async (db) => void (await db.villagers.update(a.id, { name: '王大山' })),
    desktop: 'error',
    browser: 'error',
    says: /村民 王大山 的记录与操作日志不符（可能被直接改动）/,
  },
  {
    name: '7 a villager row deleted directly',
    probe: true,
    tamper: (db) => db.villagers.delete(a.id),
    desktop: 'error',
    browser: 'error',
    says: new RegExp(`村民的一条记录（系统编号 ${a.id}）已不在数据库中，操作日志却没有删除它.*可能被直接删除`),
  },
  {
    name: '8 an entry altered',
    probe: false,
    tamper: async (db) => void (await db.auditLog.update(3, { actor: '他人' })),
    desktop: 'error',
    browser: 'error',
    says: /第 3 条记录的内容与其防篡改校验码不符/,
  },
  {
    name: '9 an entry deleted from the middle',
    probe: false,
    tamper: (db) => db.auditLog.delete(3),
    desktop: 'error',
    browser: 'error',
    says: /序号不连续/,
  },
  {
    name: '10 two entries swapped',
    probe: false,
    async tamper(db) {
      const entries = await log(db)
      const [second, third] = [entries[1]!, entries[2]!]
      await db.auditLog.bulkPut([
        { ...third, seq: 2 },
        { ...second, seq: 3 },
      ])
    },
    desktop: 'error',
    browser: 'error',
    says: /第 2 条记录的内容与其防篡改校验码不符/,
  },
  {
    name: '11 the head altered',
    probe: false,
    tamper: (db) => setHead(db, { seq: 5, hash: 'f'.repeat(64) }).then(() => undefined),
    desktop: 'error',
    browser: 'error',
    says: /日志末尾与保存的链头不符/,
  },
  {
    name: '12 an entry inserted in the middle',
    probe: false,
    async tamper(db) {
      const entries = await log(db)
      const forged = sealEntry(
        {
          id: '01JFORGED00000000000000002',
          at: '2026-03-01T02:01:30.000Z',
          actor: '李秀英',
          action: 'reveal',
          table: 'villagers',
          recordId: a.id,
          summary: '查看完整身份证号',
          beforeHash: null,
          afterHash: null,
        },
        headOf(entries[1]!),
      )
      // shifted up by one, each keeping its seal: seq 3 now holds the forgery
      await replaceLog(db, [...entries.slice(0, 2), forged, ...entries.slice(2).map((e) => ({ ...e, seq: e.seq + 1 }))])
      await setHead(db, { seq: 6, hash: entries.at(-1)!.hash })
    },
    desktop: 'error',
    browser: 'error',
    says: /第 4 条记录的内容与其防篡改校验码不符/,
  },
  {
    name: '13 a record’s audit entry removed (and the chain resealed over the gap)',
    probe: false,
    tamper: async (db) =>
      reseal(
        db,
        (await log(db)).filter((e) => !(e.action === 'update' && e.recordId === c.id)),
      ),
    // resealed, so only the record check sees it in the browser: c's phone is not what the log says
    desktop: 'error',
    browser: 'error',
    says: /链头记到第 5 条/,
    browserSays: new RegExp(`村民 ${c.name} 的记录与操作日志不符`),
  },
]

function outcomeOf(report: AuditVerification): Outcome {
  if (report.problems.length) return 'error'
  return report.warnings.length ? 'warning' : 'undetected'
}

describe('the 13 tampering cases', () => {
  it('lists the probe’s 7 and the 6 that were caught already (plus 1b, the forged append that claims an edit)', () => {
    expect(CASES.filter((c) => c.probe && c.name !== CASES[1]!.name)).toHaveLength(7)
    expect(CASES.filter((c) => !c.probe)).toHaveLength(6)
  })

  it('an untouched village verifies clean in both builds, records included', async () => {
    for (const build of ['desktop', 'browser'] as const) {
      const { ctx } = await village(build)
      const report = await verifyAuditLog(ctx)
      expect(report).toMatchObject({ ok: true, checked: 5, problems: [], warnings: [] })
      expect(report.recordsChecked).toBeGreaterThan(100)
      expect(report.anchor).toBe(build === 'desktop' ? 'matched' : 'unavailable')
    }
  })

  describe.each(CASES)('$name', (tampering) => {
    it(`desktop (anchor outside IndexedDB): ${tampering.desktop}`, async () => {
      const { ctx, db } = await village('desktop')
      await tampering.tamper(db)
      const report = await verifyAuditLog(ctx)
      expect(outcomeOf(report)).toBe(tampering.desktop)
      expect([...report.problems, ...report.warnings].join('\n')).toMatch(tampering.says)
    })

    it(`browser (no anchor): ${tampering.browser}${tampering.browserWhy ? ` — ${tampering.browserWhy}` : ''}`, async () => {
      const { ctx, db } = await village('browser')
      await tampering.tamper(db)
      const report = await verifyAuditLog(ctx)
      expect(outcomeOf(report)).toBe(tampering.browser)
      // every browser result says plainly that a full rewrite cannot be ruled out there
      expect(report.caveat).toMatch(/浏览器版.*无法排除.*桌面版/)
      if (tampering.browser === 'undetected') expect(tampering.browserWhy).toBeTruthy()
      else expect([...report.problems, ...report.warnings].join('\n')).toMatch(tampering.browserSays ?? tampering.says)
    })
  })

  it('names exactly these as what the browser build cannot detect', () => {
    expect(CASES.filter((c) => c.browser === 'undetected').map((c) => c.name.split(' ')[0])).toEqual(['1', '2', '4', '5'])
    expect(CASES.every((c) => c.desktop !== 'undetected')).toBe(true)
  })
})
