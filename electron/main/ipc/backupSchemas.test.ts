import { describe, expect, it } from 'vitest'
import { CHANNELS } from '../../contract'
import { validateCall } from './schemas'

const zip = () => {
  const bytes = new Uint8Array(30)
  bytes.set([0x50, 0x4b, 0x03, 0x04])
  return bytes
}
const good = 'xiangyue-backup-411381102200-20261201T0826.zip'

describe('backup channels: arguments', () => {
  it('accept good calls', () => {
    expect(validateCall(CHANNELS.saveBackup, [{ name: good, bytes: zip() }]).ok).toBe(true)
    expect(validateCall(CHANNELS.listBackups, []).ok).toBe(true)
    expect(validateCall(CHANNELS.readBackup, [good]).ok).toBe(true)
    expect(validateCall(CHANNELS.pruneBackups, [[good, 'xiangyue-backup-411381102200-20261130T0826-2.zip']]).ok).toBe(true)
    expect(validateCall(CHANNELS.writeAuditAnchor, [{ seq: 0, hash: '0'.repeat(64) }]).ok).toBe(true)
    expect(validateCall(CHANNELS.readAuditAnchor, []).ok).toBe(true)
  })

  it('refuse names with a path, another shape, or an impossible date', () => {
    for (const name of [
      '../x.zip',
      `a/${good}`,
      `C:\\${good}`,
      good.replace('.zip', '.exe'),
      good.replace('1201', '0231'),
      `${good}\u0000`,
      'x'.repeat(101),
    ]) {
      expect(validateCall(CHANNELS.readBackup, [name]).ok, name).toBe(false)
      expect(validateCall(CHANNELS.saveBackup, [{ name, bytes: zip() }]).ok, name).toBe(false)
    }
  })

  it('refuse bytes that are not a zip, and extra fields', () => {
    expect(
      validateCall(CHANNELS.saveBackup, [{ name: good, bytes: new TextEncoder().encode('%PDF-1.7 and some more bytes') }]),
    ).toMatchObject({
      ok: false,
      error: expect.stringMatching(/不是 zip/) as unknown,
    })
    expect(validateCall(CHANNELS.saveBackup, [{ name: good, bytes: zip(), path: '/tmp' }]).ok).toBe(false)
    expect(validateCall(CHANNELS.saveBackup, [{ name: good, bytes: [80, 75, 3, 4] }]).ok).toBe(false)
  })

  it('refuse an empty keep list and a malformed head', () => {
    expect(validateCall(CHANNELS.pruneBackups, [[]])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/至少要保留一个备份/) as unknown,
    })
    expect(validateCall(CHANNELS.pruneBackups, [['../x.zip']]).ok).toBe(false)
    expect(validateCall(CHANNELS.writeAuditAnchor, [{ seq: -1, hash: '0'.repeat(64) }]).ok).toBe(false)
    expect(validateCall(CHANNELS.writeAuditAnchor, [{ seq: 1.5, hash: '0'.repeat(64) }]).ok).toBe(false)
    expect(validateCall(CHANNELS.writeAuditAnchor, [{ seq: 1, hash: 'A'.repeat(64) }]).ok).toBe(false)
    expect(validateCall(CHANNELS.writeAuditAnchor, [{ seq: 1, hash: '0'.repeat(64), writtenAt: 'x' }]).ok).toBe(false)
    expect(validateCall(CHANNELS.listBackups, ['..']).ok).toBe(false)
  })
})
