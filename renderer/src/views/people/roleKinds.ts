/**
 * The names of the kinds of role, the one list every people screen uses (the role form, the list's
 * filter, the rosters' tabs). 中共党员 as describeRole (domain/people/changes.ts) names a member.
 */
import type { RoleKind } from '@/domain/people/model'

export const ROLE_KIND_LABELS: Readonly<Record<RoleKind, string>> = {
  party_member: '中共党员',
  representative: '村民代表',
  committee: '两委成员',
  supervision: '村务监督委员会成员',
  grid: '网格长/网格员',
  mediator: '人民调解员',
}

export const roleKindOptions: { value: RoleKind; label: string }[] = (Object.keys(ROLE_KIND_LABELS) as RoleKind[]).map((value) => ({
  value,
  label: ROLE_KIND_LABELS[value],
}))
