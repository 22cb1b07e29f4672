import { fencedLineMask, splitLines } from "../text/fences";
import { splitFrontmatter } from "./frontmatter";

const MAX_TITLE = 120;
/** How far into the body an opening "You are …" sentence may stand. */
const OPENING_LINES = 15;

/**
 * A document's title, first match wins: the frontmatter `name`; the first `# ` heading outside
 * code blocks; an opening "You are NAME, …" sentence (a proper name, then a role such as "You
 * are a staff engineer with …"); the file name without its extension.
 */
export function inferTitle(content: string, fileName: string): string {
  const { data, body } = splitFrontmatter(content);
  const name = data?.name;
  if (typeof name === "string" && name.trim()) return clip(name);

  const lines = splitLines(body);
  const fenced = fencedLineMask(lines);
  const heading = lines.find((line, index) => !fenced[index] && /^#\s+\S/.test(line));
  if (heading) return clip(heading.replace(/^#\s+/, "").replace(/\s+#+\s*$/, ""));

  const opening = lines
    .filter((line, index) => !fenced[index] && line.trim() !== "")
    .slice(0, OPENING_LINES)
    .map((line) => line.replace(/<\/?[A-Za-z][\w.-]*(?:\s[^<>]*)?>/g, "").trim());
  const person = firstMatch(opening, properName);
  if (person) return clip(person);
  const role = firstMatch(opening, roleName);
  if (role) return clip(role);

  return clip(fileStem(fileName)) || "Untitled";
}

function firstMatch(lines: readonly string[], pick: (line: string) => string | null): string | null {
  for (const line of lines) {
    const found = pick(line);
    if (found) return found;
  }
  return null;
}

/** "You are Alex Rivera, a developer" → "Alex Rivera": capitalised words before , . or ; */
function properName(line: string): string | null {
  const match = /(?:^|[.!?]\s+)You are ((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,3})\s*[,.;:!—–-]/.exec(line);
  return match?.[1] ?? null;
}

/** "You are a staff-level engineer with 15 years…" → "Staff-level engineer". */
function roleName(line: string): string | null {
  const match = /(?:^|[.!?]\s+)You are (?:an?|the)\s+([^,.;:!?]+)/i.exec(line);
  const role = match?.[1]?.split(/\s+(?:with|who|that|for|from|at|in)\s+/)[0]?.trim();
  if (!role || role.split(/\s+/).length > 8) return null;
  return role.charAt(0).toUpperCase() + role.slice(1);
}

export function fileStem(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

function clip(title: string): string {
  const trimmed = title.trim().replace(/\s+/g, " ");
  return trimmed.length > MAX_TITLE ? `${trimmed.slice(0, MAX_TITLE - 1).trimEnd()}…` : trimmed;
}
