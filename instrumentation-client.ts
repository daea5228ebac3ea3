// Runs before any of the app's own code in the browser (Next.js), so settings that every module
// relies on are in place before the first of them loads.
import './lib/sync/zod-jitless';
