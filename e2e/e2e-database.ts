import Database from "better-sqlite3";
import pg from "pg";
import { E2E_DATABASE_URL } from "../scripts/testing/e2e-database-url";

/**
 * Straight SQL on the e2e server's database, for what the UI cannot do (move a link's expiry
 * into the past) or check (what was stored). `?` placeholders on both engines.
 */
export async function e2eQuery<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  if (!E2E_DATABASE_URL.startsWith("file:")) {
    const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
    await client.connect();
    try {
      let n = 0;
      return (await client.query(sql.replace(/\?/g, () => `$${++n}`), params)).rows as T[];
    } finally {
      await client.end();
    }
  }
  const db = new Database(E2E_DATABASE_URL.slice("file:".length));
  try {
    const statement = db.prepare(sql);
    return statement.reader ? (statement.all(...params) as T[]) : (statement.run(...params), []);
  } finally {
    db.close();
  }
}
