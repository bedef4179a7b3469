/** 首页: moved to homeFacts.ts (the counts by status on today's date); kept so older imports still resolve. */
export { chineseDateWithWeekday, homeFacts, registerCounts, type HomeFacts, type RegisterCounts } from './homeFacts'
