"use client";

import { useEffect, useEffectEvent } from "react";
import { isTypingTarget, matchesChord, parseChord, type KeyChord } from "./shortcut-keys";

interface Registration {
  chord: KeyChord;
  skipWhileTyping: boolean;
  capture: boolean;
  run: (event: KeyboardEvent) => void;
}

// One keydown listener per phase for the whole page, whatever the number of shortcuts.
const registrations = new Set<Registration>();

function dispatch(event: KeyboardEvent, capture: boolean) {
  // Newest first: a popover opened last handles Escape before the page behind it.
  for (const registration of [...registrations].reverse()) {
    if (registration.capture !== capture || !matchesChord(registration.chord, event)) continue;
    if (registration.skipWhileTyping && isTypingTarget(event.target as Element | null)) continue;
    registration.run(event);
  }
}

const onKeyDown = (event: KeyboardEvent) => dispatch(event, false);
const onKeyDownCapture = (event: KeyboardEvent) => dispatch(event, true);

function register(registration: Registration): () => void {
  if (registrations.size === 0) {
    window.addEventListener("keydown", onKeyDown);
    window.addEventListener("keydown", onKeyDownCapture, { capture: true });
  }
  registrations.add(registration);
  return () => {
    registrations.delete(registration);
    if (registrations.size === 0) {
      window.removeEventListener("keydown", onKeyDown);
      window.removeEventListener("keydown", onKeyDownCapture, { capture: true });
    }
  };
}

/**
 * Runs `handler` when `chord` ("Mod+S", "Mod+Alt+B", "/", "Escape") is pressed anywhere on the
 * page. The handler always sees the latest props and state without re-subscribing; the key's
 * default is prevented unless the handler returns false.
 *
 * `capture` handles the key before anything on the page sees it and stops it there: for the few
 * shortcuts that must win even where a widget binds the same key itself (Monaco takes Ctrl+K as
 * the start of its two-key chords and stops the event, so a bubbling listener never hears it).
 */
export function useShortcut(
  chord: string,
  handler: (event: KeyboardEvent) => void | boolean,
  { enabled = true, skipWhileTyping = false, capture = false }: { enabled?: boolean; skipWhileTyping?: boolean; capture?: boolean } = {},
) {
  const onShortcut = useEffectEvent((event: KeyboardEvent) => {
    if (handler(event) === false) return;
    event.preventDefault();
    if (capture) event.stopPropagation();
  });
  useEffect(() => {
    if (!enabled) return;
    return register({ chord: parseChord(chord), skipWhileTyping, capture, run: (event) => onShortcut(event) });
  }, [chord, enabled, skipWhileTyping, capture]);
}
