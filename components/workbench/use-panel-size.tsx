"use client";

import { useCallback, useEffect, useState } from "react";

/** A side panel's width and open state, remembered in this browser. */
export function usePanel(key: string, initialWidth: number) {
  const [width, setWidth] = useState(initialWidth);
  const [open, setOpen] = useState(true);

  useEffect(() => {
    const saved = window.localStorage.getItem(`dramatis.panel.${key}`);
    if (!saved) return;
    const { width: w, open: o } = JSON.parse(saved) as { width: number; open: boolean };
    // Reading storage is only possible after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setWidth(w);
    setOpen(o);
  }, [key]);

  useEffect(() => {
    window.localStorage.setItem(`dramatis.panel.${key}`, JSON.stringify({ width, open }));
  }, [key, width, open]);

  const toggle = useCallback(() => setOpen((value) => !value), []);
  return { width, setWidth, open, toggle };
}

const MIN = 200;
const MAX = 720;

interface HandleProps {
  onResize: (delta: number) => void;
  /** Which way widens the panel: 1 when it is left of the handle, -1 when right. */
  direction: 1 | -1;
  label: string;
  /** The panel's width now, announced as the separator's value. */
  width: number;
  /** The id of the panel it resizes. */
  controls: string;
}

/**
 * A vertical drag handle between panels, and a focusable separator: arrow keys move it 16 px,
 * Home and End to the narrowest and widest.
 */
export function ResizeHandle({ onResize, direction, label, width, controls }: HandleProps) {
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={width}
      aria-valuemin={MIN}
      aria-valuemax={MAX}
      tabIndex={0}
      onKeyDown={(event) => {
        const deltas: Record<string, number> = {
          ArrowLeft: -16 * direction,
          ArrowRight: 16 * direction,
          Home: MIN - width,
          End: MAX - width,
        };
        const delta = deltas[event.key];
        if (delta === undefined) return;
        event.preventDefault();
        onResize(delta);
      }}
      onPointerDown={(event) => {
        const target = event.currentTarget;
        target.setPointerCapture(event.pointerId);
        let last = event.clientX;
        const move = (e: PointerEvent) => {
          onResize((e.clientX - last) * direction);
          last = e.clientX;
        };
        const up = () => {
          target.removeEventListener("pointermove", move);
          target.removeEventListener("pointerup", up);
        };
        target.addEventListener("pointermove", move);
        target.addEventListener("pointerup", up);
      }}
      className="w-1 shrink-0 cursor-col-resize bg-zinc-200 hover:bg-zinc-400 focus:bg-zinc-500 focus:outline-none max-[899px]:hidden"
    />
  );
}

export const clampWidth = (width: number) => Math.min(MAX, Math.max(MIN, width));
