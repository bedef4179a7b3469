/** Seeded random Chinese text for tests (deterministic: a failure can be replayed). */
export { seededUniform as seededRandom } from '@/sample/random'

export function pick<T>(rand: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)]
  if (item === undefined) throw new Error('pick from empty list')
  return item
}

const HANZI = Array.from(
  '村民委员会公示根据组织法规定经代表会议讨论通过现将有关事项予以集体经济收益分配方案按照量化到人确权到户要求以为单位进行对象截至在册本成员监督电话反映异议期内道路硬化工程资金使用情况低保救助审核结果张王李赵刘陈杨黄周吴堃喆昇淼琇犇',
)
const CLOSERS = ['，', '。', '、', '；', '：', '？', '！', '……', '——', '%', '.', ',']
const PAIRS: readonly [string, string][] = [
  ['（', '）'],
  ['《', '》'],
  ['「', '」'],
  ['『', '』'],
  ['【', '】'],
  ['“', '”'],
  ['‘', '’'],
]

/** A paragraph of `length` characters or a little more, dense with punctuation. */
export function randomChineseParagraph(rand: () => number, length: number): string {
  let out = ''
  while (Array.from(out).length < length) {
    let word = ''
    const n = 1 + Math.floor(rand() * 5)
    for (let i = 0; i < n; i++) word += pick(rand, HANZI)
    if (rand() < 0.15) word += String(Math.floor(rand() * 1000))
    if (rand() < 0.3) {
      const [open, close] = pick(rand, PAIRS)
      word = open + word + close
    }
    out += word
    if (rand() < 0.6) out += pick(rand, CLOSERS)
    // closing mark right after a closing quote: ”。 ）， 》、
    if (rand() < 0.1) out += pick(rand, ['。', '，', '；'])
  }
  return out
}
