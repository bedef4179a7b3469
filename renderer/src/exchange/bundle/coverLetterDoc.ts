/**
 * 报送函 (the cover letter that goes with each 报送包) as a pdfmake document:
 *
 *   buildCoverLetterDoc(built, village, { date }) → PrintDocument
 *
 * Input: the built bundle (build.ts BuiltBundle), the village profile (村委会 name for the 落款, the
 * township for 主送), and the letter's 成文日期 ('YYYY-MM-DD', Beijing). Output: a GB/T 9704 letter
 * (print/document.ts officialDocument): title “关于报送××村村务数据报送包的函”, 主送 “××镇人民政府：”,
 * one paragraph saying what is sent (the areas in it) and how to check it, the facts of coverLetter.ts in a two-column
 * table (village and code, period, time, file name, contents, 个人信息, the bundle's SHA-256 in groups
 * of 8, the 村密钥指纹, the previous bundle), a paragraph on the fingerprint (register it on paper the
 * first time; a 换钥声明 when the key changed), and the sealed 落款 of the 村民委员会.
 * Pure: no clock, no rendering.
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import type { VillageProfile } from '@/domain/village/profile'
import { officialDocument, type BodyBlock } from '@/print/document'
import type { PrintDocument } from '@/print/pdf-types'
import type { BuiltBundle } from './build'
import { coverLetterFacts } from './coverLetter'

function townshipOf(village: VillageProfile): string {
  const name = village.townshipName.trim()
  if (!name) return '乡（镇）人民政府'
  if (/(人民政府|办事处)$/.test(name)) return name
  if (/街道$/.test(name)) return `${name}办事处`
  return `${name}人民政府`
}

/** What the bundle holds, in words, from its file list (only the areas chosen are in it). */
const CONTENT_WORDS: readonly [string, string][] = [
  ['data/matters.json', '四议两公开事项'],
  ['data/compactVersions.json', '村规民约'],
  ['data/violations.json', '违约处理'],
  ['data/notices.json', '公示公告'],
]

export function contentsInWords(paths: readonly string[]): string {
  const words = CONTENT_WORDS.filter(([path]) => paths.includes(path)).map(([, w]) => w)
  const pdfs = paths.some((p) => p.startsWith('pdf/'))
  const list = words.join('、')
  if (!list) return pdfs ? '相关PDF文件' : '操作日志的末端记录'
  return pdfs ? `${list}和相关PDF文件` : list
}

export function buildCoverLetterDoc(built: BuiltBundle, village: VillageProfile, letter: { date: string }): PrintDocument {
  const m = built.manifest
  const period = `${formatChineseDate(m.period.from)}至${formatChineseDate(m.period.to)}`
  // 生成时间 is left to the verifier: on paper the 成文日期 of the 落款 says when
  const facts = coverLetterFacts(built).filter((f) => f.label !== '生成时间')
  const rotation = m.keyRotation
  const blocks: BodyBlock[] = [
    { kind: 'paragraph', text: `${townshipOf(village)}：` },
    `现将我村${period}村务数据报送包报送你处，请查收。包内有${contentsInWords(m.files.map((f) => f.path))}，已用本村密钥签名，可用“乡约报送包校验工具”核对。`,
    {
      kind: 'table',
      fontSize: 10.5,
      columns: [
        { header: '项目', key: 'label', width: 110 },
        { header: '内容', key: 'value' },
      ],
      rows: facts.map((f) => ({ label: f.label, value: f.value })),
    },
    rotation
      ? `我村已于${formatChineseDate(rotation.date)}更换村密钥（${rotation.reason ?? '原因未注明'}），原指纹 ${rotation.oldFingerprint}，新指纹 ${rotation.newFingerprint}。包内附原密钥签名的换钥声明，请核对后登记新指纹。特此函告。`
      : '首次报送时请登记上表中的村密钥指纹。特此函告。',
  ]
  return officialDocument({
    title: `关于报送${m.village.name}村务数据报送包的函`,
    bodyBlocks: blocks,
    signature: { issuer: village.committeeName, date: letter.date },
    sealMark: true,
    subject: `报送函 ${built.fileName}`,
  })
}
