/**
 * 报送包 (township bundle): build and sign (build.ts), the village key (keys.ts), key rotation
 * (rotation.ts), verification (verify.ts → verifyCore.mjs, shared with the CLI and the HTML page).
 * Format: FORMAT.md.
 */
export { buildBundle, BundleInputError, type BuildOptions, type BuiltBundle, type BundleInput } from './build'
export {
  generateVillageKey,
  generateVillageKeyWithBackup,
  restoreVillageKey,
  signerFor,
  signerFromSecretKey,
  VillageKeyError,
  type BundleSigner,
  type VillageKey,
  type VillageKeyBackup,
} from './keys'
export { makeRotationStatement, type RotationRequest } from './rotation'
export {
  verifyBundle,
  verifyBundleFile,
  verifyRotationStatement,
  type BundleManifest,
  type BundleSummary,
  type FileCheck,
  type FileStatus,
  type RotationCheck,
  type RotationStatement,
  type VerifyResult,
} from './verify'
export { fingerprintOf, LIMITS as BUNDLE_LIMITS } from './format.mjs'
export { formatReport } from './report.mjs'
export { coverLetterFacts, type CoverLetterLine } from './coverLetter'
