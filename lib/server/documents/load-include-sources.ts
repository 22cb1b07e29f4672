import { parseTemplate, type Dialect } from "@/lib/core/template";
import { DEFAULT_MAX_INCLUDE_DEPTH as MAX_INCLUDE_DEPTH } from "@/lib/core/template/render-state";
import { getDb, type Db } from "../db/client";

// The renderer's own depth limit (lib/core/template), so loading stops exactly where rendering
// would: written once, there.

/** How much text the includes of a render can expand to at most, counting every repetition. */
export interface IncludeExpansion {
  /** Include tags expanded, at every level (a document included 10 times per level counts 10 per level). */
  includes: number;
  /** Characters of included text in all, before substitution. */
  chars: number;
}

export interface LoadedIncludes {
  /** The newest text of each reachable document, by slug. */
  sources: Record<string, string>;
  /** The worst case for the root's includes, so a server can refuse a bomb before rendering. */
  expansion: IncludeExpansion;
}

/**
 * The newest text of every document reachable through includes (`{{> slug}}`,
 * `{{template "slug" .}}`), breadth first and as deep as rendering goes, so the synchronous
 * renderer finds them all. Included documents are parsed in the including document's dialect,
 * as the renderer does; unknown slugs are left out (the render reports them). Only documents
 * of `workspaceId` are reachable: an include never reads another team's document.
 *
 * `slugs` are the root's include tags, repeats included: the expansion counts each of them.
 */
export async function loadIncludes({
  db = getDb(),
  workspaceId,
  slugs,
  dialect,
}: {
  db?: Db;
  workspaceId: string;
  slugs: string[];
  dialect?: Dialect;
}): Promise<LoadedIncludes> {
  const sources: Record<string, string> = {};
  const tags = new Map<string, string[]>();
  let pending = [...new Set(slugs)];
  for (let depth = 0; depth < MAX_INCLUDE_DEPTH && pending.length > 0; depth++) {
    const documents = await db.document.findMany({
      where: { workspaceId, slug: { in: pending } },
      select: { slug: true, versions: { orderBy: { number: "desc" }, take: 1, select: { content: true } } },
    });
    const next: string[] = [];
    for (const doc of documents) {
      const content = doc.versions[0]?.content ?? "";
      sources[doc.slug] = content;
      const names = parseTemplate(content, dialect ? { dialect } : {}).includes.map((include) => include.name);
      tags.set(doc.slug, names);
      next.push(...names);
    }
    pending = [...new Set(next)].filter((slug) => !(slug in sources));
  }
  return { sources, expansion: worstCaseExpansion(slugs, sources, tags) };
}

/** Just the sources (the workbench renders them in the browser). */
export async function loadIncludeSources(options: Parameters<typeof loadIncludes>[0]): Promise<Record<string, string>> {
  return (await loadIncludes(options)).sources;
}

/**
 * Every include tag expands, as the renderer does, up to MAX_INCLUDE_DEPTH levels (a cycle
 * stops only there). Memoized per document and level, so a document that includes itself ten
 * times per level costs ten steps per level to measure, not 10^10 to render.
 */
function worstCaseExpansion(roots: string[], sources: Record<string, string>, tags: Map<string, string[]>): IncludeExpansion {
  const memo = new Map<string, IncludeExpansion>();
  const expand = (slug: string, depth: number): IncludeExpansion => {
    if (depth >= MAX_INCLUDE_DEPTH || !(slug in sources)) return { includes: 0, chars: 0 };
    const key = `${depth}\u0000${slug}`;
    const hit = memo.get(key);
    if (hit) return hit;
    const total = { includes: 1, chars: sources[slug]!.length };
    for (const child of tags.get(slug) ?? []) {
      const inner = expand(child, depth + 1);
      total.includes += inner.includes;
      total.chars += inner.chars;
    }
    memo.set(key, total);
    return total;
  };
  const total = { includes: 0, chars: 0 };
  for (const slug of roots) {
    const inner = expand(slug, 0);
    total.includes += inner.includes;
    total.chars += inner.chars;
  }
  return total;
}
