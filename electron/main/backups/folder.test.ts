import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AuditAnchorFile, AUDIT_ANCHOR_FILE } from './anchor'
import { BackupFolder } from './folder'

const zip = (n = 40) => {
  const bytes = new Uint8Array(n)
  bytes.set([0x50, 0x4b, 0x03, 0x04])
  return bytes
}
const name = (stamp: string) => `xiangyue-backup-411381102200-${stamp}.zip`

const dirs: string[] = []
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'xiangyue-backups-test-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('BackupFolder', () => {
  it('creates the folder, saves, lists newest first and reads back byte for byte', async () => {
    const folder = new BackupFolder(path.join(tempDir(), 'backups'))
    expect(await folder.list()).toEqual([])
    await folder.save({ name: name('20261130T0826'), bytes: zip(50) })
    await folder.save({ name: name('20261201T0826'), bytes: zip(60) })
    expect(await folder.list()).toEqual([
      { name: name('20261201T0826'), size: 60, createdAt: '2026-12-01T00:26:00.000Z' },
      { name: name('20261130T0826'), size: 50, createdAt: '2026-11-30T00:26:00.000Z' },
    ])
    expect(await folder.read(name('20261201T0826'))).toEqual(zip(60))
    if (process.platform !== 'win32') expect(statSync(folder.directory).mode & 0o777).toBe(0o700)
  })

  it('never overwrites: a second backup in the same minute gets -2, and no partial file stays', async () => {
    const folder = new BackupFolder(tempDir())
    expect(await folder.save({ name: name('20261201T0826'), bytes: zip(10 + 22) })).toEqual({ name: name('20261201T0826'), size: 32 })
    expect((await folder.save({ name: name('20261201T0826'), bytes: zip(40) })).name).toBe(
      'xiangyue-backup-411381102200-20261201T0826-2.zip',
    )
    expect(await folder.read(name('20261201T0826'))).toEqual(zip(32))
    expect(readdirSync(folder.directory).sort()).toEqual([name('20261201T0826'), 'xiangyue-backup-411381102200-20261201T0826-2.zip'].sort())
  })

  it('refuses names outside the pattern even when called directly', async () => {
    const folder = new BackupFolder(tempDir())
    await expect(folder.save({ name: '../evil.zip', bytes: zip() })).rejects.toThrow(/不合规/)
    await expect(folder.read('../../etc/passwd')).rejects.toThrow(/不合规/)
    await expect(folder.read(name('20261201T0826'))).rejects.toThrow(/找不到备份/)
  })

  it('lists only backups, and prunes only what is not kept (never other files, never the newest)', async () => {
    const folder = new BackupFolder(tempDir())
    for (const stamp of ['20261201T0826', '20261130T0826', '20261129T0826']) await folder.save({ name: name(stamp), bytes: zip() })
    writeFileSync(path.join(folder.directory, 'secretary-notes.txt'), 'x')
    expect((await folder.list()).map((b) => b.name)).toHaveLength(3)
    expect(await folder.prune([name('20261130T0826')])).toEqual({ deleted: [name('20261129T0826')] })
    expect(readdirSync(folder.directory).sort()).toEqual([name('20261130T0826'), name('20261201T0826'), 'secretary-notes.txt'].sort())
    await expect(folder.prune(['xiangyue-backup-411381102200-20200101T0000.zip'])).rejects.toThrow(/未删除任何备份/)
  })
})

describe('AuditAnchorFile', () => {
  const head = { seq: 42, hash: 'a'.repeat(64) }

  it('reads none before the first write, then what was written, with main’s time', async () => {
    const anchor = new AuditAnchorFile(tempDir(), () => new Date('2026-12-01T00:26:00Z'))
    expect(await anchor.read()).toEqual({ state: 'none' })
    expect(await anchor.write(head)).toEqual({ ...head, writtenAt: '2026-12-01T00:26:00.000Z' })
    expect(await anchor.read()).toEqual({ state: 'ok', anchor: { ...head, writtenAt: '2026-12-01T00:26:00.000Z' } })
    await anchor.write({ seq: 43, hash: 'b'.repeat(64) })
    expect(await anchor.read()).toMatchObject({ state: 'ok', anchor: { seq: 43 } })
    expect(readdirSync(path.dirname(anchor.file))).toEqual([AUDIT_ANCHOR_FILE])
  })

  it('reports a damaged or edited file as unreadable, not as no anchor', async () => {
    const dir = tempDir()
    const anchor = new AuditAnchorFile(dir)
    writeFileSync(path.join(dir, AUDIT_ANCHOR_FILE), '{"seq":1')
    expect(await anchor.read()).toMatchObject({ state: 'unreadable', reason: expect.stringMatching(/不是有效的 JSON/) as unknown })
    writeFileSync(
      path.join(dir, AUDIT_ANCHOR_FILE),
      JSON.stringify({ format: 'xiangyue-audit-anchor', seq: -1, hash: 'x', writtenAt: 'now' }),
    )
    expect(await anchor.read()).toMatchObject({ state: 'unreadable', reason: expect.stringMatching(/不符合格式/) as unknown })
  })
})
