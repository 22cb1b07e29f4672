import { parseTemplate, type Dialect } from "@/lib/core/template";
import { getDb, type Db } from "../db/client";

const MAX_INCLUDE_DEPTH = 10;

/**
 * The newest text of every document reachable through includes (`{{> slug}}`,
 * `{{template "slug" .}}`), breadth first and as deep as rendering goes, so the synchronous
 * renderer finds them all. Included documents are parsed in the including document's dialect,
 * as the renderer does; unknown slugs are left out (the render reports them). Only documents
 * of `workspaceId` are reachable: an include never reads another team's document.
 */
export async function loadIncludeSources({
  db = getDb(),
  workspaceId,
  slugs,
  dialect,
}: {
  db?: Db;
  workspaceId: string;
  slugs: string[];
  dialect?: Dialect;
}): Promise<Record<string, string>> {
  const sources: Record<string, string> = {};
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
      next.push(...parseTemplate(content, dialect ? { dialect } : {}).includes.map((include) => include.name));
    }
    pending = [...new Set(next)].filter((slug) => !(slug in sources));
  }
  return sources;
}
