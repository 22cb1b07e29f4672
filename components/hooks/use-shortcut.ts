"use client";

import { useEffect, useEffectEvent } from "react";
import { isTypingTarget, matchesChord, parseChord, type KeyChord } from "./shortcut-keys";

interface Registration {
  chord: KeyChord;
  skipWhileTyping: boolean;
  run: (event: KeyboardEvent) => void;
}

// One keydown listener for the whole page, whatever the number of shortcuts.
const registrations = new Set<Registration>();

function onKeyDown(event: KeyboardEvent) {
  // Newest first: a popover opened last handles Escape before the page behind it.
  for (const registration of [...registrations].reverse()) {
    if (!matchesChord(registration.chord, event)) continue;
    if (registration.skipWhileTyping && isTypingTarget(event.target as Element | null)) continue;
    registration.run(event);
  }
}

function register(registration: Registration): () => void {
  if (registrations.size === 0) window.addEventListener("keydown", onKeyDown);
  registrations.add(registration);
  return () => {
    registrations.delete(registration);
    if (registrations.size === 0) window.removeEventListener("keydown", onKeyDown);
  };
}

/**
 * Runs `handler` when `chord` ("Mod+S", "Mod+Alt+B", "/", "Escape") is pressed anywhere on the
 * page. The handler always sees the latest props and state without re-subscribing; the key's
 * default is prevented unless the handler returns false.
 */
export function useShortcut(
  chord: string,
  handler: (event: KeyboardEvent) => void | boolean,
  { enabled = true, skipWhileTyping = false }: { enabled?: boolean; skipWhileTyping?: boolean } = {},
) {
  const onShortcut = useEffectEvent((event: KeyboardEvent) => {
    if (handler(event) !== false) event.preventDefault();
  });
  useEffect(() => {
    if (!enabled) return;
    return register({ chord: parseChord(chord), skipWhileTyping, run: (event) => onShortcut(event) });
  }, [chord, enabled, skipWhileTyping]);
}
