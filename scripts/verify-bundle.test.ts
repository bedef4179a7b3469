import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LIMITS } from '../renderer/src/exchange/bundle/format.mjs'
import { sampleBundle } from '../renderer/src/exchange/bundle/testFixtures'
import { readZipDirectory } from '../renderer/src/exchange/bundle/zip.mjs'

const CLI = fileURLToPath(new URL('./verify-bundle.mjs', import.meta.url))
let dir: string
let valid: string
let tampered: string
let fingerprint: string

function run(...args: string[]) {
  // plain node, as a township's script would call it: no vitest, no loader, no build step
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 20_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'xiangyue-verify-'))
  const built = await sampleBundle()
  fingerprint = built.fingerprint
  valid = join(dir, '报送包-东风村.zip')
  writeFileSync(valid, built.bytes)
  const bytes = built.bytes.slice()
  const directory = readZipDirectory(bytes, LIMITS)
  if (directory.fatal !== null) throw new Error(directory.fatal)
  const pdf = directory.entries.find((e) => e.name?.startsWith('pdf/'))!
  bytes[pdf.dataAt + 100]! ^= 0xff // inside the PDF's data
  tampered = join(dir, 'tampered.zip')
  writeFileSync(tampered, bytes)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('node scripts/verify-bundle.mjs FILE', () => {
  it('exits 0 for a valid bundle and prints a Chinese report with the fingerprint and the matters', () => {
    const r = run(valid)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('结论：✔ 有效')
    expect(r.stdout).toContain(`密钥指纹：${fingerprint}`)
    expect(r.stdout).toContain('村道硬化工程 —— 通过')
    expect(r.stdout).toContain('东风村（区划代码 410105001001）')
  })

  it('exits 1 for a tampered bundle and names the altered file', () => {
    const r = run(tampered)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('结论：✘ 无效')
    expect(r.stdout).toMatch(/被改动\s+pdf\/2026-03-16-决议公开-村道硬化工程\.pdf/)
  })

  it('--json prints the result as JSON', () => {
    const ok = JSON.parse(run(valid, '--json').stdout)
    expect(ok).toMatchObject({ valid: true, signatureValid: true, fingerprint, village: { code: '410105001001' } })
    const bad = run('--json', tampered)
    expect(bad.code).toBe(1)
    expect(JSON.parse(bad.stdout).files.map((f: { status: string }) => f.status)).toEqual(['ok', 'ok', 'altered'])
  })

  it('--fingerprint: valid only when signed by the registered key', () => {
    expect(run(valid, '--fingerprint', fingerprint).code).toBe(0)
    const other = run(valid, '--fingerprint', '0000-0000-0000-0000-0000-0000-0000-0000')
    expect(other.code).toBe(1)
    expect(other.stdout).toContain('不是登记的指纹')
  })

  it('exits 1 for a file that cannot be read or is not a bundle', () => {
    const junk = join(dir, 'junk.zip')
    writeFileSync(junk, 'not a zip at all')
    expect(run(junk).code).toBe(1)
    const missing = run(join(dir, 'nope.zip'))
    expect(missing.code).toBe(1)
    expect(missing.stdout).toContain('无法读取文件')
  })

  it('exits 2 for a usage error', () => {
    expect(run('--bogus', valid).code).toBe(2)
    expect(run(valid, '--fingerprint', 'ABC').code).toBe(2)
    const none = run()
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('用法')
  })
})
