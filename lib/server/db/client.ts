import type { PrismaClient } from "../generated/prisma/client";
import { engineOf, resolveDatabaseUrl, type Engine } from "./database-url";
import { createSqliteClient } from "./engines/sqlite";
import { createPostgresqlClient } from "./engines/postgresql";

/**
 * The client use cases receive, whatever the engine. Both generated clients come from the same
 * data model (prisma/postgresql/schema.prisma is written from prisma/schema.prisma), so their
 * model APIs are identical; the SQLite client's type stands for both.
 */
export type Db = PrismaClient;
/** The client handed to use cases that must run inside one transaction. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export function createDb(url: string = resolveDatabaseUrl()): Db {
  const engine = engineOf(url);
  // The one place the two clients meet: same models, different generated classes.
  return engine === "postgresql" ? (createPostgresqlClient(url) as unknown as Db) : createSqliteClient(url);
}

/** Which engine a client talks to, for the few queries that must differ (see text-filter.ts). */
export function engineOfDb(db: Db | Tx): Engine {
  // Prisma's own record of the generated client's provider; transaction clients forward it.
  return (db as unknown as { _activeProvider?: string })._activeProvider === "postgresql" ? "postgresql" : "sqlite";
}

// One client per process. Kept on globalThis so that Next's dev-mode module reloading does not
// open a new connection on every edit.
const holder = globalThis as unknown as { dramatisDb?: Db };

export function getDb(): Db {
  holder.dramatisDb ??= createDb();
  return holder.dramatisDb;
}
