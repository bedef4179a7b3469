import { describe, expect, it } from 'vitest'
import { automaticBackupDue, backupFileName, backupReminder, backupsToKeep, parseBackupFileName, type DatedBackup } from './retention'

const CODE = '411381102200'

/** A backup made at a Beijing wall-clock time ('2026-12-01 08:26'). */
function at(beijing: string): DatedBackup {
  const instant = new Date(`${beijing.replace(' ', 'T')}:00+08:00`)
  return { name: backupFileName(CODE, instant), createdAt: instant.toISOString() }
}
const beijing = (text: string) => new Date(`${text.replace(' ', 'T')}:00+08:00`)

describe('backup file names', () => {
  it('carry the village code and Beijing time to the minute', () => {
    expect(backupFileName(CODE, new Date('2026-12-01T00:26:00Z'))).toBe('xiangyue-backup-411381102200-20261201T0826.zip')
    // 23:30 UTC is already the next day in Beijing
    expect(backupFileName(CODE, new Date('2026-12-31T16:05:00Z'))).toBe('xiangyue-backup-411381102200-20270101T0005.zip')
    expect(backupFileName(undefined, new Date('2026-12-01T00:26:00Z'))).toBe('xiangyue-backup-000000000000-20261201T0826.zip')
    expect(backupFileName('4113', new Date('2026-12-01T00:26:00Z'))).toBe('xiangyue-backup-000000000000-20261201T0826.zip')
    expect(backupFileName(CODE, new Date('2026-12-01T00:26:00Z'), 2)).toBe('xiangyue-backup-411381102200-20261201T0826-2.zip')
  })

  it('parse back to the instant (UTC) and copy number, and nothing else parses', () => {
    expect(parseBackupFileName('xiangyue-backup-411381102200-20270101T0005.zip')).toEqual({
      code: CODE,
      createdAt: '2026-12-31T16:05:00.000Z',
      copy: 0,
    })
    expect(parseBackupFileName('xiangyue-backup-411381102200-20261201T0826-12.zip')?.copy).toBe(12)
    for (const name of [
      'xiangyue-backup-411381102200-20261201T0826.zip.exe',
      '../xiangyue-backup-411381102200-20261201T0826.zip',
      'xiangyue-backup-41138110220-20261201T0826.zip',
      'xiangyue-backup-411381102200-20260231T0826.zip',
      'xiangyue-backup-411381102200-20261201T2460.zip',
      'xiangyue-backup-411381102200-20261301T0826.zip',
      'xiangyue-backup-411381102200-20261201T0826-1234.zip',
      'other.zip',
    ]) {
      expect(parseBackupFileName(name), name).toBeNull()
    }
  })
})

describe('backupsToKeep: 7 daily + 4 weekly + 12 monthly', () => {
  // Wednesday 2026-12-16, 10:00 in Beijing. ISO weeks: this one began Monday 12-14.
  const now = beijing('2026-12-16 10:00')

  it('keeps the newest of each of the last 7 days (today and the 6 before), not the 8th', () => {
    const backups = [
      '12-16 09:00',
      '12-16 08:00',
      '12-15 20:00',
      '12-14 20:00',
      '12-13 20:00',
      '12-12 20:00',
      '12-11 20:00',
      '12-10 20:00',
      '12-09 20:00',
    ].map((t) => at(`2026-${t}`))
    const keep = new Set(backupsToKeep(backups, now))
    expect(keep.has(at('2026-12-16 09:00').name)).toBe(true)
    expect(keep.has(at('2026-12-16 08:00').name)).toBe(false) // older of the same day
    for (const day of ['15', '14', '13', '12', '11', '10']) expect(keep.has(at(`2026-12-${day} 20:00`).name), day).toBe(true)
    // 12-09 is the 8th day back: not daily, and 12-13 is newer in its week (12-07…12-13) and month
    expect(keep.has(at('2026-12-09 20:00').name)).toBe(false)
    expect(keep.size).toBe(7)
  })

  it('uses Beijing days: 23:59 and 00:00 are different days', () => {
    const late = at('2026-12-15 23:59')
    const early = at('2026-12-16 00:00')
    expect(backupsToKeep([late, early], now).sort()).toEqual([late.name, early.name].sort())
  })

  it('keeps the newest of each of the last 4 ISO weeks (Monday to Sunday), not the 5th', () => {
    // one backup on Sunday and one on Monday of each week, weeks before this one
    const backups = [
      at('2026-12-07 09:00'), // Monday, week of 12-07 (2nd week)
      at('2026-12-06 09:00'), // Sunday, week of 11-30 (3rd)
      at('2026-11-30 09:00'), // Monday, week of 11-30 (3rd): older in its week
      at('2026-11-29 09:00'), // Sunday, week of 11-23 (4th)
      at('2026-11-22 09:00'), // Sunday, week of 11-16 (5th): not weekly; November has newer → deleted
    ]
    const keep = new Set(backupsToKeep(backups, now))
    expect(keep.has(at('2026-12-07 09:00').name)).toBe(true)
    expect(keep.has(at('2026-12-06 09:00').name)).toBe(true)
    expect(keep.has(at('2026-11-30 09:00').name)).toBe(true) // the newest of November: monthly
    expect(keep.has(at('2026-11-29 09:00').name)).toBe(true) // weekly, 4th week
    expect(keep.has(at('2026-11-22 09:00').name)).toBe(false)
  })

  it('keeps the newest of each of the last 12 months (this one and the 11 before), not the 13th', () => {
    const backups = [
      at('2026-01-31 09:00'), // 12th month back (Jan 2026): kept
      at('2026-01-01 09:00'), // older in January
      at('2025-12-31 23:59'), // 13th month back: deleted
      at('2025-06-01 09:00'),
    ]
    const keep = new Set(backupsToKeep([...backups, at('2026-12-16 09:00')], now))
    expect(keep.has(at('2026-01-31 09:00').name)).toBe(true)
    expect(keep.has(at('2026-01-01 09:00').name)).toBe(false)
    expect(keep.has(at('2025-12-31 23:59').name)).toBe(false)
    expect(keep.has(at('2025-06-01 09:00').name)).toBe(false)
  })

  it('counts months across the new year', () => {
    const janNow = beijing('2027-01-05 10:00')
    const keep = new Set(backupsToKeep([at('2026-02-10 09:00'), at('2026-01-10 09:00'), at('2027-01-05 09:00')], janNow))
    expect(keep.has(at('2026-02-10 09:00').name)).toBe(true) // Feb 2026 is the 12th month back from Jan 2027
    expect(keep.has(at('2026-01-10 09:00').name)).toBe(false)
  })

  it('a steady year of daily backups leaves at most 7 + 4 + 12 copies', () => {
    const backups: DatedBackup[] = []
    for (let i = 0; i < 400; i++) {
      const instant = new Date(now.getTime() - i * 24 * 60 * 60 * 1000 - 60 * 60 * 1000)
      backups.push({ name: backupFileName(CODE, instant), createdAt: instant.toISOString() })
    }
    const keep = backupsToKeep(backups, now)
    expect(keep.length).toBeLessThanOrEqual(23)
    expect(keep.length).toBeGreaterThanOrEqual(12 + 7 - 1)
    expect(keep[0]).toBe(backups[0]!.name)
  })

  it('always keeps the newest backup, even a year old, and any dated in the future', () => {
    const old = at('2024-03-01 09:00')
    expect(backupsToKeep([old, at('2024-02-01 09:00')], now)).toEqual([old.name])
    const future = at('2027-05-01 09:00')
    expect(backupsToKeep([future, at('2026-12-16 09:00')], now).sort()).toEqual([future.name, at('2026-12-16 09:00').name].sort())
  })

  it('keeps the later copy of one minute (…-2.zip) as the newest', () => {
    const first = at('2026-12-16 09:00')
    const second = { ...first, name: first.name.replace('.zip', '-2.zip') }
    expect(backupsToKeep([first, second], now)).toEqual([second.name])
  })

  it('does not depend on the order of the listing, and ignores undated entries', () => {
    const backups = [at('2026-12-16 09:00'), at('2026-12-16 08:00'), at('2026-12-01 09:00'), { name: 'x.zip', createdAt: 'garbage' }]
    expect(backupsToKeep(backups, now)).toEqual(backupsToKeep([...backups].reverse(), now))
    expect(backupsToKeep(backups, now)).not.toContain('x.zip')
    expect(backupsToKeep([], now)).toEqual([])
  })
})

describe('automaticBackupDue', () => {
  const now = beijing('2026-12-16 10:00')
  it('is due at start-up unless one was made within the hour today; always due with none', () => {
    expect(automaticBackupDue(undefined, now, true)).toBe(true)
    expect(automaticBackupDue(beijing('2026-12-16 09:01').toISOString(), now, true)).toBe(false)
    expect(automaticBackupDue(beijing('2026-12-16 09:00').toISOString(), now, true)).toBe(true)
    expect(automaticBackupDue(beijing('2026-12-15 23:59').toISOString(), beijing('2026-12-16 00:10'), true)).toBe(true)
  })
  it('while running, is due once the Beijing date has moved on', () => {
    expect(automaticBackupDue(beijing('2026-12-16 00:00').toISOString(), beijing('2026-12-16 23:59'), false)).toBe(false)
    expect(automaticBackupDue(beijing('2026-12-15 23:59').toISOString(), beijing('2026-12-16 00:00'), false)).toBe(true)
  })
})

describe('backupReminder (browser build)', () => {
  const now = beijing('2026-12-16 10:00')
  it('reminds when there is no backup, or the last is over 7 days old; exactly 7 days is not over', () => {
    expect(backupReminder(undefined, now)).toMatch(/还没有备份过/)
    expect(backupReminder(beijing('2026-12-09 10:00').toISOString(), now)).toBeNull()
    expect(backupReminder(beijing('2026-12-09 09:59').toISOString(), now)).toBe(
      '上次备份是 7 天前（2026年12月9日 09:59）。请到“设置”下载一份新的备份，存到U盘。',
    )
    expect(backupReminder(beijing('2026-12-01 10:00').toISOString(), now)).toMatch(/上次备份是 15 天前/)
  })
})
