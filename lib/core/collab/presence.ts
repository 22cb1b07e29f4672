/** Colours for people in a live draft: distinct on white, readable behind white text. */
const PALETTE = ["#2563eb", "#db2777", "#16a34a", "#ea580c", "#7c3aed", "#0891b2", "#ca8a04", "#dc2626", "#4f46e5", "#0d9488"];

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
