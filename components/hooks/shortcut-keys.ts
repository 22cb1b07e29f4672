/**
 * Key chords as the app writes them ("Mod+S", "Mod+Alt+B", "Mod+Shift+C", "/", "Escape"):
 * Mod is Ctrl, or Cmd on a Mac. Plain TypeScript so it can be tested without a browser.
 */

export interface KeyChord {
  key: string;
  mod: boolean;
  alt: boolean;
  shift: boolean;
}

/** The parts of a KeyboardEvent a chord is matched against. */
export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export function parseChord(chord: string): KeyChord {
  const parts = chord.split("+");
  // "Mod++" would be the plus key; the app does not use it, so the last part is the key.
  const key = parts.pop() ?? "";
  const modifiers = new Set(parts.map((part) => part.toLowerCase()));
  return { key, mod: modifiers.has("mod"), alt: modifiers.has("alt"), shift: modifiers.has("shift") };
}

export function matchesChord(chord: KeyChord, event: KeyLike): boolean {
  if ((event.ctrlKey || event.metaKey) !== chord.mod || event.altKey !== chord.alt) return false;
  if (/^[a-z]$/i.test(chord.key)) {
    if (event.shiftKey !== chord.shift) return false;
    // With Alt (Option on a Mac) the key is a symbol ("∫"); the physical key still says which.
    return event.key.toLowerCase() === chord.key.toLowerCase() || (chord.alt && event.code === `Key${chord.key.toUpperCase()}`);
  }
  // Punctuation such as "/" may need Shift on some layouts: the character decides.
  return event.key === chord.key;
}

/** Typing in a field, where single-character shortcuts must not fire. */
export function isTypingTarget(target: { closest?: (selector: string) => unknown } | null): boolean {
  return Boolean(target?.closest?.("input, textarea, select, [contenteditable=''], [contenteditable='true']"));
}

/** A chord as people read it: "Ctrl+Alt+N" elsewhere, "⌘⌥N" on a Mac. */
export function describeChord(chord: string, mac: boolean): string {
  const { key, mod, alt, shift } = parseChord(chord);
  const name = key.length === 1 ? key.toUpperCase() : key;
  if (mac) return `${mod ? "⌘" : ""}${alt ? "⌥" : ""}${shift ? "⇧" : ""}${name}`;
  return [mod && "Ctrl", alt && "Alt", shift && "Shift", name].filter(Boolean).join("+");
}
