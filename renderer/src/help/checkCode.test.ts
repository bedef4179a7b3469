import { describe, expect, it } from 'vitest'
import { groupCheckCode } from './checkCode'

const HASH = '3f2a9c1b77d0e4a5' + '0'.repeat(47) + 'f'

describe('groupCheckCode', () => {
  it('shows the first 16 characters in four groups, upper case', () => {
    expect(groupCheckCode(HASH, 16)).toBe('3F2A 9C1B 77D0 E4A5')
  })
  it('groups the full 64 characters into 16 groups', () => {
    const full = groupCheckCode(HASH)
    expect(full.split(' ')).toHaveLength(16)
    expect(full.endsWith('000F')).toBe(true)
  })
  it('keeps a short last group and ignores what is not hexadecimal', () => {
    expect(groupCheckCode('ab-cd ef', 5)).toBe('ABCD E')
    expect(groupCheckCode('')).toBe('')
  })
})
