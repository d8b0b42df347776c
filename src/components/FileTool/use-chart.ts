/** Draws a Chart.js chart on a canvas when there is something to draw, and destroys it when that changes. */
import { useEffect } from 'preact/hooks';
import type { RefObject } from 'preact';

export function useChart(canvas: RefObject<HTMLCanvasElement>, draw: ((canvas: HTMLCanvasElement) => Promise<() => void>) | null, deps: unknown[]): void {
  useEffect(() => {
    if (!draw || !canvas.current) return;
    let destroy: (() => void) | undefined;
    let cancelled = false;
    void draw(canvas.current).then((d) => (cancelled ? d() : (destroy = d)));
    return () => {
      cancelled = true;
      destroy?.();
    };
  }, deps);
}
