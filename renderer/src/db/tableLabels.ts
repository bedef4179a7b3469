/**
 * How a table is named to a person — the one list, for the audit log's screen and printed report
 * (app/audit), for naming a record that no longer matches its entry (audit/records.ts), and for a
 * backup's counts and messages (exchange/backup: "村民 10000 条").
 *   TABLE_LABELS[table] → '村民', '四议两公开事项'…; `backup` names a restore's audit entry.
 *   tableLabel(table) → the label, or the table's own name when it has none.
 */
export const TABLE_LABELS: Readonly<Record<string, string>> = {
  settings: '设置',
  auditLog: '操作日志',
  households: '户',
  villagers: '村民',
  grids: '网格',
  notices: '公示公告',
  noticeFiles: '公示文件',
  matters: '四议两公开事项',
  meetings: '会议记录',
  compacts: '村规民约',
  cases: '违约处理案件',
  backup: '全部数据（备份）',
}

export const tableLabel = (table: string): string => (Object.hasOwn(TABLE_LABELS, table) ? TABLE_LABELS[table]! : table)
