/**
 * The form behind both 更正 dialogs (a villager's 姓名/身份证号/与户主关系, a household's 户号/村民小组):
 * the typed value and reason, the refusal shown at the field it concerns, the busy flag, and the
 * success message once the old value is kept in 更正记录.
 *
 *   useCorrectionForm(label, submit, finished) → { form, save }
 *     submit(value, reason) → undefined when saved, or { at: 'value' | 'reason', reason } (nothing written)
 *     finished() runs after a saved correction (the dialog closes and tells its parent)
 * An error thrown by submit (a record changed in another window) is shown at the value.
 */
import { reactive, type Ref } from 'vue'
import { ElMessage } from 'element-plus'

export type CorrectionRefusal = { at: 'value' | 'reason'; reason: string } | undefined

export function useCorrectionForm(
  label: Ref<string>,
  submit: (value: string, reason: string) => Promise<CorrectionRefusal>,
  finished: () => void,
) {
  const form = reactive({ value: '', reason: '', valueError: '', reasonError: '', busy: false })

  async function save(): Promise<void> {
    form.valueError = ''
    form.reasonError = ''
    form.busy = true
    try {
      const refusal = await submit(form.value, form.reason)
      if (refusal) {
        if (refusal.at === 'reason') form.reasonError = refusal.reason
        else form.valueError = refusal.reason
        return
      }
    } catch (error) {
      form.valueError = (error as Error).message
      return
    } finally {
      form.busy = false
    }
    ElMessage.success(`${label.value}已更正，原来的记录保留在更正记录中`)
    finished()
  }

  return { form, save }
}
