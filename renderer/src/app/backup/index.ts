/** 数据备份 for the screens: backups.ts (the 设置 panel), persistence.ts (持久保存), automatic.ts (the start-up hook). */
export * from './backups'
export * from './persistence'
export * from './automatic'
