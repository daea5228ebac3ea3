/** The worker's callers name it here; the mapping lives with the profile in `lib/store`. */
export { athleteFromProfile } from '@/lib/store/athlete-input';
