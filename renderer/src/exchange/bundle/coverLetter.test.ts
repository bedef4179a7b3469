import { describe, expect, it } from 'vitest'
import { coverLetterFacts } from './coverLetter'
import { sampleBundle } from './testFixtures'

describe('the 报送函 facts', () => {
  it('prints the village, period, hash in groups and the fingerprint, as the verifier will show them', async () => {
    const built = await sampleBundle({ previousBundleSha256: 'ab'.repeat(32) })
    const facts = Object.fromEntries(coverLetterFacts(built).map((l) => [l.label, l.value]))
    expect(facts['报送单位']).toBe('东风村（区划代码 410105001001）')
    expect(facts['报送期间']).toBe('2026年1月1日至2026年6月30日')
    expect(facts['内容']).toBe('数据文件 2 个，PDF 1 个，共 740 字节')
    expect(facts['个人信息']).toBe('已遮蔽')
    // the 防篡改校验码 as the screen shows it: groups of four, upper case
    expect(facts['防篡改校验码']).toBe(`${built.sha256.toUpperCase().match(/.{4}/g)!.join(' ')}（SHA-256）`)
    expect(facts['生成时间']).toBe('2026年7月2日 16:30（北京时间）')
    expect(facts['村密钥指纹']).toBe(built.fingerprint)
    expect(facts['上一个报送包的校验码']).toBe(Array(16).fill('ABAB').join(' '))
  })
})
