"use client";

import { useEffect, useRef, useState } from "react";
import type { TextCounts } from "@/lib/core/text/counts";

export type Counts = TextCounts & { tokens: number };

// How long to wait for an idle moment before starting the worker anyway.
const IDLE_TIMEOUT_MS = 2000;

/**
 * Counts for the source and the rendered text, computed in a worker a moment after typing stops.
 * The worker (and the tokenizer's megabyte of tables it imports) starts only once `enabled` (the
 * editor is up) and the page is idle, so it never competes with the editor for the first
 * second; until its first answer the counts read "Counting…".
 */
export function useCounts(source: string, rendered: string, enabled: boolean): { source: Counts; rendered: Counts } | null {
  const [counts, setCounts] = useState<{ source: Counts; rendered: Counts } | null>(null);
  const [worker, setWorker] = useState<Worker | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    if (!enabled) return;
    let instance: Worker | null = null;
    const start = () => {
      instance = new Worker(new URL("./counts.worker.ts", import.meta.url), { type: "module" });
      instance.onmessage = (event: MessageEvent<{ id: number; source: Counts; rendered: Counts }>) => {
        if (event.data.id === latest.current) setCounts({ source: event.data.source, rendered: event.data.rendered });
      };
      setWorker(instance);
    };
    const idle = "requestIdleCallback" in window ? window.requestIdleCallback(start, { timeout: IDLE_TIMEOUT_MS }) : null;
    const timer = idle === null ? setTimeout(start, 200) : null;
    return () => {
      if (idle !== null) window.cancelIdleCallback(idle);
      if (timer !== null) clearTimeout(timer);
      instance?.terminate();
      setWorker(null);
    };
  }, [enabled]);

  useEffect(() => {
    if (!worker) return;
    const timer = setTimeout(() => {
      latest.current += 1;
      worker.postMessage({ id: latest.current, source, rendered });
    }, latest.current === 0 ? 0 : 150);
    return () => clearTimeout(timer);
  }, [worker, source, rendered]);

  return counts;
}
