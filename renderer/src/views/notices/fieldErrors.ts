/**
 * Errors at the field they concern: the notice rules (domain/notices/lifecycle.ts) name each problem
 * in a sentence ("请填写异议人", "公示开始日期不能早于成文日期"); this finds the field a sentence is about,
 * so the screen shows it under that field instead of in one box under the buttons.
 *
 * placeErrors(messages, fields) → { at: { field: message }, rest: messages about no listed field }.
 * fields: [field, words] in order of precedence; the first field whose word the message contains wins.
 */
export type FieldWords<F extends string> = readonly (readonly [F, readonly string[]])[]

export interface PlacedErrors<F extends string> {
  at: Partial<Record<F, string>>
  rest: string[]
}

export function placeErrors<F extends string>(messages: readonly string[], fields: FieldWords<F>): PlacedErrors<F> {
  const at: Partial<Record<F, string>> = {}
  const rest: string[] = []
  for (const message of messages) {
    // the earliest-mentioned field: “标题含有完整的身份证号” is about the title even if it names 正文 later
    let best: { field: F; index: number } | undefined
    for (const [field, words] of fields)
      for (const word of words) {
        const index = message.indexOf(word)
        if (index >= 0 && (!best || index < best.index)) best = { field, index }
      }
    if (best && at[best.field] === undefined) at[best.field] = message
    else if (best) at[best.field] += `；${message}`
    else rest.push(message)
  }
  return { at, rest }
}

/** The editor's fields (NoticeEditor.vue) and how the issue rules name them. */
export const EDITOR_FIELDS = [
  ['title', ['标题']],
  ['bodyText', ['正文']],
  ['issuer', ['落款']],
  ['phone', ['监督电话']],
  ['supervisionBody', ['受理异议']],
  ['start', ['公示开始日期', '公示期', '公示天数']],
  ['dateSigned', ['成文日期']],
  ['list', ['名单']],
] as const satisfies FieldWords<string>

export type EditorField = (typeof EDITOR_FIELDS)[number][0]

/** The objection form and the result box of a notice (NoticeDetail.vue). */
export const OBJECTION_FIELDS = [
  ['date', ['异议日期', '公示期外']],
  ['who', ['异议人']],
  ['content', ['异议内容']],
] as const satisfies FieldWords<string>

export type ObjectionField = (typeof OBJECTION_FIELDS)[number][0]
