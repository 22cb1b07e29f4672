/** Value helpers shared by both dialects. */

export const NOT_FOUND: unique symbol = Symbol("not found");
export type Lookup = unknown | typeof NOT_FOUND;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A property of a value, or NOT_FOUND when the value has no such property. */
export function property(value: unknown, key: string): Lookup {
  if (isRecord(value) || Array.isArray(value)) {
    return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : NOT_FOUND;
  }
  return NOT_FOUND;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!) : text;
}
