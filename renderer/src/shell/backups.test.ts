import { describe, expect, it } from 'vitest'
import type { XiangyueApi } from '../../../electron/contract'
import { BROWSER_NO_LIST_NOTE, browserAuditAnchor, createBrowserBackups, createDesktopBackups } from './backups'
import { askPersistentStorage } from './storage'

function memoryStorage(): Storage {
  const map = new Map<string, string>()
  return {
    get length() {
      return map.size
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  }
}

const name = 'xiangyue-backup-411381102200-20261201T0826.zip'

describe('browser backups', () => {
  it('save downloads the file and remembers when, for the reminder; the list is empty with the reason', async () => {
    const downloads: string[] = []
    const shelf = createBrowserBackups((_bytes, n) => downloads.push(n), memoryStorage())
    expect(await shelf.list()).toEqual({ automatic: false, backups: [], note: BROWSER_NO_LIST_NOTE })
    expect(await shelf.save(name, new Uint8Array(5))).toEqual({ kept: 'download', name, size: 5 })
    expect(downloads).toEqual([name])
    const listing = await shelf.list()
    expect(Date.now() - Date.parse(listing.lastBackupAt!)).toBeLessThan(60_000)
    await expect(shelf.read(name)).rejects.toThrow(/浏览器版无法读取/)
    expect(await shelf.prune([name])).toEqual([])
  })

  it('works without localStorage (private mode), and has no audit anchor', async () => {
    const shelf = createBrowserBackups(() => {}, undefined)
    await shelf.save(name, new Uint8Array(1))
    expect((await shelf.list()).lastBackupAt).toBeUndefined()
    expect(await browserAuditAnchor.read()).toMatchObject({ state: 'unavailable' })
    expect(await browserAuditAnchor.write({ seq: 1, hash: '0'.repeat(64) })).toBeNull()
  })
})

describe('desktop backups', () => {
  it('go through the contract and report the newest as the last backup', async () => {
    const calls: string[] = []
    const api = {
      saveBackup: (r) => (calls.push(`save ${r.name}`), Promise.resolve({ name: r.name.replace('.zip', '-2.zip'), size: r.bytes.length })),
      listBackups: () => Promise.resolve([{ name, size: 9, createdAt: '2026-12-01T00:26:00.000Z' }]),
      readBackup: () => Promise.resolve(new Uint8Array([1])),
      pruneBackups: (keep) => (calls.push(`prune ${keep.length}`), Promise.resolve({ deleted: ['old.zip'] })),
    } as Partial<XiangyueApi> as XiangyueApi
    const shelf = createDesktopBackups(api, (run) => run())
    expect(await shelf.save(name, new Uint8Array(3))).toEqual({ kept: 'folder', name: name.replace('.zip', '-2.zip'), size: 3 })
    expect(await shelf.list()).toMatchObject({ automatic: true, lastBackupAt: '2026-12-01T00:26:00.000Z' })
    expect(await shelf.prune([name])).toEqual(['old.zip'])
    expect(calls).toEqual([`save ${name}`, 'prune 1'])
  })
})

describe('askPersistentStorage', () => {
  const manager = (persisted: boolean, grant: boolean | Error) => ({
    persisted: () => Promise.resolve(persisted),
    persist: () => (grant instanceof Error ? Promise.reject(grant) : Promise.resolve(grant)),
  })
  it('reports granted, refused (with what it means) and unsupported', async () => {
    expect((await askPersistentStorage(manager(true, false))).state).toBe('granted')
    expect((await askPersistentStorage(manager(false, true))).state).toBe('granted')
    const refused = await askPersistentStorage(manager(false, false))
    expect(refused.state).toBe('refused')
    expect(refused.message).toMatch(/可能把这些数据连同操作日志一起删掉/)
    expect((await askPersistentStorage(manager(false, new Error('x')))).state).toBe('refused')
    expect((await askPersistentStorage(undefined)).state).toBe('unsupported')
  })
})
