/**
 * 导出报送包 (exporting a bundle for the township) and its 报送函, in the order the evidence needs:
 *
 *   exportBundle(ctx, { period, areas, personData, purpose? }, save, { onProgress?, renderPdf? })
 *     → { saved, fileName, letterFileName, sha256, fingerprint, counts, letterPdf, bytes }
 *
 *   1. checks: a period (from ≤ to), at least one area, the village profile with its 12-digit code;
 *      full person data only with a purpose (checkExportPurpose, as for the roster) → else
 *      ExchangeInputError (Chinese, `field` names the form field) and nothing is written;
 *   2. the village key (made at first use, villageKey.ts);
 *   3. its own audited unit, BEFORE anything is read or built: what is exported, the period, the
 *      areas, and “个人信息已遮蔽” (action 'export') or “含完整个人信息，用途：…” (action 'reveal');
 *   4. the content (collect.ts), the audit head as it is now (so the entry of step 3 is in it), the
 *      previous bundle's SHA-256 (the 'lastBundle' settings row), a pending 换钥声明; built and signed;
 *   5. the 报送函 PDF (coverLetterDoc.ts, rendered in the PDF worker);
 *   6. `save` for the bundle, then for the letter (the shell's save: a dialog on the desktop, a
 *      download in the browser);
 *   7. the outcome, audited: when the bundle was saved, the 'lastBundle' row moves to this bundle (the
 *      next one chains to it) and a carried 换钥声明 is cleared, in the same unit as the outcome entry;
 *      cancelled or failed: only the outcome entry, the chain stays where it was.
 */
import { audited } from '@/db/unitOfWork'
import { loadVillageProfile } from '@/db/repositories/village'
import { beijingDate } from '@/domain/calendar/clock'
import { formatChineseDate, parseIsoDate } from '@/domain/calendar/calendar'
import { buildBundle, type BuiltBundle } from '@/exchange/bundle'
import { buildCoverLetterDoc } from '@/exchange/bundle/coverLetterDoc'
import type { PrintDocument } from '@/print/pdf-types'
import { renderPdf as workerRenderPdf } from '@/print/render'
import type { AppContext } from '../context'
import { checkExportPurpose, type SaveFile } from '../people/exportRoster'
import { collectBundleContent, EXCHANGE_AREAS, type ContentCounts, type ExchangeArea, type ExchangePeriod } from './collect'
import { VILLAGE_KEY_SETTING, ensureVillageKey } from './villageKey'

export const LAST_BUNDLE_SETTING = 'lastBundle'

export interface LastBundle {
  sha256: string
  fileName: string
  createdAt: string
  period: ExchangePeriod
  fingerprint: string
}

export interface BundleExportOptions {
  period: ExchangePeriod
  areas: readonly ExchangeArea[]
  personData: 'masked' | 'full'
  purpose?: string
}

export interface BundleProgress {
  step: number
  of: number
  message: string
}

export interface BundleExport {
  saved: boolean
  letterSaved: boolean
  fileName: string
  letterFileName: string
  sha256: string
  fingerprint: string
  counts: ContentCounts
  bytes: Uint8Array
  letterPdf: Uint8Array
}

export class ExchangeInputError extends Error {
  constructor(
    message: string,
    readonly field: 'period' | 'areas' | 'purpose' | 'village',
  ) {
    super(message)
  }
}

export async function lastBundle(ctx: AppContext): Promise<LastBundle | null> {
  const row = await ctx.db.settings.get(LAST_BUNDLE_SETTING)
  return (row?.value as LastBundle | undefined) ?? null
}

function periodWords(p: ExchangePeriod): string {
  return `${formatChineseDate(p.from)}至${formatChineseDate(p.to)}`
}

function areaWords(areas: readonly ExchangeArea[]): string {
  return EXCHANGE_AREAS.filter((a) => areas.includes(a.area))
    .map((a) => a.label)
    .join('、')
}

export function checkSelection(options: Pick<BundleExportOptions, 'period' | 'areas'>): void {
  const { from, to } = options.period
  if (!parseIsoDate(from) || !parseIsoDate(to)) throw new ExchangeInputError('请选择报送期间', 'period')
  if (from > to) throw new ExchangeInputError('报送期间的开始日期晚于结束日期', 'period')
  if (options.areas.length === 0) throw new ExchangeInputError('请至少选择一类数据', 'areas')
}

async function note(ctx: AppContext, action: 'export' | 'reveal', summary: string): Promise<void> {
  await audited(ctx, [], async (work) => work.record({ action, table: 'settings', recordId: 'bundle', summary }))
}

export interface BundleExportHooks {
  onProgress?: (p: BundleProgress) => void
  /** default: the PDF worker */
  renderPdf?: (doc: PrintDocument) => Promise<Uint8Array>
  generator?: string
}

export async function exportBundle(
  ctx: AppContext,
  options: BundleExportOptions,
  save: SaveFile,
  hooks: BundleExportHooks = {},
): Promise<BundleExport> {
  checkSelection(options)
  let purpose = ''
  if (options.personData === 'full') {
    const checked = checkExportPurpose(options.purpose)
    if ('error' in checked) throw new ExchangeInputError(checked.error, 'purpose')
    purpose = checked.purpose
  }
  const village = await loadVillageProfile(ctx.db)
  if (!village) throw new ExchangeInputError('请先在设置中填写村情信息', 'village')
  if (!/^\d{12}$/.test(village.areaCode)) throw new ExchangeInputError('村情信息中的区划代码应为12位数字，请先在设置中改正', 'village')
  const progress = (step: number, message: string) => hooks.onProgress?.({ step, of: 5, message })

  progress(1, '正在准备村密钥…')
  const key = await ensureVillageKey(ctx)
  const what = `导出报送包（${periodWords(options.period)}；${areaWords(options.areas)}）`
  await note(
    ctx,
    options.personData === 'full' ? 'reveal' : 'export',
    options.personData === 'full' ? `${what}，含完整个人信息（经确认），用途：${purpose}` : `${what}，个人信息已遮蔽`,
  )
  const outcome = (summary: string) => note(ctx, 'export', `${what}的结果：${summary}`)

  let built: BuiltBundle
  let letterPdf: Uint8Array
  let counts: ContentCounts
  try {
    progress(2, '正在读取本期数据…')
    const content = await collectBundleContent(ctx, {
      period: options.period,
      areas: options.areas,
      personData: options.personData,
      ...(village.supervisionPhone ? { allowedDigits: village.supervisionPhone } : {}),
    })
    counts = content.counts
    const head = (content.data.audit as { seq: number; hash: string }[])[0]
    const previous = await lastBundle(ctx)
    const at = ctx.clock.now()
    progress(3, '正在计算防篡改校验码并签名…')
    built = await buildBundle(
      {
        village: { name: village.villageName, code: village.areaCode },
        period: { ...options.period },
        createdAt: at.toISOString(),
        previousBundleSha256: previous?.sha256 ?? null,
        auditHead: head ? { seq: head.seq, hash: head.hash } : null,
        personData: options.personData === 'full' ? { mode: 'full', purpose } : { mode: 'masked' },
        data: content.data,
        pdfs: content.pdfs,
        ...(key.pendingRotation ? { keyRotation: key.pendingRotation } : {}),
        generator: hooks.generator ?? '乡约',
      },
      key.signer,
    )
    progress(4, '正在生成报送函…')
    const doc = buildCoverLetterDoc(built, village, { date: beijingDate(at) })
    letterPdf = await (hooks.renderPdf ?? ((d: PrintDocument) => workerRenderPdf(d)))(doc)
  } catch (error) {
    await outcome(`失败，${(error as Error).message || '原因不明'}`).catch(() => undefined)
    throw error
  }

  progress(5, '正在保存…')
  const letterFileName = built.fileName.replace(/^报送包/, '报送函').replace(/\.zip$/, '.pdf')
  let saved = false
  let letterSaved = false
  try {
    ;({ saved } = await save(built.bytes, built.fileName))
    if (saved) ({ saved: letterSaved } = await save(letterPdf, letterFileName))
  } catch (error) {
    await outcome(`保存失败，${(error as Error).message || '原因不明'}`).catch(() => undefined)
    throw error
  }
  if (saved) {
    const next: LastBundle = {
      sha256: built.sha256,
      fileName: built.fileName,
      createdAt: built.manifest.createdAt,
      period: { ...options.period },
      fingerprint: built.fingerprint,
    }
    const previousRow = await ctx.db.settings.get(LAST_BUNDLE_SETTING)
    const keyRow = await ctx.db.settings.get(VILLAGE_KEY_SETTING)
    const recorded = audited(ctx, ['settings'], async (work) => {
      const seen = await work.read('settings', LAST_BUNDLE_SETTING, previousRow ? (previousRow.updatedAt ?? '') : undefined)
      await work.put(
        'settings',
        { key: LAST_BUNDLE_SETTING, value: next },
        {
          action: 'export',
          summary: `${what}的结果：已保存“${built.fileName}”，防篡改校验码 ${built.sha256.slice(0, 16)}…${seen ? '，接续上一个报送包' : '（首次报送）'}${letterSaved ? '；报送函已保存' : '；报送函未保存'}`,
        },
      )
      const carried = built.manifest.keyRotation
      const value = keyRow?.value as { pendingRotation?: { signature: string } } | undefined
      if (carried && value?.pendingRotation?.signature === carried.signature) {
        const { pendingRotation: _done, ...rest } = value
        await work.read('settings', VILLAGE_KEY_SETTING, keyRow!.updatedAt ?? '')
        await work.put('settings', { key: VILLAGE_KEY_SETTING, value: rest }, { action: 'update', summary: '换钥声明已随报送包送出' })
      }
    })
    try {
      await recorded
    } catch (error) {
      // e.g. another window exported meanwhile: the file exists, so say so rather than "failed"
      throw new Error(`报送包已保存，但未能记入操作日志和报送记录（${(error as Error).message}），请刷新后查看`)
    }
  } else {
    await outcome('已取消，文件未保存')
  }
  return {
    saved,
    letterSaved,
    fileName: built.fileName,
    letterFileName,
    sha256: built.sha256,
    fingerprint: built.fingerprint,
    counts,
    bytes: built.bytes,
    letterPdf,
  }
}
