"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { THEME_KEY, applyTheme, readThemeChoice, type ThemeChoice } from "./theme-script";

const subscribeNothing = () => () => {};

/** System / Light / Dark, remembered in this browser; System follows the OS as it changes. */
export function ThemeSelect() {
  // The server cannot know the stored choice: render "system" there and the real one after hydration.
  const stored = useSyncExternalStore(subscribeNothing, readThemeChoice, () => "system" as const);
  const [picked, setPicked] = useState<ThemeChoice | null>(null);
  const choice = picked ?? stored;

  // Following the system only once it changes: the inline script already applied the choice,
  // and re-applying it during hydration (when the server's "system" is rendered) would flash.
  useEffect(() => {
    if (choice !== "system") return;
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    const follow = () => applyTheme("system");
    media.addEventListener("change", follow);
    return () => media.removeEventListener("change", follow);
  }, [choice]);

  return (
    <label className="flex items-center gap-1.5 text-sm text-zinc-600">
      <span className="lg:sr-only">Theme</span>
      <select
        value={choice}
        data-testid="theme-select"
        onChange={(event) => {
          const next = event.target.value as ThemeChoice;
          setPicked(next);
          applyTheme(next);
          try {
            if (next === "system") window.localStorage.removeItem(THEME_KEY);
            else window.localStorage.setItem(THEME_KEY, next);
          } catch {
            // Private windows may refuse storage; the choice still holds for this page.
          }
        }}
        className="rounded-md border border-zinc-200 bg-white px-1.5 py-1 text-sm text-zinc-700"
      >
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
