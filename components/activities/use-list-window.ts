'use client';

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { visibleRange } from './list-items';

/** Rows kept in the page beyond the screen's edge, so scrolling and Tab never meet a blank. */
const OVERSCAN_PX = 600;

/**
 * Which items of a long list are near the screen, for a list scrolled with the page: only those
 * are rendered. `focusItem` scrolls an item into view and focuses its link once it is rendered,
 * so the keyboard reaches every row, not only the rendered ones.
 */
export function useListWindow(offsets: Float64Array) {
  const listRef = useRef<HTMLDivElement>(null);
  const [range, setRange] = useState<[number, number]>([0, Math.min(30, offsets.length - 1)]);
  const pendingFocus = useRef<number | null>(null);

  const measure = useCallback(() => {
    const list = listRef.current;
    if (!list) return;
    const top = -list.getBoundingClientRect().top;
    const next = visibleRange(offsets, top - OVERSCAN_PX, top + window.innerHeight + OVERSCAN_PX);
    setRange((r) => (r[0] === next[0] && r[1] === next[1] ? r : next));
  }, [offsets]);

  useLayoutEffect(measure, [measure]);
  useEffect(() => {
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [measure]);

  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null || index < range[0] || index >= range[1]) return;
    pendingFocus.current = null;
    listRef.current
      ?.querySelector<HTMLElement>(`[data-index="${index}"] a`)
      ?.focus({ preventScroll: true });
  }, [range]);

  const focusItem = useCallback(
    (index: number) => {
      const list = listRef.current;
      const n = offsets.length - 1;
      if (!list || n === 0) return;
      const i = Math.max(0, Math.min(n - 1, index));
      const listTop = list.getBoundingClientRect().top + window.scrollY;
      const itemTop = listTop + offsets[i]!;
      const itemBottom = listTop + offsets[i + 1]!;
      if (itemTop < window.scrollY + 80) window.scrollTo({ top: itemTop - 80 });
      else if (itemBottom > window.scrollY + window.innerHeight - 96)
        window.scrollTo({ top: itemBottom - window.innerHeight + 96 });
      pendingFocus.current = i;
      measure();
      // Already rendered: the range does not change, so focus now.
      const link = list.querySelector<HTMLElement>(`[data-index="${i}"] a`);
      if (link) {
        pendingFocus.current = null;
        link.focus({ preventScroll: true });
      }
    },
    [offsets, measure],
  );

  return { listRef, range, focusItem };
}
