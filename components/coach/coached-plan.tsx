'use client';

import { useMemo, useState } from 'react';
import { PlanCalendar } from '@/components/plan/plan-calendar';
import { PlanReaderContext } from '@/components/plan/plan-reader';
import { UndoBar, type LastAction } from '@/components/plan/undo-bar';
import { planDoneActivities } from '@/lib/plans/plan-activities';
import { deviceTimeZone, today as todayOnDevice } from '@/lib/store/device-clock';
import type { PlanEditor, PlanUndo } from '@/lib/store/plan-editor';
import type { AthleteDocs } from '@/lib/sharing/use-athlete-docs';

/**
 * A coached athlete's plan for a coach who may edit it: the same calendar the athlete has, in the
 * athlete's units and week, with the athlete's activities as what was done, and undo.
 */
export function CoachedPlan({ docs, editor }: { docs: AthleteDocs; editor: PlanEditor }) {
  const [last, setLast] = useState<LastAction | null>(null);
  const done = useMemo(
    () => planDoneActivities(docs.activities, deviceTimeZone()),
    [docs.activities],
  );
  return (
    <PlanReaderContext.Provider value="coach">
      <PlanCalendar
        plan={docs.plan}
        editor={editor}
        units={docs.profile.units}
        firstDay={docs.profile.weekStartsOn}
        today={todayOnDevice()}
        done={done}
        announce={(message: string, undo: PlanUndo | null) =>
          setLast({ message, undo: undo ? () => editor.undo(undo) : null })
        }
      />
      <UndoBar action={last} onDone={() => setLast(null)} />
    </PlanReaderContext.Provider>
  );
}
