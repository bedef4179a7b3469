/**
 * 个人信息字段遮蔽: one value masked by WHAT it holds — the one switch behind a printed 公示名单
 * (print/notices.ts) and a township 报送包's data files (exchange/bundle/personData.ts).
 *
 *   maskPersonalField(field, value, { group?, names }) → the masked text, or undefined when the field
 *   holds no personal number (then the caller keeps the value, or sweeps it as free text).
 *
 * - idNumber → 110105********002X, phone → 138****1234, bankAccount → 尾号1234 (masking.ts);
 * - address → cut after the 村民小组 (`group`: the row's own 村民小组, when it has one);
 * - name → 王*山 only with `names: 'masked'`. A 名单公示 on the local notice board exists to name
 *   people, so it prints names as they are (`names: 'shown'`); a bundle leaves the village and
 *   names no one.
 * Any other field (村民小组, 金额, free text) is not a personal field: undefined.
 */
import { maskAddressToGroup, maskBankAccount, maskIdNumber, maskName, maskPhone } from './masking'

/** The fields that hold a person's data, in the words a 名单's column or a record's key uses. */
export type PersonalField = 'name' | 'idNumber' | 'phone' | 'bankAccount' | 'address'

export interface PersonalFieldOptions {
  /** the 村民小组 of the row an address belongs to */
  group?: string | undefined
  /** 'shown' on the village's own notice board, 'masked' in anything that leaves the village */
  names: 'shown' | 'masked'
}

export function maskPersonalField(field: string, value: string, options: PersonalFieldOptions): string | undefined {
  switch (field) {
    case 'idNumber':
      return maskIdNumber(value)
    case 'phone':
      return maskPhone(value)
    case 'bankAccount':
      return maskBankAccount(value)
    case 'address':
      return maskAddressToGroup(value, options.group)
    case 'name':
      return options.names === 'masked' ? maskName(value) : undefined
    default:
      return undefined
  }
}
