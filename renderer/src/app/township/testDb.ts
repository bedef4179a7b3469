/** Test support (import from *.test.ts only): fresh township databases, for tests above app/ (views). */
export { useFreshTownshipDbs } from '@/db/township/testDb'
