"use client";

import { useEffect, useState } from "react";
import type { lintDocument } from "@/lib/core/lints/lint-document";

type Lint = typeof lintDocument;
// After the page takes typing, the first keystrokes go first; then an idle moment (or a second).
const AFTER_READY_MS = 500;
const IDLE_TIMEOUT_MS = 1000;
// If the page never takes typing (no draft), the problems still show after this long.
const AT_THE_LATEST_MS = 3000;

/**
 * The linter, loaded once the page takes typing (`ready`) and is idle: with its YAML parser it
 * is ~30 KB gzip the plain text surface does not need, so it no longer holds up the first
 * keystroke. Null until then (the problem count says it is still working); loaded after 3 s
 * at the latest.
 */
export function useLintDocument(ready: boolean): Lint | null {
  const [lint, setLint] = useState<Lint | null>(null);
  const [late, setLate] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLate(true), AT_THE_LATEST_MS);
    return () => clearTimeout(timer);
  }, []);
  useEffect(() => {
    if (!ready && !late) return;
    let live = true;
    const load = () => {
      void import("@/lib/core/lints/lint-document").then((module) => {
        if (live) setLint(() => module.lintDocument);
      });
    };
    let idle: number | null = null;
    const timer = setTimeout(() => {
      if ("requestIdleCallback" in window) idle = window.requestIdleCallback(load, { timeout: IDLE_TIMEOUT_MS });
      else load();
    }, late ? 0 : AFTER_READY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
      if (idle !== null) window.cancelIdleCallback(idle);
    };
  }, [ready, late]);
  return lint;
}
