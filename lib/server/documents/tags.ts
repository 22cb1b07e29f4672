/** Tags are stored as a JSON array in one column (SQLite has no array type). */
export function parseTags(stored: string): string[] {
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === "string") : [];
  } catch {
    return [];
  }
}

export function serializeTags(tags: readonly string[]): string {
  return JSON.stringify([...new Set(tags.map((tag) => tag.trim()).filter(Boolean))]);
}
