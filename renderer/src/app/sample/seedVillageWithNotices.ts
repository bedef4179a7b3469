/**
 * Test and bench support (tests and the backup bench page, never the app): a database filled the way the app fills it — the village
 * profile, the sample village and notices with their issued PDFs, all through the use cases and the
 * audited unit of work, so the audit chain is real.
 *
 * seedVillage(db, { size, notices, pdfBytes, villageName, areaCode }) → the profile written.
 */
import { saveVillageProfile } from '@/app/village/profile'
import { loadSampleVillage } from '@/app/sample/loadSampleVillage'
import { audited } from '@/db/unitOfWork'
import type { XiangyueDb } from '@/db/schema'
import { fixedClock } from '@/domain/calendar/clock'
import { sha256OfBytes } from '@/domain/evidence/hash'
import { createDraft } from '@/domain/notices/lifecycle'
import type { VillageProfile } from '@/domain/village/profile'
import type { SampleSize } from '@/sample/generateVillage'

export const ZHAIZI: VillageProfile = {
  villageName: '宅子村',
  townshipName: '罗庄镇',
  countyName: '邓州市',
  areaCode: '411381102200',
  areaCodeManual: false,
  committeeName: '宅子村村民委员会',
  partyOrgName: '中共宅子村支部委员会',
  supervisionPhone: '0377-62123456',
  secretaryName: '李秀英',
}

/** Bytes that look like a PDF and do not compress (as a real PDF's streams do not). */
export function fakePdf(seed: number, size: number): Uint8Array {
  const bytes = new Uint8Array(size)
  let x = (seed * 2654435761) >>> 0 || 1
  for (let i = 0; i < size; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    bytes[i] = x & 0xff
  }
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'), 0)
  return bytes
}

export interface SeedOptions {
  size?: SampleSize
  notices?: number
  pdfBytes?: number
  profile?: Partial<VillageProfile>
  /** the instant the seeding happens at */
  at?: string
}

export async function seedVillage(db: XiangyueDb, options: SeedOptions = {}): Promise<VillageProfile> {
  const profile = { ...ZHAIZI, ...options.profile }
  const clock = fixedClock(options.at ?? '2026-11-20T02:00:00.000Z')
  const ctx = { db, actor: profile.secretaryName, clock }
  await saveVillageProfile(ctx, profile, undefined)
  await loadSampleVillage(ctx, options.size ?? 'small')
  const now = clock.now().toISOString()
  for (let i = 0; i < (options.notices ?? 2); i++) {
    const id = `01KNOTICE${String(i).padStart(17, '0')}`
    const notice = createDraft(
      {
        kind: '通用公示',
        title: `关于${2026}年第${i + 1}号事项的公示`,
        body: [`经村民代表会议讨论，现将第${i + 1}号事项公示如下。`],
        period: { start: '2026-11-21', days: 7, unit: 'calendar' },
        objectionChannel: { phone: profile.supervisionPhone, supervisionBody: '村务监督委员会' },
        issuer: profile.committeeName,
        dateSigned: '2026-11-20',
        sealed: true,
      },
      { id, now },
    )
    const bytes = fakePdf(i + 1, options.pdfBytes ?? 20_000)
    await audited(ctx, ['notices', 'noticeFiles'], async (work) => {
      await work.add('notices', notice, { action: 'create', summary: `拟稿：${notice.title}` })
      await work.add(
        'noticeFiles',
        {
          id: `01KFILE${String(i).padStart(19, '0')}`,
          noticeId: id,
          kind: 'issued-pdf',
          name: `${notice.title}.pdf`,
          mime: 'application/pdf',
          bytes,
          sha256: sha256OfBytes(bytes),
          createdAt: now,
        },
        { action: 'create', summary: `保存签发的PDF：${notice.title}` },
      )
    })
  }
  return profile
}
