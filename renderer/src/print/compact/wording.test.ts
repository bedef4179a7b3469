import { describe, expect, it } from 'vitest'
import { village } from '../testFixtures'
import {
  articleList,
  changeSummary,
  compactTitle,
  pickVersion,
  previousVersion,
  sizeOf,
  townshipGovernment,
  villagersMeetingName,
} from './wording'
import { sample } from './testFixtures'

describe('articleList', () => {
  it('writes runs of three or more as 第X条至第Y条, shorter runs one by one', () => {
    expect(articleList([39])).toBe('第三十九条')
    expect(articleList([8, 9])).toBe('第八条、第九条')
    expect(articleList([12, 10, 11])).toBe('第十条至第十二条')
    expect(articleList([5, 6, 7, 8, 9, 10, 11, 12, 39, 41, 41])).toBe('第五条至第十二条、第三十九条、第四十一条')
    expect(articleList([])).toBe('')
  })
})

describe('names and versions', () => {
  it('addresses the township government, or the 街道办事处', () => {
    expect(townshipGovernment(village)).toBe('城关镇人民政府')
    expect(townshipGovernment({ ...village, townshipName: '红旗乡' })).toBe('红旗乡人民政府')
    expect(townshipGovernment({ ...village, townshipName: '新华街道' })).toBe('新华街道办事处')
    expect(townshipGovernment({ ...village, townshipName: '城关镇人民政府' })).toBe('城关镇人民政府')
  })

  it('signs as the 村民会议 and titles the compact after the village when it has no title', () => {
    expect(villagersMeetingName(village)).toBe('东风村村民会议')
    expect(compactTitle({ title: ' ', versions: [] }, village)).toBe('东风村村规民约')
    expect(compactTitle(sample, village)).toBe('东风村村规民约')
  })

  it('picks the newest version by default, whatever the order, and knows the one before', () => {
    const shuffled = { ...sample, versions: [sample.versions[2]!, sample.versions[0]!, sample.versions[1]!] }
    expect(pickVersion(shuffled).id).toBe('sample-compact-v3')
    expect(previousVersion(shuffled, sample.versions[2]!)?.id).toBe('sample-compact-v2')
    expect(previousVersion(shuffled, sample.versions[0]!)).toBeNull()
    expect(() => pickVersion(sample, 'nope')).toThrow('村规民约没有版本“nope”')
    expect(() => pickVersion({ title: '', versions: [] })).toThrow('还没有任何版本')
  })

  it('sums up a version: size and changes', () => {
    expect(sizeOf(sample.versions[2]!)).toBe('共6章44条')
    expect(changeSummary({ rows: [], added: [46], amended: [24, 35], repealed: [12] })).toBe(
      '修改了第二十四条、第三十五条，新增了第四十六条，删除了第十二条',
    )
  })
})
