/**
 * The verifier page's behaviour: pick or drop a bundle, run verifyCore's verifyBundle on its bytes,
 * show the answer. Bundled with verifyCore, fflate and @noble into one inline script by
 * scripts/build-verifier.mjs. Everything from the bundle is shown through textContent, never as HTML:
 * a hostile file name or title stays text.
 *
 * Hooks for tests (stable): #file-input; #verdict[data-valid]; #fingerprint; #files tr[data-path]
 * [data-status]; #refused tr[data-path]; #problems li; #registered-input and #registered-result.
 */
import { FINGERPRINT_PATTERN, LIMITS, formatBytes } from '../bundle/format.mjs'
import { STATUS_LABELS, chineseDate } from '../bundle/report.mjs'
import { failedResult, verifyBundle, type VerifyResult } from '../bundle/verifyCore.mjs'

const $ = <T extends HTMLElement>(selector: string): T => document.querySelector(selector) as T

function cell(row: HTMLTableRowElement, text: string, className?: string): HTMLTableCellElement {
  const td = row.insertCell()
  td.textContent = text
  if (className) td.className = className
  return td
}

function clear(tbody: HTMLTableSectionElement | null): HTMLTableSectionElement {
  tbody!.replaceChildren()
  return tbody!
}

function fact(tbody: HTMLTableSectionElement, label: string, value: string, id?: string, className?: string): void {
  const row = tbody.insertRow()
  const th = document.createElement('th')
  th.textContent = label
  row.append(th)
  const td = cell(row, value, className)
  if (id) td.id = id
}

let current: VerifyResult | null = null

/** Beijing time (UTC+8, no summer time), as the app and the 报送函 print it: 2026年7月2日 16:30. */
function beijingTime(iso: string): string {
  const at = new Date(Date.parse(iso) + 8 * 3600_000)
  if (Number.isNaN(at.getTime())) return iso
  const two = (n: number) => String(n).padStart(2, '0')
  return `${at.getUTCFullYear()}年${at.getUTCMonth() + 1}月${at.getUTCDate()}日 ${two(at.getUTCHours())}:${two(at.getUTCMinutes())}`
}

/** A SHA-256 as the app's 防篡改校验码: groups of four, upper case (help/checkCode.ts), to compare with paper. */
function checkCode(hex: string): string {
  return (hex.toUpperCase().match(/.{1,4}/g) ?? []).join(' ')
}

function showFacts(r: VerifyResult): void {
  const tbody = clear($<HTMLTableElement>('#facts').tBodies[0]!)
  if (r.village) fact(tbody, '村', `${r.village.name}（区划代码 ${r.village.code}）`)
  if (r.period) fact(tbody, '报送期间', `${chineseDate(r.period.from)} 至 ${chineseDate(r.period.to)}`)
  if (r.createdAt) fact(tbody, '生成时间', `${beijingTime(r.createdAt)}（北京时间）`)
  fact(tbody, '签名', r.signatureValid ? '有效：清单确由下面这把密钥签名' : '无效或无法核对')
  fact(tbody, '密钥指纹', r.fingerprint ?? '（无）', 'fingerprint')
  if (r.keyRotation) {
    const k = r.keyRotation
    fact(
      tbody,
      '换钥声明',
      `${k.valid ? '有效' : '无效'}：旧指纹 ${k.oldFingerprint ?? '未知'} → 新指纹 ${k.newFingerprint ?? '未知'}，自 ${chineseDate(k.date)} 起`,
    )
  }
  if (r.personData) fact(tbody, '个人信息', r.personData.mode === 'full' ? `完整（用途：${r.personData.purpose}）` : '已遮蔽')
  if (r.formatVersion !== null)
    fact(
      tbody,
      '上一个报送包的校验码',
      r.previousBundleSha256 ? checkCode(r.previousBundleSha256) : '无（这是首个报送包）',
      undefined,
      'mono',
    )
  if (r.auditHead) fact(tbody, '审计链末端', `第 ${r.auditHead.seq} 条：${r.auditHead.hash}`)
  // the same 防篡改校验码 the 报送函 prints: compare group by group
  if (r.bundleSha256) fact(tbody, '防篡改校验码', checkCode(r.bundleSha256), 'bundle-code', 'mono')
}

function showFiles(r: VerifyResult): void {
  const tbody = clear($<HTMLTableElement>('#files').tBodies[0]!)
  for (const f of r.files) {
    const row = tbody.insertRow()
    row.dataset.path = f.path
    row.dataset.status = f.status
    cell(row, `${f.status === 'ok' ? '✔' : '✘'} ${STATUS_LABELS[f.status]}`, 'status')
    cell(row, f.path)
    cell(row, formatBytes(f.size), 'num')
    cell(row, f.note ?? '')
  }
  const refused = clear($<HTMLTableElement>('#refused').tBodies[0]!)
  for (const p of r.refusedPaths) {
    const row = refused.insertRow()
    row.dataset.path = p.path
    cell(row, p.path)
    cell(row, p.reason)
  }
  $('#refused-section').hidden = r.refusedPaths.length === 0
  const problems = $('#problems')
  problems.replaceChildren(
    ...r.problems.map((p) => {
      const li = document.createElement('li')
      li.textContent = p
      return li
    }),
  )
  $('#problems-section').hidden = r.problems.length === 0
}

function showSummary(r: VerifyResult): void {
  const s = r.summary
  $('#summary-section').hidden = !s || (s.areas.length === 0 && s.pdfCount === 0)
  if (!s) return
  $('#summary-title').textContent = r.valid ? '内容摘要' : '内容摘要（未通过核对，仅供参考）'
  const counts = s.areas.map((a) => `${a.label} ${a.count ?? '—'} 条`)
  counts.push(`PDF ${s.pdfCount} 个（${formatBytes(s.pdfBytes)}）`)
  $('#counts').textContent = counts.join('；')
  const matters = clear($<HTMLTableElement>('#matters').tBodies[0]!)
  for (const m of s.matters) {
    const row = matters.insertRow()
    cell(row, chineseDate(m.date))
    cell(row, m.title)
    cell(row, m.result ?? '（未记结果）')
  }
  $('#matters-title').textContent =
    `四议两公开事项（${s.mattersTotal} 项${s.matters.length < s.mattersTotal ? `，列出前 ${s.matters.length} 项` : ''}）`
  const notices = clear($<HTMLTableElement>('#notices').tBodies[0]!)
  for (const n of s.notices) {
    const row = notices.insertRow()
    cell(row, chineseDate(n.date))
    cell(row, n.kind ?? '')
    cell(row, n.title)
    cell(row, n.result ?? '')
  }
  $('#notices-title').textContent =
    `公示公告（${s.noticesTotal} 份${s.notices.length < s.noticesTotal ? `，列出前 ${s.notices.length} 份` : ''}）`
  for (const id of ['#matters', '#matters-title']) $(id).hidden = s.matters.length === 0
  for (const id of ['#notices', '#notices-title']) $(id).hidden = s.notices.length === 0
}

function compareRegistered(): void {
  const typed = $<HTMLInputElement>('#registered-input')
    .value.trim()
    .toUpperCase()
    .replace(/[\s—–_]/g, '-')
  const out = $('#registered-result')
  out.className = ''
  if (!typed || !current) {
    out.textContent = ''
    return
  }
  if (!FINGERPRINT_PATTERN.test(typed)) {
    out.textContent = '指纹应为 8 组 4 位（0–9、A–F），用“-”连接'
    return
  }
  const same = typed === current.fingerprint
  out.textContent = same ? '✔ 一致：是登记的村密钥' : '✘ 不一致：不是登记的村密钥签的'
  out.className = same ? 'match' : 'mismatch'
}

function show(r: VerifyResult, fileName: string): void {
  current = r
  const verdict = $('#verdict')
  verdict.dataset.valid = String(r.valid)
  verdict.textContent = r.valid
    ? `✔ 有效：${fileName} 签名正确，所有文件与清单一致`
    : `✘ 无效：${fileName} ${r.signatureValid ? '签名正确，但内容有问题' : '未通过核对'}（见下面的问题）`
  showFacts(r)
  showFiles(r)
  showSummary(r)
  compareRegistered()
  $('#result').hidden = false
}

async function check(file: File): Promise<void> {
  $('#busy').hidden = false
  $('#result').hidden = true
  // let the page paint "正在核对" before the synchronous work starts
  await new Promise((resolve) => setTimeout(resolve, 30))
  let result: VerifyResult
  if (file.size > LIMITS.maxInputBytes)
    result = failedResult(`文件有 ${formatBytes(file.size)}，超过上限 ${formatBytes(LIMITS.maxInputBytes)}，拒绝处理`)
  else {
    try {
      result = await verifyBundle(new Uint8Array(await file.arrayBuffer()))
    } catch {
      result = failedResult('无法读取这个文件')
    }
  }
  $('#busy').hidden = true
  show(result, file.name)
}

function start(): void {
  const input = $<HTMLInputElement>('#file-input')
  input.addEventListener('change', () => {
    const file = input.files?.[0]
    if (file) void check(file)
  })
  const drop = $('#drop')
  drop.addEventListener('dragover', (e) => {
    e.preventDefault()
    drop.classList.add('over')
  })
  drop.addEventListener('dragleave', () => drop.classList.remove('over'))
  drop.addEventListener('drop', (e) => {
    e.preventDefault()
    drop.classList.remove('over')
    const file = e.dataTransfer?.files[0]
    if (file) void check(file)
  })
  // a file dropped beside the target must not make the browser navigate away to it
  window.addEventListener('dragover', (e) => e.preventDefault())
  window.addEventListener('drop', (e) => e.preventDefault())
  $('#registered-input').addEventListener('input', compareRegistered)
  $('#print').addEventListener('click', () => window.print())
}

start()
