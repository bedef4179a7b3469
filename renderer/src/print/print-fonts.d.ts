// The virtual module made by renderer/build/printFonts.ts (registered in renderer/vite.config.ts).
declare module 'virtual:print-fonts' {
  import type { FontFaceId } from '@/print/fonts'
  /** Each face's core cut (Latin, punctuation, symbols, GB 2312, division-name and name hanzi), made at build time. */
  export const CORE_FONT_URLS: Readonly<Record<FontFaceId, string>>
  /** The complete bundled TTFs, for characters outside the core set. */
  export const FULL_FONT_URLS: Readonly<Record<FontFaceId, string>>
}
