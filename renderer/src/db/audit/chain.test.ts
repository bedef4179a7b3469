import { describe, expect, it } from 'vitest'
import { canonicalJson } from '@/domain/evidence/canonical'
import { GENESIS_HASH, describeChainProblem, sealEntry, verifyAuditChain, type AuditEntry, type UnsealedEntry } from './chain'

function entry(n: number): UnsealedEntry {
  return {
    id: `01J${String(n).padStart(23, '0')}`,
    at: new Date(Date.UTC(2026, 10, 1, 8, n)).toISOString(),
    actor: '李秀英',
    action: 'update',
    table: 'villagers',
    recordId: `v${n}`,
    summary: `修改村民 ${n}`,
    beforeHash: null,
    afterHash: 'ab'.repeat(32),
  }
}

function chain(length: number): AuditEntry[] {
  const out: AuditEntry[] = []
  for (let i = 1; i <= length; i++) {
    const last = out.at(-1)
    out.push(sealEntry(entry(i), last && { seq: last.seq, hash: last.hash }))
  }
  return out
}

const headOf = (entries: AuditEntry[]) => {
  const last = entries.at(-1)!
  return { seq: last.seq, hash: last.hash }
}

describe('canonicalJson', () => {
  it('sorts keys and drops undefined, so field order never changes a hash', () => {
    expect(canonicalJson({ b: 1, a: [1, 'x', null], c: undefined })).toBe('{"a":[1,"x",null],"b":1}')
    expect(canonicalJson({ a: { y: 2, x: 1 } })).toBe(canonicalJson({ a: { x: 1, y: 2 } }))
  })
  it('refuses values that have no canonical form', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow()
    expect(() => canonicalJson({ a: () => 1 })).toThrow()
  })
})

describe('verifyAuditChain', () => {
  it('accepts an intact chain and its head', () => {
    const entries = chain(5)
    expect(entries[0]!.prevHash).toBe(GENESIS_HASH)
    const report = verifyAuditChain(entries, headOf(entries))
    expect(report).toEqual({ ok: true, checked: 5, problems: [] })
  })

  it('detects an altered entry', () => {
    const entries = chain(5)
    entries[2] = { ...entries[2]!, summary: '改过的摘要' }
    const report = verifyAuditChain(entries, headOf(entries))
    expect(report.ok).toBe(false)
    expect(report.problems).toContainEqual({ kind: 'altered', seq: 3 })
  })

  it('detects an altered entry even when its own hash was recomputed', () => {
    const entries = chain(5)
    const { hash: _old, seq, prevHash, ...rest } = entries[1]!
    const forged = sealEntry({ ...rest, actor: '他人' }, { seq: seq - 1, hash: prevHash })
    entries[1] = forged
    const report = verifyAuditChain(entries, headOf(entries))
    expect(report.problems).toContainEqual({ kind: 'broken-link', seq: 3 })
  })

  it('covers the records listed in an import entry: changing one item breaks the entry', () => {
    const first = sealEntry(
      { ...entry(1), action: 'import', items: [{ table: 'villagers', recordId: 'v1', afterHash: 'aa'.repeat(32) }] },
      undefined,
    )
    const head = { seq: 1, hash: first.hash }
    expect(verifyAuditChain([first], head).ok).toBe(true)
    const forged = { ...first, items: [{ table: 'villagers', recordId: 'v1', afterHash: 'bb'.repeat(32) }] }
    expect(verifyAuditChain([forged], head).problems).toEqual([{ kind: 'altered', seq: 1 }])
  })

  it('detects a removed entry in the middle', () => {
    const entries = chain(5)
    entries.splice(2, 1)
    const report = verifyAuditChain(entries, headOf(entries))
    expect(report.ok).toBe(false)
    expect(report.problems.map((p) => p.kind)).toEqual(expect.arrayContaining(['gap', 'broken-link']))
  })

  it('detects a removed last entry through the stored head', () => {
    const entries = chain(5)
    const head = headOf(entries)
    entries.pop()
    const report = verifyAuditChain(entries, head)
    expect(report.problems).toEqual([{ kind: 'head-mismatch', expected: head, found: headOf(entries) }])
  })

  it('treats a missing head as tampering when the log has entries, and needs none when it is empty', () => {
    const entries = chain(3)
    expect(verifyAuditChain(entries).problems).toEqual([{ kind: 'missing-head', last: headOf(entries) }])
    expect(verifyAuditChain([])).toEqual({ ok: true, checked: 0, problems: [] })
    // cut off the tail and delete the head with it: still found
    expect(verifyAuditChain(entries.slice(0, 2)).ok).toBe(false)
  })

  it('detects reordered entries', () => {
    const entries = chain(5)
    ;[entries[1], entries[2]] = [entries[2]!, entries[1]!]
    const report = verifyAuditChain(entries, headOf(entries))
    expect(report.ok).toBe(false)
    expect(report.problems.some((p) => p.kind === 'broken-link')).toBe(true)
  })

  it('explains every problem in Chinese', () => {
    expect(describeChainProblem({ kind: 'altered', seq: 3 })).toContain('第 3 条')
    expect(describeChainProblem({ kind: 'gap', expectedSeq: 3, foundSeq: 4 })).toContain('不连续')
    expect(describeChainProblem({ kind: 'broken-link', seq: 2 })).toContain('链接断开')
    expect(describeChainProblem({ kind: 'head-mismatch', expected: { seq: 5, hash: 'x' }, found: undefined })).toContain('末尾')
    expect(describeChainProblem({ kind: 'missing-head', last: { seq: 7, hash: 'x' } })).toBe(
      '日志有 7 条记录，却没有保存的链头（链头被删除，可能是为了掩盖末尾记录被删除或追加）',
    )
  })
})
