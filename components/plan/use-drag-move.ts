'use client';

import { useCallback, useEffect, useRef, useState, type PointerEvent } from 'react';

/**
 * Moving a workout by dragging it to another day, with a mouse, a pen or a thumb. A mouse drag
 * starts after a few pixels; a touch drag after a short hold (so a swipe still scrolls the week),
 * and while it lasts the page does not scroll. Days are the elements marked `data-drop-date`.
 * Keyboard and menu moves are the other ways to do the same (workout-chip, move-menu).
 */
type Drag = {
  workoutId: string;
  fromDate: string;
  pointerId: number;
  x: number;
  y: number;
  active: boolean;
  timer: number | null;
};

const MOUSE_SLOP_PX = 6;
const TOUCH_HOLD_MS = 350;
const TOUCH_SLOP_PX = 10;

const dateAt = (x: number, y: number): string | null =>
  document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-drop-date]')?.dataset.dropDate ??
  null;

export function useDragMove(onDrop: (workoutId: string, date: string) => void) {
  const drag = useRef<Drag | null>(null);
  const justDragged = useRef(false);
  const [dragging, setDragging] = useState<string | null>(null);
  const [overDate, setOverDate] = useState<string | null>(null);

  const end = useCallback(() => {
    const d = drag.current;
    if (d?.timer) window.clearTimeout(d.timer);
    drag.current = null;
    setDragging(null);
    setOverDate(null);
  }, []);

  useEffect(() => {
    const move = (e: globalThis.PointerEvent) => {
      const d = drag.current;
      if (!d || e.pointerId !== d.pointerId) return;
      const far = Math.hypot(e.clientX - d.x, e.clientY - d.y);
      if (!d.active) {
        if (e.pointerType === 'touch') {
          if (far > TOUCH_SLOP_PX) end();
          return;
        }
        if (far < MOUSE_SLOP_PX) return;
        d.active = true;
        setDragging(d.workoutId);
      }
      setOverDate(dateAt(e.clientX, e.clientY));
    };
    const up = (e: globalThis.PointerEvent) => {
      const d = drag.current;
      if (!d || e.pointerId !== d.pointerId) return;
      if (d.active) {
        justDragged.current = true;
        const date = dateAt(e.clientX, e.clientY);
        if (date && date !== d.fromDate) onDrop(d.workoutId, date);
      }
      end();
    };
    // A held thumb that starts moving would scroll the page; not while it carries a workout.
    const touchMove = (e: TouchEvent) => {
      if (drag.current?.active) e.preventDefault();
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', end);
    window.addEventListener('touchmove', touchMove, { passive: false });
    return () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', end);
      window.removeEventListener('touchmove', touchMove);
    };
  }, [end, onDrop]);

  const start = useCallback((workoutId: string, fromDate: string, e: PointerEvent) => {
    if (e.button !== 0) return;
    justDragged.current = false;
    const d: Drag = {
      workoutId,
      fromDate,
      pointerId: e.pointerId,
      x: e.clientX,
      y: e.clientY,
      active: false,
      timer: null,
    };
    if (e.pointerType === 'touch') {
      d.timer = window.setTimeout(() => {
        d.active = true;
        setDragging(workoutId);
      }, TOUCH_HOLD_MS);
    }
    drag.current = d;
  }, []);

  /** A click that ends a drag is not a tap on the workout. */
  const consumeClick = useCallback(() => {
    const was = justDragged.current;
    justDragged.current = false;
    return was;
  }, []);

  return { start, dragging, overDate, consumeClick };
}
