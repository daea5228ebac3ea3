'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { addDays } from '@/engine/plan/calendar-date';
import { addMonths, weekStartOf, type Weekday } from '@/lib/plans/calendar';
import type { PlanDone } from '@/lib/plans/plan-activities';
import type { StoredPlan } from '@/lib/store/plan-doc';
import type { PlanEditor } from '@/lib/store/plan-editor';
import type { Units } from '@/lib/store/profile-schema';
import type { StoredWorkout } from '@/lib/store/workout-schema';
import type { CalendarParts } from './calendar-parts';
import { CalendarToolbar, monthLabel, type CalendarView } from './calendar-toolbar';
import { MonthView } from './month-view';
import { useDragMove } from './use-drag-move';
import { WeekView } from './week-view';
import { WorkoutDialog } from './workout-dialog';
import { moveWithinPlan } from './move-workout';
import type { Announce } from './workout-status';

/** Today when the plan is running; its first or last day when today is outside it. */
function startingDay(plan: StoredPlan, today: string): string {
  const first = plan.workouts[0]?.date ?? plan.weeks[0]?.start ?? today;
  const last = plan.workouts.at(-1)?.date ?? today;
  return today < first ? first : today > last ? last : today;
}

/**
 * Which workout's dialog is open. Focus goes back to the workout it was opened from once it
 * closes (issue 10: Escape and focus).
 */
function useOpenWorkout() {
  const [openId, setOpenId] = useState<string | null>(null);
  const lastOpenedRef = useRef<string | null>(null);
  useEffect(() => {
    if (openId !== null || lastOpenedRef.current === null) return;
    document
      .querySelector<HTMLElement>(`[data-workout-id="${CSS.escape(lastOpenedRef.current)}"]`)
      ?.focus();
    lastOpenedRef.current = null;
  }, [openId]);
  const open = useCallback((id: string) => {
    lastOpenedRef.current = id;
    setOpenId(id);
  }, []);
  return { openId, open, close: useCallback(() => setOpenId(null), []) };
}

/** Moving a workout, by whatever means: a move locks it and says so, with a way back. */
function useMoves(plan: StoredPlan, editor: PlanEditor, today: string, announce: Announce) {
  const move = useCallback(
    (w: StoredWorkout, date: string) => moveWithinPlan(plan, editor, today, announce, w, date),
    [plan, editor, today, announce],
  );
  const byId = useMemo(() => new Map(plan.workouts.map((w) => [w.id, w])), [plan.workouts]);
  const drop = useCallback(
    (id: string, date: string) => {
      const w = byId.get(id);
      if (w) move(w, date);
    },
    [byId, move],
  );
  return { move, byId, drag: useDragMove(drop) };
}

/** The plan as a calendar: a week (the default) or a month, moves by drag, keys or menu. */
export function PlanCalendar(props: {
  plan: StoredPlan;
  editor: PlanEditor;
  units: Units;
  firstDay: Weekday;
  today: string;
  done: readonly PlanDone[];
  announce: Announce;
}) {
  const { plan, editor, firstDay, today, announce } = props;
  const [view, setView] = useState<CalendarView>('week');
  const [day, setDay] = useState(() => startingDay(plan, today));
  const dialog = useOpenWorkout();
  const { move, byId, drag } = useMoves(plan, editor, today, announce);

  const parts: CalendarParts = {
    plan,
    units: props.units,
    firstDay,
    today,
    done: props.done,
    drag: { dragging: drag.dragging, overDate: drag.overDate },
    chip: {
      open: dialog.open,
      nudge: (w, days) => {
        if (move(w, addDays(w.date, days))) setDay(addDays(w.date, days));
      },
      dragStart: drag.start,
      consumeClick: drag.consumeClick,
    },
  };
  const open = dialog.openId ? byId.get(dialog.openId) : undefined;
  const step = (direction: 1 | -1) =>
    setDay((d) => (view === 'week' ? addDays(d, 7 * direction) : addMonths(d, direction)));

  return (
    <section aria-label="Plan calendar" className="grid gap-3">
      <CalendarToolbar
        view={view}
        label={view === 'week' ? null : monthLabel(day)}
        onView={setView}
        onStep={step}
        onToday={() => setDay(today)}
      />
      {view === 'week' ? (
        <WeekView start={weekStartOf(day, firstDay)} parts={parts} />
      ) : (
        <MonthView
          month={day.slice(0, 7)}
          parts={parts}
          showWeek={(date) => {
            setDay(date);
            setView('week');
          }}
        />
      )}
      {open ? (
        <WorkoutDialog
          key={open.id}
          workout={open}
          plan={plan}
          editor={editor}
          units={props.units}
          today={today}
          done={props.done}
          announce={announce}
          onClose={() => {
            // The calendar shows where the workout now is (a move may have taken it to
            // another week), so focus can go back to it.
            setDay(open.date);
            dialog.close();
          }}
        />
      ) : null}
    </section>
  );
}
