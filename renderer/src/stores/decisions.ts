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
import { recordMeeting, type MatterMeetingInput, type MatterMeetingOptions } from '@/app/meetings/recordMeeting'
import type { Implementation, MotionSource } from '@/domain/decisions/model'
import type { MatterTag } from '@/domain/meetings/matters'
import { useNoticesStore } from './notices'
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

  return { matters, loaded, open, load, openMatter, create, record, publish, implement, finish }
})
