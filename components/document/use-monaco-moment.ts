"use client";

import { useEffect, useState } from "react";

/** No key pressed for this long: a pause in typing, when Monaco's start-up goes unnoticed. */
const QUIET_MS = 500;
/** Typing on and on: Monaco comes anyway after this long. */
const LONGEST_WAIT_MS = 4_000;
/** The draft has not arrived by then (no connection): Monaco comes to show the text read-only. */
const NO_DRAFT_MS = 3_000;

/**
 * When the document page loads Monaco. Not with the page's own code: its 0.7 MB gzip and its
 * start-up (a main-thread task of 0.3 s on an idle machine, seconds on a loaded one) would compete
 * with hydrating and joining the live draft, which is what makes the page editable, and would
 * hold up the first keystrokes. So it loads once the plain surface takes typing (`editable`) and
 * no key has been pressed for a moment, at the latest after a few seconds of typing; or, if the
 * draft does not come, a few seconds after the page started.
 */
export function useMonacoMoment(editable: boolean): boolean {
  const [now, setNow] = useState(false);
  useEffect(() => {
    if (now) return;
    const since = performance.now();
    // Quiet counts from when the page became editable: a person about to type gets going first.
    let lastKey = since;
    const onKey = () => {
      lastKey = performance.now();
    };
    document.addEventListener("keydown", onKey, true);
    let timer = 0;
    const check = () => {
      const at = performance.now();
      const quiet = at - lastKey >= QUIET_MS;
      if (editable ? quiet || at - since >= LONGEST_WAIT_MS : at - since >= NO_DRAFT_MS) return setNow(true);
      timer = window.setTimeout(check, editable ? QUIET_MS - (at - lastKey) : NO_DRAFT_MS - (at - since));
    };
    check();
    return () => {
      document.removeEventListener("keydown", onKey, true);
      window.clearTimeout(timer);
    };
  }, [editable, now]);
  return now;
}
