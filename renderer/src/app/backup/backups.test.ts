import { describe, expect, it, vi } from 'vitest'
import { useFreshDatabases } from '@/db/testDb'
import { verifyStoredAuditChain } from '@/db/audit/log'
import { fixedClock } from '@/domain/calendar/clock'
import { canonicalDump } from '@/exchange/backup/dump'
import { parseBackupFileName } from '@/exchange/backup/retention'
import { seedVillage } from '@/app/sample/seedVillageWithNotices'
import type { AuditAnchorHead, AuditAnchorStore, BackupFileInfo, BackupShelf, PickedFile } from '@/shell/types'
import { testClock } from '../testContext'
import { startAutomaticBackups } from './automatic'
import {
  backUpFromPanel,
  backupOverview,
  countsForScreen,
  openBackupFile,
  openKeptBackup,
  restoreFromFile,
  saveBackupToDrive,
  villageMatch,
  type BackupShell,
} from './backups'
import { DESKTOP_PERSISTENCE_MESSAGE, persistenceStatus } from './persistence'

const freshDb = useFreshDatabases('app-backup')

function memoryFolder(): BackupShelf & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>()
  const list = (): BackupFileInfo[] =>
    [...files.entries()]
      .map(([name, bytes]) => ({ name, size: bytes.length, createdAt: parseBackupFileName(name)!.createdAt }))
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
  return {
    files,
    automatic: true,
    save(name, bytes) {
      const free = files.has(name) ? name.replace('.zip', '-2.zip') : name
      files.set(free, bytes)
      return Promise.resolve({ kept: 'folder', name: free, size: bytes.length })
    },
    list: () => Promise.resolve({ automatic: true, backups: list(), ...(list()[0] ? { lastBackupAt: list()[0]!.createdAt } : {}) }),
    read: (name) => (files.has(name) ? Promise.resolve(files.get(name)!) : Promise.reject(new Error('没有这个备份'))),
    prune: () => Promise.resolve([]),
  }
}

function browserShelf(): BackupShelf & { downloads: { name: string; bytes: Uint8Array }[] } {
  const downloads: { name: string; bytes: Uint8Array }[] = []
  let last: string | undefined
  return {
    downloads,
    automatic: false,
    save(name, bytes) {
      downloads.push({ name, bytes })
      last = '2026-12-01T00:26:00.000Z'
      return Promise.resolve({ kept: 'download', name, size: bytes.length })
    },
    list: () => Promise.resolve({ automatic: false, backups: [], note: '备份以下载的方式保存', ...(last ? { lastBackupAt: last } : {}) }),
    read: () => Promise.reject(new Error('浏览器版无法读取')),
    prune: () => Promise.resolve([]),
  }
}

function fakeShell(kind: 'electron' | 'browser', pick: PickedFile | null = null) {
  const anchorWrites: AuditAnchorHead[] = []
  const saved: { name: string; bytes: Uint8Array }[] = []
  const anchor: AuditAnchorStore = {
    available: kind === 'electron',
    read: () => Promise.resolve({ state: 'unavailable', reason: '' }),
    write: (head) => {
      anchorWrites.push(head)
      return Promise.resolve(null)
    },
  }
  const shell = {
    kind,
    appVersion: () => Promise.resolve('0.9.0'),
    saveFile: (bytes: Uint8Array, name: string) => {
      saved.push({ name, bytes })
      return Promise.resolve({ saved: true, path: `/media/u/${name}` })
    },
    openFile: vi.fn(() => Promise.resolve(pick)),
    backups: kind === 'electron' ? memoryFolder() : browserShelf(),
    auditAnchor: anchor,
  } satisfies BackupShell
  return { shell, anchorWrites, saved }
}

async function seeded(profile: Record<string, string> = {}, at = '2026-12-01T00:26:00.000Z') {
  const db = freshDb()
  await seedVillage(db, { notices: 1, pdfBytes: 2000, profile })
  return { db, actor: '李秀英', clock: testClock(at) }
}

const ZHANGZHUANG = { villageName: '张庄村', areaCode: '411381102201', committeeName: '张庄村村民委员会' }

describe('the 数据备份 panel: status and backing up', () => {
  it('desktop: nothing yet, then 立即备份 keeps a copy and the panel shows it in Beijing time', async () => {
    const ctx = await seeded()
    const { shell } = fakeShell('electron')
    const before = await backupOverview(shell, ctx.clock.now())
    expect(before).toMatchObject({ automatic: true, lastBackupText: '还没有备份过', backups: [], reminder: null })

    const progress: string[] = []
    const { done, message } = await backUpFromPanel(ctx, shell, { onProgress: (p) => progress.push(p.phase) })
    expect(done.saved).toMatchObject({ kept: 'folder', name: 'xiangyue-backup-411381102200-20261201T0826.zip' })
    expect(done.manifest.appVersion).toBe('0.9.0')
    expect(message).toMatch(/^已备份：xiangyue-backup-411381102200-20261201T0826\.zip（[\d.]+ KB），保存在本机乡约的备份文件夹中。$/)
    expect(progress).toContain('compress')

    const after = await backupOverview(shell, ctx.clock.now())
    expect(after.lastBackupText).toBe('2026年12月1日 08:26（北京时间）')
    expect(after.backups).toEqual([
      {
        name: 'xiangyue-backup-411381102200-20261201T0826.zip',
        sizeText: expect.stringMatching(/KB$/) as unknown,
        createdAt: '2026-12-01T00:26:00.000Z',
        createdAtText: '2026年12月1日 08:26（北京时间）',
      },
    ])
  })

  it('browser: the backup is a download, logged as an export, and the note says backups are downloads', async () => {
    const ctx = await seeded()
    const { shell } = fakeShell('browser')
    const entriesBefore = await ctx.db.auditLog.count()
    const { done, message } = await backUpFromPanel(ctx, shell)
    expect(done.saved.kept).toBe('download')
    expect(message).toMatch(/^已开始下载备份文件 xiangyue-backup-411381102200-20261201T0826\.zip/)
    expect(done.persistence?.state).toBe('unsupported') // no navigator.storage under Node
    expect(await ctx.db.auditLog.count()).toBe(entriesBefore + 1)
    const overview = await backupOverview(shell, ctx.clock.now())
    expect(overview).toMatchObject({
      automatic: false,
      backups: [],
      note: '备份以下载的方式保存',
      lastBackupText: '2026年12月1日 08:26（北京时间）',
    })
  })

  it('desktop 另存到U盘: goes through the save dialog, and a cancel says so', async () => {
    const ctx = await seeded()
    const { shell, saved } = fakeShell('electron')
    expect(await saveBackupToDrive(ctx, shell)).toEqual({
      saved: true,
      message: '备份已另存到 /media/u/xiangyue-backup-411381102200-20261201T0826.zip',
    })
    expect(saved).toHaveLength(1)
    const cancelling = { ...shell, saveFile: () => Promise.resolve({ saved: false }) }
    expect(await saveBackupToDrive(ctx, cancelling)).toEqual({ saved: false, message: '已取消另存。' })
  })

  it('persistence in plain words: desktop always kept; browser granted, refused or unsupported', async () => {
    expect(await persistenceStatus('electron')).toEqual({ state: 'granted', message: DESKTOP_PERSISTENCE_MESSAGE })
    expect((await persistenceStatus('browser', { persisted: () => Promise.resolve(true) })).state).toBe('granted')
    const refused = await persistenceStatus('browser', { persisted: () => Promise.resolve(false) })
    expect(refused.state).toBe('refused')
    expect(refused.message).toMatch(/可能把这些数据连同操作日志一起删掉/)
    expect((await persistenceStatus('browser', { persisted: () => Promise.reject(new Error('x')) })).state).toBe('refused')
    expect((await persistenceStatus('browser', undefined)).state).toBe('unsupported')
  })
})

describe('countsForScreen: what the dialog lists', () => {
  it("every table in Chinese, in the secretary's order, empty ones left out except 户 and 村民, no 设置", () => {
    const counts = [
      { table: 'auditLog', label: '操作日志', count: 3 },
      { table: 'cases', label: 'cases', count: 1 },
      { table: 'compacts', label: 'compacts', count: 0 },
      { table: 'households', label: '户', count: 0 },
      { table: 'matters', label: 'matters', count: 2 },
      { table: 'settings', label: '设置', count: 2 },
      { table: 'villagers', label: '村民', count: 200 },
    ]
    expect(countsForScreen({ counts }).map((c) => `${c.label} ${c.count}`)).toEqual([
      '户 0',
      '村民 200',
      '四议两公开事项 2',
      '违约处理案件 1',
      '操作日志 3',
    ])
  })
})

describe('villageMatch: the rule restore.ts applies', () => {
  const v = (name: string, code = '000000000000') => ({ name, code })
  it('same code is the same village even when renamed; different codes are not', () => {
    expect(villageMatch(v('宅子村', '411381102200'), v('宅子新村', '411381102200'))).toBe('same')
    expect(villageMatch(v('宅子村', '411381102200'), v('宅子村', '411381102201'))).toBe('other')
    expect(villageMatch(v('宅子村', '411381102200'), v('宅子村'))).toBe('other')
  })
  it('without codes, by name; nothing here or no village in the backup are their own cases', () => {
    expect(villageMatch(v('宅子村'), v('宅子村'))).toBe('same')
    expect(villageMatch(v('宅子村'), v('张庄村'))).toBe('other')
    expect(villageMatch(null, v('宅子村'))).toBe('nothing-here')
    expect(villageMatch(v('宅子村'), null)).toBe('backup-without-village')
  })
})

describe('restoring from the panel', () => {
  async function backupOf(ctx: Awaited<ReturnType<typeof seeded>>): Promise<Uint8Array> {
    const { shell } = fakeShell('electron')
    const { done } = await backUpFromPanel(ctx, shell)
    return (shell.backups as ReturnType<typeof memoryFolder>).files.get(done.saved.name)!
  }

  it('a cancelled picker is null; a file that is not a backup is refused in Chinese with nothing written', async () => {
    const ctx = await seeded()
    expect(await openBackupFile(ctx, fakeShell('browser', null).shell)).toBeNull()
    const { shell } = fakeShell('browser', { name: 'x.zip', bytes: new TextEncoder().encode('not a zip at all') })
    const opened = await openBackupFile(ctx, shell)
    expect(shell.openFile).toHaveBeenCalledWith({ accept: ['.zip'], maxBytes: 512 * 1024 * 1024 })
    expect(opened?.inspection.ok).toBe(false)
    expect(opened?.match).toBeNull()
    expect(opened?.inspection.ok === false && opened.inspection.reason).toMatch(/[\u4e00-\u9fff]/)
  })

  it('same village: shows what the file holds, restores the old data, keeps a safety copy, moves the anchor, chain intact', async () => {
    const ctx = await seeded()
    const bytes = await backupOf(ctx)
    const original = await canonicalDump(ctx.db)
    // the data changes afterwards
    await ctx.db.villagers.limit(3).delete()
    ctx.clock.set('2026-12-02T03:00:00.000Z')

    const { shell, anchorWrites } = fakeShell('electron', { name: '备份.zip', bytes })
    const opened = (await openBackupFile(ctx, shell))!
    expect(opened.match).toBe('same')
    expect(opened.current).toEqual({ name: '宅子村', code: '411381102200', committeeName: '宅子村村民委员会' })
    expect(opened.inspection.ok && opened.inspection.summary.counts.find((c) => c.table === 'villagers')).toEqual({
      table: 'villagers',
      label: '村民',
      count: original.villagers!.length,
    })
    const outcome = await restoreFromFile(ctx, shell, opened.bytes)
    expect(outcome.ok).toBe(true)
    expect((await canonicalDump(ctx.db)).villagers).toEqual(original.villagers)
    expect([...(shell.backups as ReturnType<typeof memoryFolder>).files.keys()]).toEqual([
      'xiangyue-backup-411381102200-20261202T1100.zip', // the safety copy of the changed data
    ])
    expect(anchorWrites).toHaveLength(1)
    expect((await verifyStoredAuditChain(ctx.db)).ok).toBe(true)
  })

  it('another village: refused without the typed name or with a wrong one (database untouched), restored with it', async () => {
    const ctx = await seeded()
    const other = await seeded(ZHANGZHUANG)
    const bytes = await backupOf(other)
    const { shell } = fakeShell('browser', { name: 'z.zip', bytes })
    const opened = (await openBackupFile(ctx, shell))!
    expect(opened.match).toBe('other')
    const before = await canonicalDump(ctx.db)

    const without = await restoreFromFile(ctx, shell, bytes)
    expect(without).toMatchObject({ ok: false, needsVillageConfirmation: true })
    const wrong = await restoreFromFile(ctx, shell, bytes, { confirmVillageName: '宅子村' })
    expect(wrong.ok).toBe(false)
    expect(await canonicalDump(ctx.db)).toEqual(before)

    const typed = await restoreFromFile(ctx, shell, bytes, { confirmVillageName: ' 张庄村 ' })
    expect(typed.ok).toBe(true)
    expect((await ctx.db.settings.get('village'))?.value).toMatchObject({ villageName: '张庄村' })
  })

  it('a kept desktop copy opens by name; a missing one rejects', async () => {
    const ctx = await seeded()
    const { shell } = fakeShell('electron')
    const { done } = await backUpFromPanel(ctx, shell)
    const opened = await openKeptBackup(ctx, shell, done.saved.name)
    expect(opened).toMatchObject({ fileName: done.saved.name, match: 'same' })
    await expect(openKeptBackup(ctx, shell, 'nope.zip')).rejects.toThrow('没有这个备份')
  })

  it('a tampered file is refused by name of the part, and nothing changes', async () => {
    const ctx = await seeded()
    const bytes = await backupOf(ctx)
    const before = await canonicalDump(ctx.db)
    const { unzipSync, zipSync } = await import('fflate')
    const parts = unzipSync(bytes)
    const villagers = new TextDecoder().decode(parts['tables/villagers.jsonl'])
    parts['tables/villagers.jsonl'] = new TextEncoder().encode(villagers.replace(/"name":"(.)/, '"name":"改'))
    const tampered = zipSync(parts)
    const { shell } = fakeShell('browser', { name: 't.zip', bytes: tampered })
    const opened = (await openBackupFile(ctx, shell))!
    expect(opened.inspection.ok === false && opened.inspection.reason).toMatch(/“村民”的数据.*(大小|校验值)/)
    const outcome = await restoreFromFile(ctx, shell, tampered)
    expect(outcome.ok).toBe(false)
    expect(await canonicalDump(ctx.db)).toEqual(before)
  })
})

describe('automatic backups at start-up and after each day of use', () => {
  const immediately = (run: () => void) => run()
  const until = async (ok: () => boolean) => {
    for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10))
    expect(ok()).toBe(true)
  }

  it('backs up once the window is idle, and again once the Beijing day has changed', async () => {
    const ctx = await seeded()
    const { shell } = fakeShell('electron')
    const folder = shell.backups as ReturnType<typeof memoryFolder>
    let idle: (() => void) | undefined
    const auto = startAutomaticBackups({ shell, context: () => ctx, whenIdle: (run) => (idle = run), checkEveryMs: 15 })
    expect(folder.files.size).toBe(0) // nothing before the first screen is interactive
    idle!()
    expect((await auto.first)?.saved.name).toBe('xiangyue-backup-411381102200-20261201T0826.zip')
    ctx.clock.set('2026-12-01T15:00:00.000Z') // 23:00 Beijing: same day, not due
    await new Promise((r) => setTimeout(r, 60))
    expect(folder.files.size).toBe(1)
    ctx.clock.set('2026-12-01T16:30:00.000Z') // 00:30 on 12月2日 in Beijing
    await until(() => folder.files.size === 2)
    auto.stop()
    expect([...folder.files.keys()]).toContain('xiangyue-backup-411381102200-20261202T0030.zip')
  })

  it('nothing before the village is set up; the browser keeps none; a failure is logged, not thrown', async () => {
    const empty = { db: freshDb(), actor: '自动备份', clock: fixedClock('2026-12-01T00:26:00.000Z') }
    const desk = fakeShell('electron').shell
    const a = startAutomaticBackups({ shell: desk, context: () => empty, whenIdle: immediately })
    expect(await a.first).toBeNull()
    a.stop()
    expect((desk.backups as ReturnType<typeof memoryFolder>).files.size).toBe(0)

    const ctx = await seeded()
    const b = startAutomaticBackups({ shell: fakeShell('browser').shell, context: () => ctx, whenIdle: immediately })
    expect(await b.first).toBeNull()
    b.stop()

    const log = vi.fn()
    const broken = { ...desk, backups: { ...memoryFolder(), automatic: true, save: () => Promise.reject(new Error('磁盘已满')) } }
    const c = startAutomaticBackups({ shell: broken, context: () => ctx, whenIdle: immediately, log })
    expect(await c.first).toBeNull()
    c.stop()
    expect(log).toHaveBeenCalledWith('自动备份失败，将在下次检查时重试', expect.any(Error))
  })
})
