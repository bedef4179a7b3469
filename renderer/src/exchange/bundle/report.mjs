/**
 * The verification result as a plain-text report in Chinese, for the CLI (and for anyone who wants
 * to paste a result into a letter). The HTML page shows the same facts with its own markup.
 */
import { formatBytes } from './format.mjs'

export const STATUS_LABELS = Object.freeze({ ok: '正常', missing: '缺失', extra: '多出', altered: '被改动' })

/** '2026-03-01' → '2026年3月1日' (as domain/calendar's formatChineseDate; this file stays plain JS). */
export function chineseDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '')
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : (iso ?? '')
}

/** Beijing time (UTC+8), as the app and the 报送函 print it. */
function beijingTime(iso) {
  const at = new Date(Date.parse(iso) + 8 * 3600_000)
  if (Number.isNaN(at.getTime())) return iso
  const two = (n) => String(n).padStart(2, '0')
  return `${at.getUTCFullYear()}年${at.getUTCMonth() + 1}月${at.getUTCDate()}日 ${two(at.getUTCHours())}:${two(at.getUTCMinutes())}`
}

/** The 防篡改校验码 as the app and the 报送函 print it: groups of four, upper case. */
function checkCode(hex) {
  return (hex.toUpperCase().match(/.{1,4}/g) ?? []).join(' ')
}

export function formatReport(result, { fileName = null, listLimit = 200 } = {}) {
  const lines = []
  const push = (line = '') => lines.push(line)
  push(`乡约报送包核对${fileName ? `：${fileName}` : ''}`)
  push(`结论：${result.valid ? '✔ 有效：签名正确，所有文件与清单一致' : '✘ 无效：见下面的问题'}`)
  if (result.village) push(`村：${result.village.name}（区划代码 ${result.village.code}）`)
  if (result.period) push(`报送期间：${chineseDate(result.period.from)} 至 ${chineseDate(result.period.to)}`)
  if (result.createdAt) push(`生成时间：${beijingTime(result.createdAt)}（北京时间）`)
  push(`签名：${result.signatureValid ? '有效' : '无效或无法核对'}`)
  if (result.fingerprint) push(`密钥指纹：${result.fingerprint}（请与乡镇登记的指纹核对）`)
  if (result.keyRotation) {
    const r = result.keyRotation
    push(
      `换钥声明：${r.valid ? '有效' : '无效'}，旧指纹 ${r.oldFingerprint ?? '未知'} → 新指纹 ${r.newFingerprint ?? '未知'}，自 ${chineseDate(r.date)} 起`,
    )
  }
  if (result.personData) push(`个人信息：${result.personData.mode === 'full' ? `完整（用途：${result.personData.purpose}）` : '已遮蔽'}`)
  if (result.formatVersion !== null)
    push(`上一个报送包的校验码：${result.previousBundleSha256 ? checkCode(result.previousBundleSha256) : '无（这是首个报送包）'}`)
  if (result.auditHead) push(`审计链末端：第 ${result.auditHead.seq} 条，${result.auditHead.hash}`)
  if (result.bundleSha256) push(`防篡改校验码：${checkCode(result.bundleSha256)}（SHA-256 ${result.bundleSha256}）`)

  if (result.files.length > 0) {
    push()
    push(`文件（${result.files.length} 个）：`)
    for (const f of result.files.slice(0, listLimit)) {
      const mark = f.status === 'ok' ? '✔' : '✘'
      push(`  ${mark} ${STATUS_LABELS[f.status]}  ${f.path}  ${formatBytes(f.size)}${f.note ? `  （${f.note}）` : ''}`)
    }
    if (result.files.length > listLimit) push(`  ……另有 ${result.files.length - listLimit} 个文件`)
  }
  if (result.refusedPaths.length > 0) {
    push()
    push('拒绝的路径：')
    for (const r of result.refusedPaths) push(`  ✘ ${r.path}：${r.reason}`)
  }
  if (result.problems.length > 0) {
    push()
    push(`问题（${result.problems.length} 个）：`)
    for (const p of result.problems.slice(0, listLimit)) push(`  - ${p}`)
    if (result.problems.length > listLimit) push(`  ……另有 ${result.problems.length - listLimit} 个问题`)
  }
  const s = result.summary
  if (s && (s.areas.length > 0 || s.pdfCount > 0)) {
    push()
    push(result.valid ? '内容摘要：' : '内容摘要（未通过核对，仅供参考）：')
    const counts = s.areas.map((a) => `${a.label} ${a.count ?? '—'} 条`)
    counts.push(`PDF ${s.pdfCount} 个（${formatBytes(s.pdfBytes)}）`)
    push(`  ${counts.join('；')}`)
    if (s.matters.length > 0) {
      push(`  事项（${s.mattersTotal} 项）：`)
      for (const m of s.matters.slice(0, listLimit))
        push(`    ${m.date ? `${chineseDate(m.date)} ` : ''}${m.title} —— ${m.result ?? '（未记结果）'}`)
    }
    if (s.notices.length > 0) {
      push(`  公示（${s.noticesTotal} 份）：`)
      for (const n of s.notices.slice(0, listLimit)) {
        push(`    ${n.date ? `${chineseDate(n.date)} ` : ''}${n.kind ? `［${n.kind}］` : ''}${n.title}${n.result ? ` —— ${n.result}` : ''}`)
      }
    }
  }
  return lines.join('\n')
}
