/** 乡镇汇总 use cases: the only callers of db/township. */
export { configureTownship, townshipContext, type TownshipContext } from './context'
export { fileOfBytes, importBundles, type FileOutcome, type ImportReport, type IncomingFile } from './importBundles'
export {
  bundlePdf,
  importLog,
  listVillages,
  villageDetail,
  yearsOnFile,
  type BundleLine,
  type MatterLine,
  type VillageDetail,
  type VillageRow,
} from './villages'
export { exportTableXlsx, townshipTableXlsx } from './exportTable'
export { appMode, setAppMode, type AppMode } from './mode'
export { loadTownshipSample } from './loadSample'
