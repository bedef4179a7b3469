/**
 * Puts back, once per visit to 公示公告 or to one notice, the working copies a closed window left
 * (app/notices/draftKeeping.ts recoverNoticeDrafts), BEFORE the list or the editor shows a draft:
 * an editor opened on the older version would otherwise type over it and be refused on save.
 *
 * recoverDraftsBeforeShowing() → Promise<void>; never rejects (an error is shown, the screen goes on).
 */
import { ElMessage } from 'element-plus'
import { browserWorkingCopies, recoverNoticeDrafts } from '@/app/notices/draftKeeping'
import { useNoticesStore } from '@/stores/notices'
import { useVillageStore } from '@/stores/village'

let running: Promise<void> | null = null

export function recoverDraftsBeforeShowing(): Promise<void> {
  if (running) return running
  const store = useNoticesStore()
  const village = useVillageStore()
  running = (async () => {
    try {
      const { recovered } = await recoverNoticeDrafts(village.context(), browserWorkingCopies(), store.saveDraft)
      if (recovered.length) ElMessage.success({ message: `已恢复上次关闭窗口前未保存的草稿：${recovered.join('、')}`, duration: 6000 })
    } catch (error) {
      ElMessage.error(`恢复未保存的草稿时出错：${(error as Error).message}`)
    } finally {
      running = null
    }
  })()
  return running
}
