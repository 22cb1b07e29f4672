import path from "node:path";

/** The default embedded database, relative to the project root. */
export const DEFAULT_DATABASE_FILE = "data/dramatis.db";

export type Engine = "sqlite" | "postgresql";

/**
 * Resolves DATABASE_URL (or the default) for every entry point (server, CLI, Prisma config,
 * tests): a `file:` URL becomes absolute so that they all open the same SQLite file whatever
 * their working directory; a `postgresql://` URL is used as given.
 */
export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL?.trim() || `file:${DEFAULT_DATABASE_FILE}`;
  if (engineOf(raw) === "postgresql") return raw;
  if (!raw.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a file: URL (SQLite) or a postgresql:// URL, got "${raw}".`);
  }
  const file = raw.slice("file:".length);
  if (file === ":memory:") return raw;
  // Resolved at run time against the working directory; not a file the bundler should trace.
  return `file:${path.resolve(/* turbopackIgnore: true */ process.cwd(), file)}`;
}

/** The engine a URL names: `postgres://`/`postgresql://` is PostgreSQL, anything else SQLite. */
export function engineOf(url: string): Engine {
  return /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}

export function databaseFilePath(url: string = resolveDatabaseUrl()): string {
  if (engineOf(url) !== "sqlite") throw new Error("A PostgreSQL database has no file.");
  return url.slice("file:".length);
}

/** Where the server keeps files of its own (the generated auth secret): beside the SQLite file, or data/. */
export function dataDirectory(url: string = resolveDatabaseUrl()): string | null {
  if (engineOf(url) === "postgresql") return path.resolve(/* turbopackIgnore: true */ process.cwd(), "data");
  const file = databaseFilePath(url);
  return file === ":memory:" ? null : path.dirname(file);
}

/** "host:port/database" of a PostgreSQL URL, without the password, for messages. */
export function describePostgresqlUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || "localhost"}:${parsed.port || "5432"}${parsed.pathname} as ${decodeURIComponent(parsed.username) || "(no user)"}`;
  } catch {
    return "the server in DATABASE_URL (which is not a valid URL)";
  }
}
