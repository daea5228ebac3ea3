'use client';

import { createContext, useContext } from 'react';
import type { PlanReader } from '@/lib/plans/lock-words';

/** Whether the plan on screen is read by its athlete (the default) or by a coach it is shared with. */
export const PlanReaderContext = createContext<PlanReader>('athlete');

export function usePlanReader(): PlanReader {
  return useContext(PlanReaderContext);
}
