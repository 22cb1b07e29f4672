import { engineOfDb, type Db, type Tx } from "./client";

/**
 * A case-insensitive "contains" filter on both engines. SQLite's LIKE ignores case by itself
 * and its client has no `mode`; PostgreSQL's LIKE is case-sensitive unless asked (ILIKE).
 */
export function containsText(db: Db | Tx, text: string): { contains: string } {
  if (engineOfDb(db) === "sqlite") return { contains: text };
  // The PostgreSQL client's filter type has `mode`; the shared (SQLite) type does not.
  return { contains: text, mode: "insensitive" } as { contains: string };
}
