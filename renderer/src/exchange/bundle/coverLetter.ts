/**
 * What the 报送函 (cover letter) must print about a bundle, so the township can check the file it
 * received against paper: which village and period, when, how many files, the bundle's SHA-256 (the
 * file name is not printed: a file may be renamed on the way, its 校验码 cannot) and
 * the key fingerprint (registered on paper the first time). The PDF itself is built in print/.
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import { formatBeijingDateTime } from '@/domain/calendar/clock'
import { groupCheckCode } from '@/help/checkCode'
import { formatBytes } from './format.mjs'
import type { BuiltBundle } from './build'

export interface CoverLetterLine {
  label: string
  value: string
}

/**
 * The lines in print order. The bundle's SHA-256 is the 防篡改校验码, in groups of four, upper case,
 * exactly as the 导出 screen and the app's other check codes show it (help/checkCode.ts), so it can be
 * read aloud and compared by eye. The time is Beijing time, as everywhere a person reads one.
 */
export function coverLetterFacts(built: BuiltBundle): CoverLetterLine[] {
  const m = built.manifest
  const pdfs = m.files.filter((f) => f.path.startsWith('pdf/')).length
  const total = m.files.reduce((n, f) => n + f.size, 0)
  return [
    { label: '报送单位', value: `${m.village.name}（区划代码 ${m.village.code}）` },
    { label: '报送期间', value: `${formatChineseDate(m.period.from)}至${formatChineseDate(m.period.to)}` },
    { label: '生成时间', value: `${formatBeijingDateTime(m.createdAt)}（北京时间）` },
    { label: '内容', value: `数据文件 ${m.files.length - pdfs} 个，PDF ${pdfs} 个，共 ${formatBytes(total)}` },
    { label: '个人信息', value: m.personData.mode === 'full' ? `含完整个人信息（用途：${m.personData.purpose}）` : '已遮蔽' },
    { label: '防篡改校验码', value: `${groupCheckCode(built.sha256)}（SHA-256）` },
    { label: '村密钥指纹', value: built.fingerprint },
    { label: '上一个报送包的校验码', value: m.previousBundleSha256 ? groupCheckCode(m.previousBundleSha256) : '无（首次报送）' },
  ]
}
