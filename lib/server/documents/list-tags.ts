import { getDb, type Db } from "../db/client";
import { parseTags } from "./tags";

export interface TagCount {
  tag: string;
  /** Documents carrying it, among those listed (the library, or the archived ones). */
  count: number;
}

interface Listed {
  db?: Db;
  workspaceIds: string[];
  archived?: boolean;
}

/**
 * The distinct values of the tags column with how many documents hold each: the database groups,
 * so no document (let alone its content) is read, and the rows are as many as there are
 * different tag sets, not documents.
 */
async function tagSets({ db = getDb(), workspaceIds, archived = false }: Listed) {
  const groups = await db.document.groupBy({
    by: ["tags"],
    where: { workspaceId: { in: workspaceIds }, archivedAt: archived ? { not: null } : null },
    _count: { _all: true },
  });
  return groups.map((group) => ({ stored: group.tags, tags: new Set(parseTags(group.tags)), count: group._count._all }));
}

/** Every tag of the listed documents with its count, most used first, then by name. */
export async function listTags(options: Listed): Promise<TagCount[]> {
  const counts = new Map<string, number>();
  for (const set of await tagSets(options)) for (const tag of set.tags) counts.set(tag, (counts.get(tag) ?? 0) + set.count);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/**
 * A where-clause for documents carrying every one of `tags` (exactly, case included): the stored
 * tag sets that hold them all. Matching the JSON text with LIKE instead would take `_` and `%`
 * as wildcards and ignore case on SQLite only. Empty `tags`: no condition.
 */
export async function taggedWhere({ tags, ...listed }: Listed & { tags: readonly string[] }): Promise<{ tags?: { in: string[] } }> {
  if (tags.length === 0) return {};
  const sets = await tagSets(listed);
  return { tags: { in: sets.filter((set) => tags.every((tag) => set.tags.has(tag))).map((set) => set.stored) } };
}
