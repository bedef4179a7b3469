/**
 * 四议两公开 store: a thin cache of the matters (a village has tens a year, hundreds in ten years)
 * and of the matter open on screen with its meetings. Every write is a use case in app/decisions or
 * app/meetings (audited, one unit of work); the store then replaces the rows it changed.
 */
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { createMatter } from '@/app/decisions/createMatter'
import {
  finishDisclosure,
  publishResolution,
  publishResult,
  recordImplementation,
  type DisclosureOptions,
} from '@/app/decisions/disclosure'
import { getMatterWithMeetings, listMatters, type MatterFilter, type MatterRow, type MeetingRow } from '@/app/decisions/listMatters'
import { renderDecisionLedgerPdf, renderMeetingPaperPdf, renderRegisterFormPdf, type MeetingPaper } from '@/app/meetings/printing'
import { villageRuleProfile } from '@/app/meetings/profile'
import { recordMeeting, type MatterMeetingInput, type MatterMeetingOptions } from '@/app/meetings/recordMeeting'
import { recordVoteCorrection } from '@/app/meetings/recordVoteCorrection'
import { attachSignInPhoto, readSignInPhoto } from '@/app/meetings/signInPhoto'
import { todayIso } from '@/app/clock'
import type { VoteEntry } from '@/domain/meetings/votes'
import type { Implementation, MotionSource } from '@/domain/decisions/model'
import type { MatterTag } from '@/domain/meetings/matters'
import { useNoticesStore } from './notices'
import { usePeopleStore } from './people'
import { useVillageStore } from './village'

export type { MatterRow, MeetingRow }

export const useDecisionsStore = defineStore('decisions', () => {
  const matters = shallowRef<MatterRow[]>([])
  const loaded = shallowRef(false)
  /** The matter open on screen, with its meetings in order. */
  const open = shallowRef<{ matter: MatterRow; meetings: MeetingRow[] } | undefined>()

  const context = () => useVillageStore().context()

  async function load(filter: MatterFilter = {}): Promise<void> {
    matters.value = await listMatters(context(), filter)
    loaded.value = true
  }

  function replace(row: MatterRow) {
    const i = matters.value.findIndex((m) => m.id === row.id)
    matters.value = i >= 0 ? matters.value.map((m) => (m.id === row.id ? row : m)) : [row, ...matters.value]
    if (open.value?.matter.id === row.id) open.value = { ...open.value, matter: row }
  }

  async function openMatter(id: string): Promise<void> {
    open.value = await getMatterWithMeetings(context(), id)
  }

  async function create(input: { title: string; motionSource: MotionSource; tags: MatterTag[] }): Promise<MatterRow> {
    const row = await createMatter(context(), input)
    replace(row)
    return row
  }

  async function record(matter: MatterRow, input: MatterMeetingInput, opts: MatterMeetingOptions = {}) {
    const out = await recordMeeting(context(), matter, input, opts)
    replace(out.matter)
    if (open.value?.matter.id === out.matter.id) open.value = { matter: out.matter, meetings: [...open.value.meetings, out.meeting] }
    return out
  }

  /** ⑤ or ⑥: the notice is a draft in 公示公告; the notices cache is re-read so it shows there at once. */
  async function publish(kind: 'resolution' | 'result', matter: MatterRow, options: DisclosureOptions) {
    const out = await (kind === 'resolution' ? publishResolution : publishResult)(context(), matter, options)
    replace(out.matter)
    await useNoticesStore().load()
    return out
  }

  async function implement(matter: MatterRow, input: { cost?: number; progress: string; acceptance?: Implementation['acceptance'] }) {
    const row = await recordImplementation(context(), matter, input)
    replace(row)
    return row
  }

  /** ⑤ ends after its last day, every objection answered: on to ⑥ (or back to ③ over an unresolved objection). */
  async function finish(matter: MatterRow, input: { unresolved?: string[]; outcome?: 'proceed' | 'return_to_review' } = {}) {
    const row = await finishDisclosure(context(), matter, input)
    replace(row)
    return row
  }

  function replaceMeeting(row: MeetingRow) {
    if (open.value?.meetings.some((m) => m.id === row.id))
      open.value = { ...open.value, meetings: open.value.meetings.map((m) => (m.id === row.id ? row : m)) }
  }

  /** 复核、重新计票: the first entry stays, the correction is logged beside it (and beside a frozen decision). */
  async function correctVote(meeting: MeetingRow, input: { patch: Partial<VoteEntry>; why: string; motionIndex?: number }) {
    const out = await recordVoteCorrection(context(), meeting, input)
    replaceMeeting(out.meeting)
    if (out.matter) replace(out.matter)
    return out
  }

  async function attachPhoto(meeting: MeetingRow, file: { name: string; bytes: Uint8Array }) {
    const row = await attachSignInPhoto(context(), meeting, file)
    replaceMeeting(row)
    return row
  }

  const readPhoto = (meeting: MeetingRow) => readSignInPhoto(context(), meeting)

  /** 签到表 (with each person's 村民小组 from the registry), 表决票, 会议记录 (judged under the village's profile). */
  async function renderPaper(paper: MeetingPaper, meeting: MeetingRow) {
    const people = usePeopleStore()
    if (paper === '签到表') await people.load()
    const profile = paper === '会议记录' ? await villageRuleProfile(context()) : undefined
    return renderMeetingPaperPdf(paper, meeting, useVillageStore().profile, {
      ...(paper === '签到表' ? { registry: { villagers: people.villagers, households: people.households } } : {}),
      ...(profile ? { profile } : {}),
    })
  }

  const renderRegisterForm = (matter: MatterRow) =>
    renderRegisterFormPdf(matter, useVillageStore().profile, todayIso(), { notices: useNoticesStore().notices })

  /** The year's 台账 lists every matter of that year, whatever the filter on screen shows. */
  async function renderLedger(year: number) {
    const all = await listMatters(context(), { year })
    return renderDecisionLedgerPdf(all, year, useVillageStore().profile, todayIso())
  }

  return {
    matters,
    loaded,
    open,
    load,
    openMatter,
    create,
    record,
    publish,
    implement,
    finish,
    correctVote,
    attachPhoto,
    readPhoto,
    renderPaper,
    renderRegisterForm,
    renderLedger,
  }
})
