import path from "node:path";

/** The default embedded database, relative to the project root. */
export const DEFAULT_DATABASE_FILE = "data/dramatis.db";

/**
 * Resolves DATABASE_URL (or the default) to an absolute `file:` URL so that every entry point
 * (server, CLI, Prisma config, tests) opens the same file whatever its working directory.
 */
export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL?.trim() || `file:${DEFAULT_DATABASE_FILE}`;
  if (raw.startsWith("postgres://") || raw.startsWith("postgresql://")) {
    throw new Error(
      "DATABASE_URL points at PostgreSQL, which this build does not support yet; use a file: URL (SQLite).",
    );
  }
  if (!raw.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a file: URL for SQLite, got "${raw}".`);
  }
  const file = raw.slice("file:".length);
  if (file === ":memory:") return raw;
  // Resolved at run time against the working directory; not a file the bundler should trace.
  return `file:${path.resolve(/* turbopackIgnore: true */ process.cwd(), file)}`;
}

export function databaseFilePath(url: string = resolveDatabaseUrl()): string {
  return url.slice("file:".length);
}
