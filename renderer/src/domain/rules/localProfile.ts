/**
 * 地方规则文件 (a provincial, city or county profile, loaded by the village in 设置 → 法定规则).
 *
 * readLocalProfile(input: unknown, floor = NATIONAL_PROFILE) → LocalProfileReading
 *   input: the file's parsed JSON, in this format (version 1):
 *     { "format": "xiangyue-rule-profile", "version": 1,
 *       "id": "henan-2020", "name": "河南省实施办法",
 *       "source": "河南省实施《中华人民共和国村民委员会组织法》办法（2020年修订）",
 *       "law": "河南省实施《中华人民共和国村民委员会组织法》办法", "lawVersion": "2020修订",
 *       "effectiveFrom": "2020-01-01",
 *       "rules": {                                  one entry per threshold it sets, by path
 *         "bodies.party_assembly.quorum.single":    (thresholdsOf's paths, e.g. this one)
 *           { "share": { "comparator": "atLeast", "num": 2, "den": 3 }, "base": "entitled",
 *             "article": "第十条", "text": "…the words quoted…" },
 *         "disclosureDays.决议公开": { "days": 7, "unit": "自然日", "article": "…", "text": "…" },
 *         "composition": { "representativesShare": {…}, "womenShare": {…}, "article": "…", "text": "…" } },
 *       "mayMergeProposalAndConsultation": true      optional (一肩挑 villages) }
 *   A threshold the file does not name keeps the floor profile's rule.
 * Output: { profile, changes } when it may be used: the floor with the file's rules put in, each
 *   citing the file's law and article, effective from its date; `changes` lists, in words, what
 *   differs from the floor. Or { profile: null, findings }: every reason it is refused, in Chinese —
 *   not this format, an unknown threshold, a malformed rule, or (checkTightening) a threshold that
 *   loosens the floor, naming it and the floor it breaks (只能从严，不能放宽).
 *
 * A rule the file sets binds the village as law ('floor'): a later local file may not loosen it.
 * Pure; the caller bounds the file's size before parsing it.
 */
import type { LegalCitation } from '@/domain/law/citations'
import type { Finding } from '@/domain/law/findings'
import { parseIsoDate } from '@/domain/calendar/calendar'
import { NATIONAL_PROFILE } from './national'
import {
  thresholdsOf,
  type AssemblyComposition,
  type CountBase,
  type CountRule,
  type DaysRule,
  type RuleProfile,
  type Share,
} from './profile'
import { checkTightening } from './tightening'
import { isVoteThreshold, ruleWords } from './words'

export const LOCAL_PROFILE_FORMAT = 'xiangyue-rule-profile'
export const LOCAL_PROFILE_VERSION = 1
/** A profile names a few dozen thresholds; the file is a few KB. */
export const LOCAL_PROFILE_MAX_BYTES = 256 * 1024

export interface ProfileChange {
  path: string
  label: string
  from: string
  to: string
}

export type LocalProfileReading =
  { profile: RuleProfile; changes: ProfileChange[]; findings: Finding[] } | { profile: null; changes: []; findings: Finding[] }

const FILE_CITATION: LegalCitation = {
  law: '乡约地方规则文件格式',
  version: '1',
  article: '',
  text: '地方规则只能比全国通用规则（法定最低标准）更严格，不能放宽。',
  kind: '地方惯例',
}

function refused(message: string, code = 'profile_file_invalid'): Finding {
  return { level: 'error', code, message, citation: FILE_CITATION }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null)
const BASES: readonly CountBase[] = ['entitled', 'entitledVoters', 'households', 'present']

function readShare(v: unknown): Share | null {
  if (!isObject(v)) return null
  const { comparator, num, den } = v
  if (comparator !== 'atLeast' && comparator !== 'moreThan') return null
  if (!Number.isInteger(num) || !Number.isInteger(den) || (num as number) < 1 || (den as number) < 1 || (num as number) > (den as number))
    return null
  if ((den as number) > 100) return null
  return { comparator, num: num as number, den: den as number }
}

/** Puts `rule` at `path` of a copy-on-write profile (paths as thresholdsOf names them). */
function setAt(profile: RuleProfile, path: string, rule: CountRule | DaysRule | AssemblyComposition): void {
  const parts = path.split('.')
  if (parts[0] === 'bodies') {
    const [, kind, what, mode] = parts as [string, keyof RuleProfile['bodies'], string, string | undefined]
    const body = { ...profile.bodies[kind], quorum: { ...profile.bodies[kind].quorum } }
    if (what === 'quorum' && mode) body.quorum[mode as keyof typeof body.quorum] = rule as CountRule
    else if (what === 'decision') body.decision = rule as CountRule
    else if (what === 'noticeDays') body.noticeDays = rule as DaysRule
    profile.bodies = { ...profile.bodies, [kind]: body }
  } else if (parts[0] === 'disclosureDays') {
    profile.disclosureDays = { ...profile.disclosureDays, [parts[1]!]: rule as DaysRule }
  } else {
    ;(profile as unknown as Record<string, unknown>)[path] = rule
  }
}

export function readLocalProfile(input: unknown, floor: RuleProfile = NATIONAL_PROFILE): LocalProfileReading {
  const no = (findings: Finding[]): LocalProfileReading => ({ profile: null, changes: [], findings })
  if (!isObject(input) || input.format !== LOCAL_PROFILE_FORMAT)
    return no([refused('这不是乡约的地方规则文件（文件格式不对）。请使用县、乡镇下发的规则文件。')])
  if (input.version !== LOCAL_PROFILE_VERSION)
    return no([refused(`地方规则文件的版本（${String(input.version)}）本软件不认识，请升级乡约后再载入。`)])
  const id = text(input.id)
  const name = text(input.name)
  const source = text(input.source)
  const law = text(input.law)
  const lawVersion = text(input.lawVersion) ?? ''
  const effectiveFrom = text(input.effectiveFrom)
  const problems: Finding[] = []
  if (!id || !name || !source || !law) problems.push(refused('地方规则文件缺少名称、来源或所依据的法规名称。'))
  if (!effectiveFrom || parseIsoDate(effectiveFrom) === null)
    problems.push(refused('地方规则文件缺少施行日期（应写成 2020-01-01 的形式）。'))
  if (!isObject(input.rules) || Object.keys(input.rules).length === 0) problems.push(refused('地方规则文件没有列出任何规则。'))
  if (problems.length) return no(problems)

  const known = new Map(thresholdsOf(floor).map((t) => [t.path, t]))
  const profile: RuleProfile = { ...floor, id: id!, name: name!, source: source!, tightens: floor.id }
  const changes: ProfileChange[] = []
  for (const [path, raw] of Object.entries(input.rules as Record<string, unknown>)) {
    const threshold = known.get(path)
    if (!threshold) {
      problems.push(refused(`地方规则文件中的“${path.slice(0, 60)}”不是本软件认识的规则项。`, 'profile_unknown_threshold'))
      continue
    }
    const label = threshold.label
    const article = isObject(raw) ? text(raw.article) : null
    const quoted = isObject(raw) ? text(raw.text) : null
    if (!isObject(raw) || !article || !quoted) {
      problems.push(refused(`“${label}”缺少所依据的条款或条文原文。`, 'profile_rule_invalid'))
      continue
    }
    const citation: LegalCitation = { law: law!, version: lawVersion, article, text: quoted, kind: '地方性法规' }
    const common = { citation, effectiveFrom: effectiveFrom!, binding: 'floor' as const }
    let rule: CountRule | DaysRule | AssemblyComposition | null = null
    const floorRule = threshold.rule
    if ('share' in floorRule) {
      const share = readShare(raw.share)
      const base = BASES.includes(raw.base as CountBase) ? (raw.base as CountBase) : null
      if (share && base) rule = { share, base, ...common }
    } else if ('days' in floorRule) {
      const days = raw.days
      const unit = raw.unit
      if (Number.isInteger(days) && (days as number) >= 1 && (days as number) <= 365 && (unit === '自然日' || unit === '工作日'))
        rule = { days: days as number, unit, ...common }
    } else {
      const representativesShare = readShare(raw.representativesShare)
      const womenShare = readShare(raw.womenShare)
      if (representativesShare && womenShare) rule = { representativesShare, womenShare, ...common }
    }
    if (!rule) {
      problems.push(refused(`“${label}”的写法有误，无法读出规则。`, 'profile_rule_invalid'))
      continue
    }
    setAt(profile, path, rule)
    const from = ruleWords(floorRule, isVoteThreshold(path))
    const to = ruleWords(rule, isVoteThreshold(path))
    if (from !== to) changes.push({ path, label, from, to })
  }
  if (input.mayMergeProposalAndConsultation !== undefined) {
    if (typeof input.mayMergeProposalAndConsultation !== 'boolean') problems.push(refused('“一肩挑可合并提议与商议”应写 true 或 false。'))
    else profile.mayMergeProposalAndConsultation = input.mayMergeProposalAndConsultation
  }
  problems.push(...checkTightening(floor, profile))
  return problems.length ? no(problems) : { profile, changes, findings: [] }
}
