/**
 * What the 报送函 (cover letter) must print about a bundle, so the township can check the file it
 * received against paper: which village and period, when, how many files, the bundle's SHA-256 and
 * the key fingerprint (registered on paper the first time). The PDF itself is built in print/.
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import { formatBytes } from './format.mjs'
import type { BuiltBundle } from './build'

export interface CoverLetterLine {
  label: string
  value: string
}

/** The lines in print order. The SHA-256 is split in groups of 8 so it can be read aloud and compared. */
export function coverLetterFacts(built: BuiltBundle): CoverLetterLine[] {
  const m = built.manifest
  const pdfs = m.files.filter((f) => f.path.startsWith('pdf/')).length
  const total = m.files.reduce((n, f) => n + f.size, 0)
  return [
    { label: '报送单位', value: `${m.village.name}（区划代码 ${m.village.code}）` },
    { label: '报送期间', value: `${formatChineseDate(m.period.from)}至${formatChineseDate(m.period.to)}` },
    { label: '生成时间', value: `${m.createdAt.replace('T', ' ').replace(/(\.\d+)?Z$/, '')}（UTC）` },
    { label: '报送包文件', value: built.fileName },
    { label: '内容', value: `数据文件 ${m.files.length - pdfs} 个，PDF ${pdfs} 个，共 ${formatBytes(total)}` },
    { label: '个人信息', value: m.personData.mode === 'full' ? `含完整个人信息（用途：${m.personData.purpose}）` : '已遮蔽' },
    { label: '报送包 SHA-256', value: built.sha256.match(/.{8}/g)!.join(' ') },
    { label: '村密钥指纹', value: built.fingerprint },
    { label: '上一个报送包', value: m.previousBundleSha256 ? m.previousBundleSha256.match(/.{8}/g)!.join(' ') : '无（首次报送）' },
  ]
}
