"use client";

import { useEffect, useRef, useState } from "react";
import type { TextCounts } from "@/lib/core/text/counts";

export type Counts = TextCounts & { tokens: number };

/** Counts for the source and the rendered text, computed in a worker a moment after typing stops. */
export function useCounts(source: string, rendered: string): { source: Counts; rendered: Counts } | null {
  const [counts, setCounts] = useState<{ source: Counts; rendered: Counts } | null>(null);
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const instance = new Worker(new URL("./counts.worker.ts", import.meta.url), { type: "module" });
    instance.onmessage = (event: MessageEvent<{ id: number; source: Counts; rendered: Counts }>) => {
      if (event.data.id === latest.current) setCounts({ source: event.data.source, rendered: event.data.rendered });
    };
    worker.current = instance;
    return () => instance.terminate();
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => {
      latest.current += 1;
      worker.current?.postMessage({ id: latest.current, source, rendered });
    }, 150);
    return () => clearTimeout(timer);
  }, [source, rendered]);

  return counts;
}
