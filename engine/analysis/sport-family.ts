/** Which analysis rules a FIT sport follows. */
const RUNNING_LIKE = new Set(['running', 'walking', 'hiking']);

export const isRunningLike = (sport: string): boolean => RUNNING_LIKE.has(sport);
export const isRunning = (sport: string): boolean => sport === 'running';
export const isRowing = (sport: string): boolean => sport === 'rowing';
export const isCycling = (sport: string): boolean => sport === 'cycling';
export const isSwimming = (sport: string): boolean => sport === 'swimming';
