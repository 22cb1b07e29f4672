import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { QueryCompiler } from "@prisma/client/runtime/query_compiler_bg.postgresql.mjs";
import { PrismaClient } from "../../generated/prisma-postgresql/client";
import { listMigrations } from "./list-migrations";
import { cacheQueryPlans } from "./query-plan-cache";

/**
 * PostgreSQL: a client generated from prisma/postgresql/schema.prisma (a copy of the SQLite
 * schema with the provider swapped), @prisma/adapter-pg, migrations under
 * prisma/migrations-postgresql applied by our own runner (`prisma migrate deploy` cannot run
 * through the adapter, prisma/orm#27403).
 */
export const POSTGRESQL_MIGRATIONS = path.join(process.cwd(), "prisma", "migrations-postgresql");

export function createPostgresqlClient(url: string): PrismaClient {
  cacheQueryPlans(QueryCompiler);
  const adapter = new PrismaPg(
    { connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), connectionTimeoutMillis: 10_000 },
    // An idle connection the server dropped must not take the process down; the next query
    // gets a fresh one (or fails with a connection error, answered 503).
    { onPoolError: (error) => console.error(`PostgreSQL: idle connection lost (${error.message}).`) },
  );
  // Many concurrent saves of one document queue for the pool; Prisma's defaults (2 s to get a
  // connection, 5 s per transaction) suit a single-writer SQLite, not 50 parallel writers.
  const client = new PrismaClient({
    adapter,
    transactionOptions: { isolationLevel: "Serializable", maxWait: 15_000, timeout: 15_000 },
  });
  return withTransactionRetries(client);
}

/**
 * SQLite runs one writer at a time, so every transaction in the use cases behaves as if it ran
 * alone (read the head, then append the next number; read an invite, then mark it used).
 * PostgreSQL gives the same guarantee with SERIALIZABLE isolation, at the price of refusing
 * one of two transactions that overlap (serialization failure, deadlock, or a unique index
 * another transaction just filled). Such a transaction changed nothing, so it is run again,
 * and the use case sees what the winner wrote (a version conflict, a used invite).
 */
function withTransactionRetries(client: PrismaClient): PrismaClient {
  const transaction = client.$transaction.bind(client) as (...args: unknown[]) => Promise<unknown>;
  const retrying = async (...args: unknown[]) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await transaction(...args);
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(100, 5 * attempt)));
      }
    }
  };
  return new Proxy(client, {
    get: (target, property) => (property === "$transaction" ? retrying : Reflect.get(target, property, target)),
  });
}

const MAX_ATTEMPTS = 100;

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "P2034" || code === "P2002") return true;
  // A serialization failure raised inside the transaction's callback arrives as the adapter's
  // own error ("TransactionWriteConflict"), not as Prisma's P2034.
  return /TransactionWriteConflict|deadlock detected|could not serialize access|\b40001\b|\b40P01\b/.test(String((error as Error | null)?.message ?? ""));
}

/**
 * Applies the migrations this database has not seen yet, each in its own transaction
 * (PostgreSQL's DDL is transactional: a failed migration leaves nothing behind), and records
 * them in "_dramatis_migrations". An advisory lock keeps two instances starting at once from
 * applying the same migration twice.
 */
export async function migratePostgresql(url: string, dir = POSTGRESQL_MIGRATIONS): Promise<string[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(727274)`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS "_dramatis_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" TIMESTAMPTZ NOT NULL DEFAULT now())`,
    );
    const { rows } = await client.query<{ name: string }>(`SELECT "name" FROM "_dramatis_migrations"`);
    const applied = new Set(rows.map((row) => row.name));
    const pending = listMigrations(dir).filter((name) => !applied.has(name));
    for (const name of pending) {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(`INSERT INTO "_dramatis_migrations" ("name") VALUES ($1)`, [name]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${name} failed and was rolled back: ${error instanceof Error ? error.message : error}`, { cause: error });
      }
    }
    return pending;
  } finally {
    await client.end();
  }
}
