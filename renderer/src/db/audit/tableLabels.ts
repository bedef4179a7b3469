/**
 * How the audit log names a table to a person — the one list, for the log screen and its printed
 * report (app/audit) and for naming a record that no longer matches its entry (records.ts).
 *   AUDIT_TABLE_LABELS[table] → '村民', '四议两公开事项'…; `backup` names a restore's entry.
 *   tableLabel(table) → the label, or the table's own name when it has none.
 */
export const AUDIT_TABLE_LABELS: Readonly<Record<string, string>> = {
  settings: '设置',
  households: '户',
  villagers: '村民',
  grids: '网格',
  notices: '公示',
  noticeFiles: '公示文件',
  matters: '四议两公开事项',
  meetings: '会议记录',
  compacts: '村规民约',
  cases: '违约处理案件',
  backup: '全部数据（备份）',
}

export const tableLabel = (table: string): string => (Object.hasOwn(AUDIT_TABLE_LABELS, table) ? AUDIT_TABLE_LABELS[table]! : table)
