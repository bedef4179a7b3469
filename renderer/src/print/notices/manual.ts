/**
 * 使用手册 (the user manual) as an A4 PDF: the same texts as the 使用说明 panels and the "?" beside
 * legal terms (help/), so what she reads on screen and on paper never differ.
 *
 * buildManualDoc({ issuer, date }) → PrintDocument: title 乡约使用手册, one section per area (做什么 /
 * 法律怎么说 / 怎么做), then 常用法律用语 as a table (用语, 意思, 例子); 落款 the village committee and the date
 * printed (no seal: it is a guide, not a document of the committee).
 */
import { AREA_HELP, HELP_ORDER } from '@/help/areas'
import { LEGAL_TERMS, TERM_ORDER } from '@/help/terms'
import { officialDocument, type BodyBlock } from '../document'
import type { PrintDocument } from '../pdf-types'

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']

export interface ManualInput {
  /** 落款: the committee's name (村情信息) */
  issuer: string
  /** YYYY-MM-DD, the day it is printed */
  date: string
}

export function manualBlocks(): BodyBlock[] {
  const blocks: BodyBlock[] = [
    '本手册说明乡约每个功能是做什么的、法律怎么规定、具体怎么操作，与软件各页面顶部“使用说明”的内容相同。软件中带“?”的法律用语，点一下就能看到解释，本手册最后一节列出了全部解释。',
  ]
  HELP_ORDER.forEach((name, i) => {
    const h = AREA_HELP[name]!
    blocks.push({ kind: 'heading', level: 1, text: `${NUMERALS[i]}、${h.title}` })
    blocks.push(`做什么：${h.purpose}`)
    blocks.push(`法律怎么说：${h.basis}`)
    blocks.push(`怎么做：${h.steps.map((s, k) => `${k + 1}.${s}`).join('')}`)
  })
  blocks.push({ kind: 'heading', level: 1, text: `${NUMERALS[HELP_ORDER.length]}、常用法律用语` })
  blocks.push('“以上”包括本数，“超过”“过半数”不包括本数（《民法典》第一千二百五十九条）。软件计算开会人数和通过票数都按这个规则。')
  blocks.push({
    kind: 'table',
    fontSize: 10.5,
    columns: [
      { header: '用语', key: 'term', width: 70, noWrap: true },
      { header: '意思', key: 'meaning', width: '*' },
      { header: '例子', key: 'example', width: '*' },
    ],
    rows: TERM_ORDER.map((t) => {
      const e = LEGAL_TERMS[t]!
      return { term: e.term, meaning: e.meaning, example: e.example }
    }),
  })
  return blocks
}

export function buildManualDoc(input: ManualInput): PrintDocument {
  return officialDocument({
    title: '乡约使用手册',
    bodyBlocks: manualBlocks(),
    signature: { issuer: input.issuer, date: input.date },
    sealMark: false,
    subject: '乡约使用手册',
  })
}
