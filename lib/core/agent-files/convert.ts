import { parseDocument } from "yaml";
import { splitFrontmatter } from "../documents/frontmatter";
import { slugify } from "../documents/slug";
import { CLAUDE_AGENT_FIELDS } from "../lints/agent-files/claude-agent";
import { CURSOR_RULE_FIELDS } from "../lints/agent-files/cursor-rule";

/** What a document can be downloaded as: each with the file name its tool expects. */
export const DOWNLOAD_TARGETS = ["claude-agent", "cursor-rule", "markdown"] as const;
export type DownloadTarget = (typeof DOWNLOAD_TARGETS)[number];

export const DOWNLOAD_TARGET_LABELS: Record<DownloadTarget, { label: string; folder: string }> = {
  "claude-agent": { label: "Claude Code agent", folder: ".claude/agents/" },
  "cursor-rule": { label: "Cursor rule", folder: ".cursor/rules/" },
  markdown: { label: "Markdown", folder: "" },
};

export interface ConvertedFile {
  fileName: string;
  content: string;
  /** Frontmatter keys the target has no place for, left out of the file. */
  dropped: string[];
  /** Fields the conversion filled in, each with where its value came from. */
  added: string[];
}

interface Source {
  content: string;
  slug: string;
  title: string;
  /** The document's own description (its settings), used when the frontmatter has none. */
  description?: string;
}

const CLAUDE_KEYS = Object.keys(CLAUDE_AGENT_FIELDS);

/**
 * A document as a file for another tool. The body is kept byte for byte; the frontmatter keeps
 * what the target understands (with comments and quoting as written), fills in what it
 * requires (an agent's `name` from the frontmatter or the slug, its `description` from a rule's
 * or the document's), and says which keys it dropped. Plain Markdown drops the frontmatter.
 */
export function convertDocument(source: Source, target: DownloadTarget): ConvertedFile {
  const frontmatter = splitFrontmatter(source.content);
  const data = frontmatter.data ?? {};
  const newline = /\r\n/.test(source.content.slice(0, Math.max(frontmatter.bodyOffset, 200))) ? "\r\n" : "\n";
  const name = typeof data.name === "string" && data.name.trim() !== "" ? data.name.trim() : source.slug;
  const fromFrontmatter = typeof data.description === "string" && data.description.trim() !== "";
  const fromDocument = !fromFrontmatter && !!source.description?.trim();
  const description = fromFrontmatter ? (data.description as string) : fromDocument ? source.description!.trim() : source.title;
  const descriptionFrom = fromFrontmatter ? "the frontmatter" : fromDocument ? "the document's description" : "the title";

  if (target === "markdown") {
    return { fileName: `${source.slug}.md`, content: frontmatter.body, dropped: Object.keys(data), added: [] };
  }
  // Frontmatter that is not a YAML mapping cannot be edited safely: it is left out and said so.
  const keep = target === "claude-agent" ? CLAUDE_KEYS : (CURSOR_RULE_FIELDS as readonly string[]);
  const doc = parseDocument(frontmatter.error ? "" : (frontmatter.raw ?? ""));
  const dropped = frontmatter.error ? ["(frontmatter that is not valid YAML)"] : Object.keys(data).filter((key) => !keep.includes(key));
  if (!frontmatter.error) for (const key of dropped) doc.delete(key);
  const added: string[] = [];
  const fill = (key: string, value: unknown, note: string, { first = false } = {}) => {
    if (doc.has(key)) return;
    doc.set(key, value);
    // Required fields go first, where people and tools look for them.
    const items = doc.contents && "items" in doc.contents ? (doc.contents as { items: unknown[] }).items : null;
    if (first && items) items.unshift(items.pop());
    added.push(note);
  };
  if (target === "claude-agent") {
    fill("description", description, `description from ${descriptionFrom}`, { first: true });
    fill("name", name, "name from the slug", { first: true });
  } else {
    fill("description", description, `description from ${descriptionFrom}`, { first: true });
    // A rule already says when it applies (globs, or alwaysApply): only other files get the default.
    if (!("globs" in data)) fill("alwaysApply", false, "alwaysApply: false (Cursor applies the rule when its description fits)");
  }
  const yaml = doc.toString().replace(/\n$/, "").replace(/\n/g, newline);
  const unchanged = dropped.length === 0 && added.length === 0 && frontmatter.raw !== null;
  const content = unchanged ? source.content : `---${newline}${yaml}${newline}---${newline}${frontmatter.body}`;
  const fileName = target === "claude-agent" ? `${slugify(name)}.md` : `${source.slug}.mdc`;
  return { fileName, content, dropped, added };
}

/** One sentence on what a conversion changed in the frontmatter, or null when nothing. */
export function describeConversion(file: Pick<ConvertedFile, "dropped" | "added">, target: DownloadTarget): string | null {
  const parts: string[] = [];
  if (file.dropped.length > 0) {
    const owner = target === "markdown" ? "plain Markdown has no frontmatter" : `a ${DOWNLOAD_TARGET_LABELS[target].label} has no such field${file.dropped.length === 1 ? "" : "s"}`;
    parts.push(`Drops ${file.dropped.join(", ")} (${owner}).`);
  }
  if (file.added.length > 0) parts.push(`Adds ${file.added.join("; ")}.`);
  return parts.length > 0 ? parts.join(" ") : null;
}
