import { splitFrontmatter, type Frontmatter } from "../../documents/frontmatter";

export interface FrontmatterLayout {
  frontmatter: Frontmatter;
  /** Each top-level key as written, with the offsets of its line (first occurrence). */
  keys: Map<string, { start: number; end: number }>;
  /** The whole frontmatter, fences included (empty at 0 when there is none). */
  start: number;
  end: number;
}

const TOP_LEVEL_KEY = /^(?:"([^"]+)"|'([^']+)'|([^\s#:"'-][^:]*?))\s*:(?:\s|$)/;

/** Where each top-level frontmatter key is, so a problem points at its own line. */
export function layoutFrontmatter(text: string): FrontmatterLayout {
  const frontmatter = splitFrontmatter(text);
  const keys = new Map<string, { start: number; end: number }>();
  if (frontmatter.raw === null) return { frontmatter, keys, start: 0, end: 0 };
  let offset = text.indexOf("\n") + 1;
  const rawEnd = offset + frontmatter.raw.length;
  while (offset < rawEnd) {
    const newline = text.indexOf("\n", offset);
    const lineEnd = newline === -1 || newline > rawEnd ? rawEnd : newline;
    const line = text.slice(offset, lineEnd).replace(/\r$/, "");
    const match = TOP_LEVEL_KEY.exec(line);
    const key = match?.[1] ?? match?.[2] ?? match?.[3];
    if (key !== undefined && !keys.has(key)) keys.set(key, { start: offset, end: offset + line.length });
    offset = lineEnd + 1;
  }
  return { frontmatter, keys, start: 0, end: Math.max(0, frontmatter.bodyOffset - 1) };
}
