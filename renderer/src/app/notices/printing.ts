/**
 * 公示的打印件 (the printed sheet): the screens' one door to print/. Rendering runs in a Web Worker;
 * the engine is warmed when 公示公告 opens, with the village's own names so their rarer hanzi are in
 * the first cut (print/render.ts).
 *
 * renderNoticePdf(content, village, onProgress?) → PDF bytes exactly as printed (masked).
 * renderResultRecordPdf(notice, village) → the 公示结果记录 (objections, replies, result) for the archive.
 * prepareNoticePrinting(village) warms the engine. missingGlyphs(text) → characters the bundled font
 * lacks (they would print as blanks).
 */
import type { Notice, NoticeContent } from '@/domain/notices/model'
import { printedNames, type VillageProfile } from '@/domain/village/profile'
import { buildNoticeDoc } from '@/print/notices'
import { buildResultRecordDoc } from '@/print/notices/resultRecord'
import { fontHasGlyphs, preparePdfEngine, renderPdf } from '@/print/render'

export class NoVillageProfileError extends Error {
  constructor() {
    super('请先在设置中填写村情信息')
  }
}

export function renderNoticePdf(
  content: NoticeContent,
  village: VillageProfile | undefined,
  onProgress?: (p: number) => void,
): Promise<Uint8Array> {
  if (!village) return Promise.reject(new NoVillageProfileError())
  return renderPdf(() => buildNoticeDoc(content, village), onProgress ? { onProgress } : {})
}

export function renderResultRecordPdf(notice: Notice, village: VillageProfile | undefined): Promise<Uint8Array> {
  if (!village) return Promise.reject(new NoVillageProfileError())
  return renderPdf(() => buildResultRecordDoc(notice, village))
}

export function prepareNoticePrinting(village: VillageProfile | undefined): void {
  preparePdfEngine(printedNames(village))
}

export async function missingGlyphs(text: string): Promise<string[]> {
  return (await fontHasGlyphs(text)).missing
}
