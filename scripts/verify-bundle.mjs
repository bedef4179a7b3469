#!/usr/bin/env node
/**
 * verify-bundle: check a 乡约 报送包 (township bundle) from the command line. STABLE ENTRY POINT.
 *
 *   node scripts/verify-bundle.mjs FILE [--json] [--fingerprint XXXX-XXXX-…]
 *
 * Input:  FILE, a bundle (.zip) as written by 乡约's 导出 → 报送包.
 *         --json         print the verification result as JSON (the VerifyResult of
 *                        renderer/src/exchange/bundle/verifyCore.d.mts) instead of the Chinese report.
 *         --fingerprint  the key fingerprint the township registered for this village: the bundle
 *                        is then valid only if it was signed by that key.
 * Output: stdout, a readable Chinese report (or the JSON); usage errors on stderr.
 * Exit:   0 valid; 1 not valid, or FILE cannot be read; 2 usage error.
 *
 * Runs with plain node (≥ 20) on a fresh clone after `npm ci`: the core is plain JS
 * (renderer/src/exchange/bundle/verifyCore.mjs), the same code as the HTML verifier page.
 */
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { FINGERPRINT_PATTERN, LIMITS, formatBytes } from '../renderer/src/exchange/bundle/format.mjs'
import { formatReport } from '../renderer/src/exchange/bundle/report.mjs'
import { failedResult, verifyBundle } from '../renderer/src/exchange/bundle/verifyCore.mjs'

const USAGE = `用法：node scripts/verify-bundle.mjs 报送包.zip [--json] [--fingerprint XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX]
  --json         以 JSON 输出核对结果
  --fingerprint  乡镇登记的密钥指纹：只有用这把密钥签名的报送包才算有效
退出码：0 有效；1 无效或无法读取；2 用法错误`

function parseArgs(argv) {
  const options = { json: false, fingerprint: null, file: null }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--json') options.json = true
    else if (arg === '--help' || arg === '-h') return { help: true }
    else if (arg === '--fingerprint') {
      const value = (argv[++i] ?? '').toUpperCase()
      if (!FINGERPRINT_PATTERN.test(value)) return { error: '--fingerprint 后应跟 8 组 4 位十六进制数，用“-”连接' }
      options.fingerprint = value
    } else if (arg.startsWith('-')) return { error: `不认识的选项 ${arg}` }
    else if (options.file === null) options.file = arg
    else return { error: '只能核对一个文件' }
  }
  if (options.file === null) return { error: '请给出要核对的报送包文件' }
  return options
}

async function readBundle(file) {
  let info
  try {
    info = await stat(file)
  } catch {
    return { error: `无法读取文件 ${file}：文件不存在或没有权限` }
  }
  if (!info.isFile()) return { error: `${file} 不是文件` }
  if (info.size > LIMITS.maxInputBytes)
    return { error: `文件有 ${formatBytes(info.size)}，超过上限 ${formatBytes(LIMITS.maxInputBytes)}，拒绝处理` }
  try {
    const buffer = await readFile(file)
    return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) }
  } catch {
    return { error: `无法读取文件 ${file}` }
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  if (options.help) {
    console.log(USAGE)
    return 0
  }
  if (options.error) {
    console.error(`${options.error}\n\n${USAGE}`)
    return 2
  }
  const read = await readBundle(options.file)
  const result = read.error ? failedResult(read.error) : await verifyBundle(read.bytes)
  if (options.fingerprint && result.fingerprint !== options.fingerprint) {
    result.problems.push(`签名密钥的指纹 ${result.fingerprint ?? '（无）'} 不是登记的指纹 ${options.fingerprint}`)
    result.valid = false
  }
  console.log(options.json ? JSON.stringify(result, null, 2) : formatReport(result, { fileName: basename(options.file) }))
  return result.valid ? 0 : 1
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    console.error(`核对时出错：${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  },
)
