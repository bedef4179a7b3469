/**
 * The verification core for TypeScript callers (the township import, the 导出 screen's self-check).
 * The implementation is verifyCore.mjs, plain JS shared with the CLI and the HTML verifier page, so
 * all three give the same answer; this module only gives it its types and one helper.
 */
import { LIMITS, formatBytes } from './format.mjs'
import { failedResult, verifyBundle, type VerifyResult } from './verifyCore.mjs'

export { verifyBundle, verifyRotationStatement } from './verifyCore.mjs'
export type { BundleManifest, FileCheck, FileStatus, RotationCheck, RotationStatement, VerifyResult } from './verifyCore.mjs'
export type { BundleSummary } from './summary.mjs'

/** Verify a bundle the user picked (a File or Blob); reading it is the only async part. */
export async function verifyBundleFile(file: Blob): Promise<VerifyResult> {
  if (file.size > LIMITS.maxInputBytes)
    return failedResult(`文件有 ${formatBytes(file.size)}，超过上限 ${formatBytes(LIMITS.maxInputBytes)}，拒绝处理`)
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await file.arrayBuffer())
  } catch {
    return failedResult('无法读取这个文件')
  }
  return verifyBundle(bytes)
}
