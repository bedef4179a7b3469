/**
 * The words changed between two texts of an article, for the screen's 版本对照 (views may not import
 * print/; the 条文对照表 printout and the screen mark the same words). diffSegments(old, new) →
 * { old: Segment[], new: Segment[] }, each segment { text, changed }.
 */
export { diffSegments, type Segment } from '@/print/compact/textDiff'
