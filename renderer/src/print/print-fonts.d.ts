// The virtual module made by renderer/build/printFonts.ts (registered in renderer/vite.config.ts).
declare module 'virtual:print-fonts' {
  import type { FontFaceId, SubsetCut } from '@/print/fonts'
  /**
   * The subsets made at build time, per cut: 'lean' (title and heading faces only: level-1 GB 2312
   * and everyday symbols) and 'core' (Latin, punctuation, symbols, GB 2312, division-name and name
   * hanzi).
   */
  export const SUBSET_FONT_URLS: Readonly<Record<SubsetCut, Readonly<Partial<Record<FontFaceId, string>>>>>
  /** The complete bundled TTFs, for characters outside the core set. */
  export const FULL_FONT_URLS: Readonly<Record<FontFaceId, string>>
}
