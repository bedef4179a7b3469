/**
 * What the township's warnings stand on. The statute (Art. 31) makes the township the place a late
 * 公开 is reported to; the 7-day start of 决议公开 and the bundle chain are practice, labelled so.
 */
import { ART_30_DISCLOSURE, type LegalCitation } from '@/domain/law/citations'

export { ART_30_DISCLOSURE }

export const ART_31_LATE_DISCLOSURE: LegalCitation = {
  law: '村民委员会组织法',
  version: '2018修正',
  article: '第三十一条',
  text: '村民委员会不及时公布应当公布的事项或者公布的事项不真实的，村民有权向乡、民族乡、镇的人民政府或者县级人民政府及其有关主管部门反映，有关人民政府或者其主管部门应当负责调查核实，责令依法公布；经查证确有违法行为的，有关人员应当依法承担责任。',
  note: '2018年修正文本；2025年修正未见改动，条文序号待核',
}

/**
 * 决议公开 must start 随时 (Art. 30 ¶3); no national number of days exists (domain-rules §2.3), so the
 * township's yardstick is local practice and adjustable: 7 calendar days after ④.
 */
export const DISCLOSURE_START_PRACTICE: LegalCitation = {
  law: '决议公开及时性',
  version: '乡镇惯例（可调整）',
  article: '决议通过后7日内公开',
  text: '涉及村民利益的重大事项应当随时公布（组织法第三十条）；本软件按决议通过后7日内开始决议公开检查，乡镇可按本地规定调整。',
  kind: '地方惯例',
}

/** FORMAT.md: each bundle names the SHA-256 of the village's previous bundle file. */
export const BUNDLE_CHAIN: LegalCitation = {
  law: '乡约报送包格式',
  version: '第1版',
  article: 'previousBundleSha256',
  text: '每个报送包记载本村上一个报送包文件的 SHA-256 值（第一个为空），乡镇据此把各期报送包连成一条链，缺了哪一期即可看出。',
  kind: '地方惯例',
}

/** FORMAT.md: the key is the village's if its fingerprint matches the one registered from the 报送函. */
export const BUNDLE_KEY: LegalCitation = {
  law: '乡约报送包格式',
  version: '第1版',
  article: '村密钥与指纹',
  text: '报送包由村密钥签名；是不是本村的密钥，以报送函上印的指纹为准。更换密钥时，旧密钥签署换钥声明，随新密钥签名的第一个报送包报送。',
  kind: '地方惯例',
}
