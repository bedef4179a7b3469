import { describe, expect, it } from 'vitest'
import { compareSectionNames } from './lists'

describe('compareSectionNames', () => {
  it('orders Chinese-numbered groups and grids by number, 九 < 十 < 十一 < 二十, the rest after by pinyin', () => {
    const names = [
      '第十一村民小组',
      '第二村民小组',
      '东片网格',
      '第十村民小组',
      '第一村民小组',
      '第九村民小组',
      '第二十村民小组',
      '一网格',
      '北片网格',
    ]
    expect([...names].sort(compareSectionNames)).toEqual([
      '第一村民小组',
      '一网格',
      '第二村民小组',
      '第九村民小组',
      '第十村民小组',
      '第十一村民小组',
      '第二十村民小组',
      '北片网格',
      '东片网格',
    ])
  })
})
