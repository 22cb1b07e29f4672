import { parseVariableSchema } from "./variable-schema-column";
import type { VariableSchema } from "@/lib/core/variables/schema";
import type { Db } from "../db/client";
import { readCacheEpoch } from "../cache/read-cache";

// A version's text and form never change once saved, so pages read each from the database once
// per process. Keyed by the document's id and the version's number; emptied when the read
// cache's epoch moves (any write here, deletions and archive imports included, which are the
// only ways a key could come to mean other text); bounded by the characters held.
const MAX_CHARS = 32 * 1024 * 1024;
const held = new Map<string, { content: string; variables: VariableSchema }>();
let chars = 0;
let epoch = readCacheEpoch();

export async function readImmutableVersion(db: Db, documentId: string, number: number): Promise<{ content: string; variables: VariableSchema }> {
  if (epoch !== readCacheEpoch()) {
    held.clear();
    chars = 0;
    epoch = readCacheEpoch();
  }
  const key = `${documentId}:${number}`;
  const hit = held.get(key);
  if (hit) return hit;
  const row = await db.version.findUniqueOrThrow({ where: { documentId_number: { documentId, number } }, select: { content: true, variables: true } });
  const version = { content: row.content, variables: parseVariableSchema(row.variables) };
  held.set(key, version);
  chars += version.content.length;
  while (chars > MAX_CHARS && held.size > 1) {
    const [oldest, value] = held.entries().next().value!;
    held.delete(oldest);
    chars -= value.content.length;
  }
  return version;
}
