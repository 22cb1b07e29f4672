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

/** A vertical drag handle between panels; `direction` says which way widens the panel. */
export function ResizeHandle({ onResize, direction, label }: { onResize: (delta: number) => void; direction: 1 | -1; label: string }) {
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      tabIndex={0}
      onKeyDown={(event) => {
        if (event.key === "ArrowLeft") onResize(-16 * direction);
        if (event.key === "ArrowRight") onResize(16 * direction);
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
      className="w-1 shrink-0 cursor-col-resize bg-zinc-200 hover:bg-zinc-400 focus:bg-zinc-500 focus:outline-none"
    />
  );
}

export const clampWidth = (width: number) => Math.min(MAX, Math.max(MIN, width));
