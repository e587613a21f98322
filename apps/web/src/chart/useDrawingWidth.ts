import { useLayoutEffect, useRef, useState } from 'react';

/** Narrower than this, a chart's labels collide: a phone's screen is wider. */
const NARROWEST = 280;

/**
 * The width a hand-drawn SVG chart is drawn at: its box's, so that one unit of the drawing is one pixel and
 * 12-unit text stays 12 px on a phone instead of shrinking with a fixed viewBox. Until the box is measured
 * (and in jsdom, which lays nothing out) the chart is drawn at `initial`.
 */
export function useDrawingWidth<E extends HTMLElement>(initial: number) {
  const boxRef = useRef<E>(null);
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    // Measured before the first paint too: the observer reports a frame later, and until then a phone would
    // show the chart drawn at `initial` and scaled down, its text shrunk with it.
    const now = Math.floor(box.getBoundingClientRect().width);
    if (now > 0) setWidth(Math.max(NARROWEST, now));
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.floor(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(Math.max(NARROWEST, measured));
    });
    observer.observe(box);
    return () => {
      observer.disconnect();
    };
  }, []);
  return { boxRef, width };
}
