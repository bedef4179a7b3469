import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BACKUP_NAME, backupCreatedAt, freeBackupName, isBackupName, planPrune, sortNewestFirst } from './names'

const name = (stamp: string, copy?: number) => `xiangyue-backup-411381102200-${stamp}${copy ? `-${copy}` : ''}.zip`

describe('backup names', () => {
  it('read the Beijing minute in the name as a UTC instant', () => {
    expect(backupCreatedAt(name('20261201T0826'))).toBe('2026-12-01T00:26:00.000Z')
    expect(backupCreatedAt(name('20270101T0005'))).toBe('2026-12-31T16:05:00.000Z')
    expect(backupCreatedAt(name('20261201T0826', 3))).toBe('2026-12-01T00:26:00.000Z')
  })

  it('admit nothing but the exact shape: no separators, no traversal, no impossible dates', () => {
    for (const bad of [
      '',
      'backup.zip',
      `../${name('20261201T0826')}`,
      `sub/${name('20261201T0826')}`,
      `sub\\${name('20261201T0826')}`,
      `${name('20261201T0826')}/`,
      `${name('20261201T0826')}.exe`,
      name('20261201T0826').replace('.zip', '\u202e.zip'),
      name('20261201T0826').toUpperCase(),
      name('20260230T0826'),
      name('20261200T0826'),
      name('20261201T2400'),
      name('20261201T0860'),
      name('20261201T0826', 1000),
      'xiangyue-backup-4113811022-20261201T0826.zip',
    ]) {
      expect(isBackupName(bad), bad).toBe(false)
    }
  })
})

describe('freeBackupName', () => {
  it('keeps a free name, numbers a taken one from -2, and replaces a copy number instead of stacking it', () => {
    const base = name('20261201T0826')
    expect(freeBackupName(base, new Set())).toBe(base)
    expect(freeBackupName(base, new Set([base]))).toBe(name('20261201T0826', 2))
    expect(freeBackupName(base, new Set([base, name('20261201T0826', 2)]))).toBe(name('20261201T0826', 3))
    expect(freeBackupName(name('20261201T0826', 2), new Set([name('20261201T0826', 2)]))).toBe(name('20261201T0826', 3))
  })
  it('gives up after 99 copies of one minute', () => {
    const taken = new Set([name('20261201T0826'), ...Array.from({ length: 98 }, (_, i) => name('20261201T0826', i + 2))])
    expect(() => freeBackupName(name('20261201T0826'), taken)).toThrow(/过多/)
  })
})

describe('planPrune', () => {
  const existing = [name('20261201T0826'), name('20261130T0826'), name('20261129T0826'), 'notes.txt', 'xiangyue.sqlite']

  it('deletes the backups not kept, never other files', () => {
    expect(planPrune(existing, [name('20261201T0826')]).sort()).toEqual([name('20261130T0826'), name('20261129T0826')].sort())
  })

  it('never deletes the newest backup, even when keep leaves it out', () => {
    expect(planPrune(existing, [name('20261129T0826')])).toEqual([name('20261130T0826')])
  })

  it('refuses a keep list that names no existing backup (an empty folder after a bug is worse than a full one)', () => {
    expect(() => planPrune(existing, [name('20250101T0000')])).toThrow(/未删除任何备份/)
    expect(() => planPrune(existing, [])).toThrow(/未删除任何备份/)
  })
})

describe('sortNewestFirst', () => {
  it('orders by the instant, later copies of one minute first', () => {
    const list = [name('20261130T0826'), name('20261201T0826'), name('20261201T0826', 2)].map((n) => ({
      name: n,
      createdAt: backupCreatedAt(n)!,
    }))
    expect(sortNewestFirst(list).map((b) => b.name)).toEqual([name('20261201T0826', 2), name('20261201T0826'), name('20261130T0826')])
  })
})

describe('the pattern agrees with the renderer', () => {
  it('is the same regular expression as BACKUP_NAME_PATTERN in renderer/src/exchange/backup/retention.ts', () => {
    // read as text: main's tsconfig cannot import renderer modules (their '@/…' imports)
    const source = readFileSync(new URL('../../../renderer/src/exchange/backup/retention.ts', import.meta.url), 'utf8')
    const literal = /export const BACKUP_NAME_PATTERN = \/(.+)\/\n/.exec(source)?.[1]
    expect(literal).toBe(BACKUP_NAME.source)
  })
})
