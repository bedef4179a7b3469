/**
 * zod schemas for the backup and audit-anchor channels (contract.ts), kept beside schemas.ts,
 * which puts them in its one table. Pure, unit-tested in backupSchemas.test.ts.
 */
import { z } from 'zod'
import { auditAnchorHeadSchema } from '../backups/anchor'
import { BACKUP_NAME, isBackupName, MAX_BACKUP_BYTES } from '../backups/names'

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] // 'PK\x03\x04'

export const backupNameSchema = z
  .string()
  .max(100, { message: '备份文件名过长' })
  .regex(BACKUP_NAME, { message: '备份文件名不合规（应为 xiangyue-backup-区划代码-日期T时分.zip）' })
  .refine(isBackupName, { message: '备份文件名中的日期或时间不存在' })

export const saveBackupRequestSchema = z.strictObject({
  name: backupNameSchema,
  bytes: z
    .instanceof(Uint8Array, { message: '备份内容必须是 Uint8Array' })
    .refine((bytes) => bytes.byteLength <= MAX_BACKUP_BYTES, { message: '备份内容超过上限 512 MB' })
    .refine((bytes) => bytes.byteLength >= 22 && ZIP_MAGIC.every((b, i) => bytes[i] === b), { message: '备份内容不是 zip 文件' }),
})

export const pruneKeepSchema = z.array(backupNameSchema).min(1, { message: '至少要保留一个备份' }).max(1000)

export const backupArgsSchemas = {
  saveBackup: z.tuple([saveBackupRequestSchema]),
  listBackups: z.tuple([]),
  readBackup: z.tuple([backupNameSchema]),
  pruneBackups: z.tuple([pruneKeepSchema]),
  writeAuditAnchor: z.tuple([auditAnchorHeadSchema]),
  readAuditAnchor: z.tuple([]),
}
