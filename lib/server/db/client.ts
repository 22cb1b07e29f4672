import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { databaseFilePath, resolveDatabaseUrl } from "./database-url";

export type Db = PrismaClient;
/** The client handed to use cases that must run inside one transaction. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export function createDb(url: string = resolveDatabaseUrl()): Db {
  const file = databaseFilePath(url);
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  // `timeout` is better-sqlite3's busy timeout: another process (the import CLI) may hold the
  // write lock for a moment while the server runs.
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 5000 }) });
}

// One client per process. Kept on globalThis so that Next's dev-mode module reloading does not
// open a new connection on every edit.
const holder = globalThis as unknown as { dramatisDb?: Db };

export function getDb(): Db {
  holder.dramatisDb ??= createDb();
  return holder.dramatisDb;
}
