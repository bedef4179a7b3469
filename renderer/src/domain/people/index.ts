/**
 * 人员领域 (people domain) — public entry point. Pure TypeScript: no vue, dexie,
 * electron or DOM. Import from '@/domain/people'.
 */
export { maskAddressToGroup, maskBankAccount, maskIdNumber, maskName, maskPhone, findUnmaskedPersonalNumbers } from './masking'
export {
  computeCheckDigit,
  convert15To18,
  normaliseIdNumber,
  parseIdNumber,
  readIdFacts,
  type AreaCodeSet,
  type IdErrorCode,
  type IdIssue,
  type IdParseResult,
  type IdWarningCode,
  type InvalidIdNumber,
  type ParsedIdNumber,
  type ParseIdOptions,
  type Sex,
} from './idNumber'
export { ageOn, dateReachingAge, isAtLeastAge } from './age'
export { addDays, compareIsoDates, formatChineseDate, isLeapYear, parseIsoDate } from './calendar'
export * from './model'
export { atLeastFraction, ceilDiv, moreThanFraction, moreThanHalf, reaches } from './counting'
export * from './citations'
export * from './findings'
export {
  EXCLUSION_LABELS,
  MEETING_MIN_AGE,
  villagersMeetingDecision,
  villagersMeetingEligibility,
  villagersMeetingQuorum,
  type Exclusion,
  type ExclusionReason,
  type MeetingEligibility,
  type Threshold,
  type VillagersMeetingQuorum,
} from './eligibility'
export {
  checkAssemblyCounts,
  checkRepresentativeAssembly,
  HOUSEHOLDS_PER_REPRESENTATIVE,
  type AssemblyCheck,
  type AssemblyCounts,
} from './composition'
export { checkSupervisionCommittee, SUPERVISION_SIZE } from './supervision'
export { possibleCloseRelative, type DerivedKinship } from './kinship'
export { buildPeopleIndex, matchRank, normaliseQuery, searchPeople, type MatchKind, type PeopleIndex, type PeopleSearchHit } from './search'
export { keystrokePrefixes, measureSearch, percentile, type SearchTiming } from './searchBench'
export { compactHalfWidth, toHalfWidth } from './normalize'
