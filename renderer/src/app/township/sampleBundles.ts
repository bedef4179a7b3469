/**
 * 示例报送包 (sample bundles for the township view): signed bundles from up to 30 villages of one
 * township, for the demo (乡镇汇总 → 载入示例), the e2e spec and the bench. Deterministic: the same
 * options give the same bytes (keys from the village's number, dates and records from a seeded PRNG).
 *
 * Input:  townshipSampleBundles({ villages = 30, year, bundlesPerVillage = 1, gapAt?, createdAtDay? })
 *   year               the township's current year: the last bundle covers its first half
 *                      (createdAt `${year}-07-0x`); with 2 per village, the one before covers the
 *                      whole previous year and the second names it as its previous bundle.
 *   gapAt              village indexes (0-based) whose earlier bundle is left out of the output,
 *                      so the township sees a chain gap for them (demo of the warning).
 * Output: Promise<SampleBundle[]>: { fileName, bytes, sha256, villageName, villageCode } in the
 *         order a township would receive them (oldest first).
 *
 * The records use the flat field names domain/township/records.ts reads (the 台账 shape). The
 * PDFs are minimal one-page PDFs with an ASCII label, not the village's real printouts: a sample
 * only has to show that a matter's PDF opens.
 */
import { buildBundle, type BuiltBundle } from '@/exchange/bundle/build'
import { signerFromSecretKey } from '@/exchange/bundle/keys'
import { addDays } from '@/domain/calendar/calendar'
import { seededRandom, type Random } from '@/sample/random'

export interface SampleBundle {
  fileName: string
  bytes: Uint8Array
  sha256: string
  villageName: string
  villageCode: string
}

export interface TownshipSampleOptions {
  villages?: number
  year: number
  bundlesPerVillage?: 1 | 2
  gapAt?: readonly number[]
}

/** 罗庄镇 (邓州市) has about this many villages; 统计用区划代码 411381102 + 3 digits. */
export const SAMPLE_VILLAGE_NAMES = [
  '宅子村',
  '东风村',
  '西岭村',
  '前营村',
  '后营村',
  '王庄村',
  '李楼村',
  '张湾村',
  '刘集村',
  '陈岗村',
  '杨店村',
  '赵河村',
  '黄庄村',
  '周寨村',
  '吴桥村',
  '孙岗村',
  '马营村',
  '朱楼村',
  '胡庄村',
  '郭湾村',
  '林场村',
  '高岭村',
  '罗庄村',
  '梁寨村',
  '宋营村',
  '郑湾村',
  '谢庄村',
  '韩岗村',
  '唐河村',
  '冯楼村',
] as const

const MATTER_TITLES = [
  '村道硬化工程',
  '安装太阳能路灯',
  '集体土地承包方案',
  '修建文化广场',
  '农村饮水安全工程',
  '集体收益分配方案',
  '修缮村小学校舍',
  '生活垃圾清运外包',
  '农田水利设施维修',
  '宅基地分配方案',
  '村集体林地流转',
  '建设村级光伏电站',
  '改造村卫生室',
  '修建排水沟渠',
  '村委会办公楼维修',
  '扶贫资金使用方案',
  '美丽乡村绿化工程',
  '集体鱼塘发包',
]

const CASE_STATES = ['reported', 'assessed', 'notified', 'decided', 'rectifying', 'rectified', 'closed', 'closed', 'closed'] as const

const TOWNSHIP_CODE = '411381102'

export function sampleVillageCode(index: number): string {
  return `${TOWNSHIP_CODE}${String(200 + index).padStart(3, '0')}`
}

/** A minimal valid one-page PDF (Helvetica, ASCII label): enough for a viewer to open. */
export function samplePdf(label: string): Uint8Array {
  const safe = label.replace(/[^\x20-\x7e]/g, '?').replace(/[()\\]/g, '')
  const stream = `BT /F1 18 Tf 72 760 Td (${safe}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(body)
}

function isoDate(year: number, random: Random, fromMonth: number, toMonth: number): string {
  const month = random.int(fromMonth, toMonth)
  return `${year}-${String(month).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`
}

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

interface PeriodData {
  data: Record<string, unknown[]>
  pdfs: { name: string; bytes: Uint8Array }[]
}

/** One village's records for a period of `year`, months fromMonth..toMonth. */
function periodData(random: Random, villageIndex: number, year: number, fromMonth: number, toMonth: number, periodEnd: string): PeriodData {
  const matters: unknown[] = []
  const meetings: unknown[] = []
  const notices: unknown[] = []
  const pdfs: PeriodData['pdfs'] = []
  const count = random.int(3, 9)
  const titles = shuffled(MATTER_TITLES, random).slice(0, count)
  titles.forEach((title, i) => {
    const id = `V${villageIndex}-${year}-M${i + 1}`
    const decidedOn = isoDate(year, random, fromMonth, toMonth)
    const passed = random.chance(0.85)
    let body = random.chance(0.7) ? '村民代表会议' : '村民会议'
    // a ④ that first failed for lack of quorum, then was held again
    if (random.chance(0.12)) {
      meetings.push({ id: `${id}-Q`, date: addDays(decidedOn, -10), body, quorumMet: false, entitled: 41, present: 19 })
      body = '村民代表会议'
    }
    meetings.push({ id: `${id}-D`, date: decidedOn, body, quorumMet: true, entitled: 41, present: random.int(30, 41) })
    const lag = random.weighted([
      [random.int(1, 5), 8],
      [random.int(9, 15), 1],
      [null, 1],
    ] as const)
    const publishedOn = passed && lag !== null ? addDays(decidedOn, lag) : null
    const pdfNames: string[] = []
    if (publishedOn !== null && publishedOn <= periodEnd) {
      const name = `${publishedOn}-决议公开-${title}.pdf`
      pdfNames.push(name)
      pdfs.push({ name, bytes: samplePdf(`Resolution notice ${id} (${publishedOn})`) })
      notices.push({ id: `${id}-N`, title: `关于${title}决议的公示`, kind: '决议公开', issuedOn: publishedOn, result: '公示期满无异议' })
    }
    matters.push({
      id,
      title,
      decidedOn,
      decisionBody: body,
      result: passed ? '通过' : '未通过',
      resolutionPublishedOn: publishedOn !== null && publishedOn <= periodEnd ? publishedOn : null,
      state: !passed
        ? 'rejected'
        : publishedOn === null || publishedOn > periodEnd
          ? 'disclosing'
          : random.pick(['implementing', 'closed']),
      pdfs: pdfNames,
    })
  })
  const cases = Array.from({ length: random.int(0, 6) }, (_, i) => ({
    id: `V${villageIndex}-${year}-C${i + 1}`,
    reportedOn: isoDate(year, random, fromMonth, toMonth),
    state: random.pick(CASE_STATES),
  }))
  const firstYear = 2019 + (villageIndex % 4)
  const versions: unknown[] = [
    { id: `V${villageIndex}-v1`, version: `${firstYear}年制定`, effectiveFrom: `${firstYear}-03-01`, filedOn: `${firstYear}-03-10` },
  ]
  if (villageIndex % 3 === 0)
    versions.push({
      id: `V${villageIndex}-v2`,
      version: `${year - 1}年修订`,
      effectiveFrom: `${year - 1}-05-01`,
      // every fifth of these has not yet filed its revision
      filedOn: villageIndex % 5 === 0 ? null : `${year - 1}-05-12`,
    })
  return { data: { matters, meetings, notices, compactVersions: versions, violations: cases }, pdfs }
}

function secretKeyOf(villageIndex: number): Uint8Array {
  return Uint8Array.from({ length: 32 }, (_, i) => (villageIndex * 37 + i * 11 + 5) & 0xff)
}

async function villageBundle(
  villageIndex: number,
  name: string,
  period: { from: string; to: string },
  createdAt: string,
  previous: string | null,
  content: PeriodData,
): Promise<BuiltBundle> {
  return buildBundle(
    {
      village: { name, code: sampleVillageCode(villageIndex) },
      period,
      createdAt,
      previousBundleSha256: previous,
      auditHead: { seq: 100 + villageIndex, hash: (villageIndex % 16).toString(16).repeat(64) },
      personData: { mode: 'masked' },
      generator: '乡约 示例',
      data: content.data,
      pdfs: content.pdfs,
    },
    signerFromSecretKey(secretKeyOf(villageIndex)),
  )
}

export async function townshipSampleBundles(options: TownshipSampleOptions): Promise<SampleBundle[]> {
  const villages = Math.min(options.villages ?? SAMPLE_VILLAGE_NAMES.length, SAMPLE_VILLAGE_NAMES.length)
  const { year } = options
  const gaps = new Set(options.gapAt ?? [])
  const earlier: SampleBundle[] = []
  const latest: SampleBundle[] = []
  for (let v = 0; v < villages; v++) {
    const random = seededRandom(20260 + v * 7919 + year)
    const name = SAMPLE_VILLAGE_NAMES[v]!
    let previous: string | null = null
    if (options.bundlesPerVillage === 2 || gaps.has(v)) {
      const period = { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` }
      const built = await villageBundle(
        v,
        name,
        period,
        `${year}-01-0${1 + (v % 9)}T02:00:00.000Z`,
        null,
        periodData(random, v, year - 1, 1, 12, period.to),
      )
      previous = built.sha256
      if (!gaps.has(v)) earlier.push(sampleOf(built, name, v))
    }
    const period = { from: `${year}-01-01`, to: `${year}-06-30` }
    const built = await villageBundle(
      v,
      name,
      period,
      `${year}-07-0${1 + (v % 9)}T02:${String(v).padStart(2, '0')}:00.000Z`,
      previous,
      periodData(random, v, year, 1, 6, period.to),
    )
    latest.push(sampleOf(built, name, v))
  }
  return [...earlier, ...latest]
}

function sampleOf(built: BuiltBundle, villageName: string, v: number): SampleBundle {
  return { fileName: built.fileName, bytes: built.bytes, sha256: built.sha256, villageName, villageCode: sampleVillageCode(v) }
}
