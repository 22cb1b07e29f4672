"use client";

import { useEffect, useSyncExternalStore } from "react";
import { THEME_EVENT, applyTheme, chooseTheme, readThemeChoice, type ThemeChoice } from "./theme-script";

// A choice made elsewhere (the command palette) shows here too.
function subscribe(onChange: () => void) {
  window.addEventListener(THEME_EVENT, onChange);
  return () => window.removeEventListener(THEME_EVENT, onChange);
}

/** System / Light / Dark, remembered in this browser; System follows the OS as it changes. */
export function ThemeSelect() {
  // The server cannot know the stored choice: render "system" there and the real one after hydration.
  const choice = useSyncExternalStore(subscribe, readThemeChoice, () => "system" as const);

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
        onChange={(event) => chooseTheme(event.target.value as ThemeChoice)}
        className="rounded-md border border-zinc-200 bg-white px-1.5 py-1 text-sm text-zinc-700"
      >
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
