import { describe, expect, it } from "vitest";
import { describeChord, isTypingTarget, matchesChord, parseChord, type KeyLike } from "./shortcut-keys";

const press = (key: string, extra: Partial<KeyLike> = {}): KeyLike => ({ key, code: "", ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...extra });

describe("key chords", () => {
  it("matches Ctrl or Cmd as Mod, and only with the modifiers asked for", () => {
    const save = parseChord("Mod+S");
    expect(matchesChord(save, press("s", { ctrlKey: true }))).toBe(true);
    expect(matchesChord(save, press("s", { metaKey: true }))).toBe(true);
    expect(matchesChord(save, press("s"))).toBe(false);
    expect(matchesChord(save, press("s", { ctrlKey: true, altKey: true }))).toBe(false);
    expect(matchesChord(save, press("S", { ctrlKey: true, shiftKey: true }))).toBe(false);
  });

  it("matches Shift chords whatever the letter's case", () => {
    expect(matchesChord(parseChord("Mod+Shift+C"), press("C", { ctrlKey: true, shiftKey: true }))).toBe(true);
  });

  it("matches Alt chords by the physical key when Option turns the letter into a symbol", () => {
    const outline = parseChord("Mod+Alt+B");
    expect(matchesChord(outline, press("∫", { code: "KeyB", metaKey: true, altKey: true }))).toBe(true);
    expect(matchesChord(outline, press("∫", { code: "KeyP", metaKey: true, altKey: true }))).toBe(false);
  });

  it("matches punctuation and named keys by the character", () => {
    expect(matchesChord(parseChord("/"), press("/"))).toBe(true);
    expect(matchesChord(parseChord("/"), press("/", { shiftKey: true }))).toBe(true);
    expect(matchesChord(parseChord("/"), press("/", { ctrlKey: true }))).toBe(false);
    expect(matchesChord(parseChord("Escape"), press("Escape"))).toBe(true);
  });

  it("knows when the person is typing in a field", () => {
    expect(isTypingTarget({ closest: (selector: string) => (selector.includes("input") ? {} : null) })).toBe(true);
    expect(isTypingTarget({ closest: () => null })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe("describing chords", () => {
  it("names the keys as each system's keyboards do", () => {
    expect(describeChord("Mod+K", false)).toBe("Ctrl+K");
    expect(describeChord("Mod+Alt+n", false)).toBe("Ctrl+Alt+N");
    expect(describeChord("Mod+K", true)).toBe("⌘K");
    expect(describeChord("Mod+Alt+Shift+D", true)).toBe("⌘⌥⇧D");
    expect(describeChord("Escape", false)).toBe("Escape");
  });
});
