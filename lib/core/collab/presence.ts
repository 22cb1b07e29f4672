/** Colours for people in a live draft: distinct on white, and white initials on them reach 4.5:1 (WCAG AA). */
const PALETTE = ["#2563eb", "#be185d", "#15803d", "#c2410c", "#7c3aed", "#0e7490", "#a16207", "#dc2626", "#4f46e5", "#0f766e"];

/** The same person gets the same colour on every page and in every browser. */
export function participantColor(userId: string): string {
  let hash = 0;
  for (let i = 0; i < userId.length; i++) hash = (hash * 31 + userId.charCodeAt(i)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}

/** Up to two initials for an avatar: "Ada Lovelace" → "AL", "grace" → "G". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words.at(-1)!] : words;
  return letters.map((word) => [...word][0]!.toUpperCase()).join("") || "?";
}

/** A CSS string literal for any text (a person's name in a cursor label), safe from injection. */
export function cssString(text: string): string {
  return `"${[...text].map((char) => (/[\p{L}\p{N} ._-]/u.test(char) ? char : `\\${char.codePointAt(0)!.toString(16)} `)).join("")}"`;
}
