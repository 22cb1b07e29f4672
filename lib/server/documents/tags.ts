import { readJsonColumn, stringListColumn } from "../db/json-column";

/** Tags are stored as a JSON array in one column (SQLite has no array type). */
export function parseTags(stored: string): string[] {
  return readJsonColumn(stored, { schema: stringListColumn, fallback: [], column: "Document.tags" });
}

export function serializeTags(tags: readonly string[]): string {
  return JSON.stringify([...new Set(tags.map((tag) => tag.trim()).filter(Boolean))]);
}
