'use client';

import { useRef, useState } from 'react';
import type { Domain } from './scale';

type Drag = { from: number; to: number };

/**
 * Pointer handling for a chart: moving reports the x under the pointer, dragging across selects a
 * range. A drag shorter than 8 px is a tap and selects nothing. `toX` turns a pointer position into
 * x units, `sx` x units into pixels.
 */
export function useDragSelect({
  toX,
  sx,
  onHover,
  onSelect,
}: {
  toX: (clientX: number, rect: DOMRect) => number;
  sx: (v: number) => number;
  onHover?: (x: number | null) => void;
  onSelect?: (range: Domain) => void;
}) {
  const [drag, setDrag] = useState<Drag | null>(null);
  const dragging = useRef(false);
  const handlers = {
    onPointerDown: (e: React.PointerEvent<SVGSVGElement>) => {
      const x = toX(e.clientX, e.currentTarget.getBoundingClientRect());
      dragging.current = true;
      e.currentTarget.setPointerCapture(e.pointerId);
      setDrag({ from: x, to: x });
    },
    onPointerMove: (e: React.PointerEvent<SVGSVGElement>) => {
      const x = toX(e.clientX, e.currentTarget.getBoundingClientRect());
      onHover?.(x);
      if (dragging.current) setDrag((d) => (d ? { ...d, to: x } : d));
    },
    onPointerUp: () => {
      dragging.current = false;
      if (drag && Math.abs(sx(drag.to) - sx(drag.from)) > 8)
        onSelect?.([Math.min(drag.from, drag.to), Math.max(drag.from, drag.to)]);
      setDrag(null);
    },
    onPointerLeave: () => onHover?.(null),
  };
  return { drag, handlers };
}
