import type { Db } from "../db/client";

// Versions never change, so a size once measured holds for the life of the process. Bounded so
// a huge library cannot grow it without end (a miss costs one small read).
const MAX_ENTRIES = 20_000;
const known = new Map<string, number>();

/** The UTF-8 byte size of each version, reading the text only of versions not measured before. */
export async function versionSizes(db: Db, ids: string[]): Promise<Map<string, number>> {
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    const rows = await db.version.findMany({ where: { id: { in: missing } }, select: { id: true, content: true } });
    for (const row of rows) {
      if (known.size >= MAX_ENTRIES) known.delete(known.keys().next().value!);
      known.set(row.id, Buffer.byteLength(row.content, "utf8"));
    }
  }
  return new Map(ids.map((id) => [id, known.get(id) ?? 0]));
}
