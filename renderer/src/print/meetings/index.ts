/**
 * 四议两公开的纸质材料 (the paper of 四议两公开), each a pure builder
 * `buildXxxDoc(data, village): PrintDocument` for the PDF worker:
 * - buildSignInSheetDoc — 签到表 of a meeting's frozen roster (signIn.ts)
 * - buildBallotDoc — 表决票 for paper votes, several a page with cut lines (ballot.ts)
 * - buildMinutesDoc — 会议记录 with the result in words (minutes.ts)
 * - buildRegisterFormDoc — 村级重大事务“四议两公开”决策实施登记表 (registerForm.ts)
 * - buildDecisionLedgerDoc — 四议两公开台账 of a year (ledger.ts)
 */
export { buildSignInSheetDoc, signInSheetTitle, type SignInSheetInput } from './signIn'
export { buildBallotDoc, ballotTitle, ballotsPerPage, type BallotInput } from './ballot'
export { buildMinutesDoc, minutesTitle, type MinutesInput } from './minutes'
export { buildRegisterFormDoc, REGISTER_FORM_TITLE, type RegisterFormInput } from './registerForm'
export { buildDecisionLedgerDoc, listedMatters, type DecisionLedgerInput } from './ledger'
