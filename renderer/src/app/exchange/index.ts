/**
 * 导出与备份 for the screens: the village key (villageKey.ts), what a bundle would hold
 * (collect.ts), exporting a bundle and its 报送函 (exportBundle.ts), the yearly Excel 台账
 * (ledgers.ts) and the verifier file (verifierFile.ts). Backups: app/backup.
 */
export { EXCHANGE_AREAS, previewCounts, type ContentCounts, type ExchangeArea, type ExchangePeriod } from './collect'
export {
  checkSelection,
  exportBundle,
  ExchangeInputError,
  lastBundle,
  type BundleExport,
  type BundleExportOptions,
  type BundleProgress,
  type LastBundle,
} from './exportBundle'
export { exportLedger, LEDGERS, type LedgerExport, type LedgerKind } from './ledgers'
export { verifierFile, VERIFIER_FILE_NAME } from './verifierFile'
export {
  ensureVillageKey,
  rotateVillageKey,
  villageKeyInfo,
  VillageKeyStoreError,
  type RetiredKey,
  type VillageKeyInfo,
} from './villageKey'
export { checkExportPurpose, PURPOSE_MAX_LENGTH } from '../people/exportRoster'
