import { parseTemplate, type Dialect, type ParsedTemplate } from "@/lib/core/template";

// Versions never change, so a parse is valid forever; only memory bounds this cache.
const MAX_PARSED = 500;
const parsed = new Map<string, ParsedTemplate>();

/** The parse of a version's content in a dialect, computed once per process. */
export function parsedVersion(versionId: string, content: string, dialect: Dialect | null): ParsedTemplate {
  const key = `${versionId}:${dialect ?? "auto"}`;
  let hit = parsed.get(key);
  if (!hit) {
    hit = parseTemplate(content, dialect ? { dialect } : {});
    if (parsed.size >= MAX_PARSED) parsed.delete(parsed.keys().next().value!);
    parsed.set(key, hit);
  }
  return hit;
}
