import { parse } from "yaml";

export interface Frontmatter {
  /** The parsed mapping, or null when there is no frontmatter or it is not a mapping. */
  data: Record<string, unknown> | null;
  /** The YAML between the fences, as written. */
  raw: string | null;
  body: string;
  /** Where the body starts in the content (UTF-16 offset). */
  bodyOffset: number;
  error: string | null;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits YAML frontmatter from the body. Never throws: invalid YAML comes back as `error`. */
export function splitFrontmatter(content: string): Frontmatter {
  const match = FENCE.exec(content);
  if (!match) return { data: null, raw: null, body: content, bodyOffset: 0, error: null };
  const raw = match[1] ?? "";
  const bodyOffset = match[0].length;
  const body = content.slice(bodyOffset);
  try {
    const value: unknown = parse(raw);
    const data = value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
    return { data, raw, body, bodyOffset, error: data ? null : "The frontmatter is not a YAML mapping." };
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { data: null, raw, body, bodyOffset, error: `The frontmatter is not valid YAML: ${message}` };
  }
}
