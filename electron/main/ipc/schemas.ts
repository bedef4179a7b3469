/**
 * zod schemas for every IPC channel's arguments, and `validateCall`, the one place arguments are
 * checked. Pure (no electron import) so every refusal is unit-tested.
 *
 * The schema table is checked against the contract at compile time: a channel without a schema,
 * or a schema whose output does not match the contract's argument tuple, does not type-check.
 */
import { z } from 'zod'
import { CHANNELS, type Channel, type ChannelArgs } from '../../contract'
import { safeFileName } from '../../fileName'
import { backupArgsSchemas } from './backupSchemas'

const MiB = 1024 * 1024

/** Largest file the renderer may ask us to write (backups of a large village fit well below). */
export const MAX_SAVE_BYTES = 512 * MiB
/** Default cap for openFile when the renderer does not give one. */
export const DEFAULT_OPEN_MAX_BYTES = 50 * MiB
/** Hard ceiling for openFile's maxBytes: the whole file crosses IPC in one message. */
export const MAX_OPEN_BYTES = 512 * MiB
/** Largest PDF we put in a print preview. */
export const MAX_PRINT_BYTES = 200 * MiB

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d] // '%PDF-'

// C0 controls, DEL and C1 controls: never in a file name or a window title.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/
function bytesSchema(maxBytes: number, what: string) {
  return z
    .instanceof(Uint8Array, { message: `${what}必须是 Uint8Array` })
    .refine((bytes) => bytes.byteLength > 0, { message: `${what}为空` })
    .refine((bytes) => bytes.byteLength <= maxBytes, {
      message: `${what}超过上限 ${Math.floor(maxBytes / MiB)} MB`,
    })
}

/**
 * A file name, made safe rather than refused (electron/fileName.ts): a title with / : ? " or over
 * the length limit used to make 保存PDF throw here with nothing on screen. The result is a bare
 * name: no directory part, no path syntax, no bidi or control characters, no device name.
 */
export const fileNameSchema = z
  .string()
  .max(2000, { message: '文件名过长' })
  .transform((name) => safeFileName(name))

export const fileFilterSchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(100)
    .refine((s) => !CONTROL_CHARS.test(s), { message: '筛选器名称不能包含控制字符' }),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, { message: '扩展名只能是字母数字（不带点），或 *' }))
    .min(1)
    .max(20),
})

const filtersSchema = z.array(fileFilterSchema).max(20).optional()

export const saveFileRequestSchema = z.strictObject({
  bytes: bytesSchema(MAX_SAVE_BYTES, '文件内容'),
  suggestedName: fileNameSchema,
  filters: filtersSchema,
})

export const openFileRequestSchema = z.strictObject({
  filters: filtersSchema,
  maxBytes: z.number().int().positive().max(MAX_OPEN_BYTES).optional(),
})

export const printPdfRequestSchema = z.strictObject({
  bytes: bytesSchema(MAX_PRINT_BYTES, 'PDF 内容').refine(startsWithPdfMagic, {
    message: '内容不是 PDF（应以 %PDF- 开头）',
  }),
  title: z
    .string()
    .min(1, { message: '标题为空' })
    .max(200, { message: '标题过长（最多 200 个字符）' })
    .refine((s) => !CONTROL_CHARS.test(s), { message: '标题不能包含控制字符' }),
})

/** Channel -> schema of its argument tuple. Tuples refuse extra arguments. */
export const argsSchemas = {
  [CHANNELS.appVersion]: z.tuple([]),
  [CHANNELS.saveFile]: z.tuple([saveFileRequestSchema]),
  [CHANNELS.openFile]: z.tuple([openFileRequestSchema]),
  [CHANNELS.printPdf]: z.tuple([printPdfRequestSchema]),
  [CHANNELS.saveBackup]: backupArgsSchemas.saveBackup,
  [CHANNELS.listBackups]: backupArgsSchemas.listBackups,
  [CHANNELS.readBackup]: backupArgsSchemas.readBackup,
  [CHANNELS.pruneBackups]: backupArgsSchemas.pruneBackups,
  [CHANNELS.writeAuditAnchor]: backupArgsSchemas.writeAuditAnchor,
  [CHANNELS.readAuditAnchor]: backupArgsSchemas.readAuditAnchor,
} satisfies { [C in Channel]: z.ZodType<ChannelArgs<C>> }

export type ValidatedCall<C extends Channel = Channel> = { ok: true; channel: C; args: ChannelArgs<C> } | { ok: false; error: string }

export function isKnownChannel(channel: string): channel is Channel {
  return Object.hasOwn(argsSchemas, channel)
}

/**
 * Checks a call's arguments against its channel's schema. Returns the parsed arguments (zod
 * copies objects, so nothing the caller holds can change them afterwards) or a readable error.
 */
export function validateCall<C extends Channel>(channel: C, args: readonly unknown[]): ValidatedCall<C>
export function validateCall(channel: string, args: readonly unknown[]): ValidatedCall
export function validateCall(channel: string, args: readonly unknown[]): ValidatedCall {
  if (!isKnownChannel(channel)) return { ok: false, error: `未知的 IPC 通道：${channel}` }
  const schema: z.ZodType<unknown> = argsSchemas[channel]
  const result = schema.safeParse(args)
  if (!result.success) {
    return { ok: false, error: `参数无效：${describeIssues(result.error.issues)}` }
  }
  return { ok: true, channel, args: result.data as ChannelArgs<typeof channel> }
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      // Drop the leading tuple index: callers think of "bytes", not "[0].bytes".
      const where = issue.path.slice(1).map(String).join('.')
      return where === '' ? issue.message : `${where}: ${issue.message}`
    })
    .join('；')
}

export function startsWithPdfMagic(bytes: Uint8Array): boolean {
  return bytes.byteLength >= PDF_MAGIC.length && PDF_MAGIC.every((b, i) => bytes[i] === b)
}
