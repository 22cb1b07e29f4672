import fs from "node:fs";
import path from "node:path";

/**
 * prisma/schema.prisma (SQLite) is the one source of the data model. Prisma cannot take the
 * provider from an environment variable, so PostgreSQL gets a copy with only the provider,
 * the placeholder URL and the client's output folder swapped. Run by `postinstall` before
 * `prisma generate`, so `npm ci` produces both clients; a test checks the copy is current.
 */
export const SQLITE_SCHEMA = path.join(import.meta.dirname, "..", "..", "prisma", "schema.prisma");
export const POSTGRESQL_SCHEMA = path.join(import.meta.dirname, "..", "..", "prisma", "postgresql", "schema.prisma");

export function postgresqlSchemaFrom(sqliteSchema: string): string {
  const swaps: [RegExp, string][] = [
    [/provider\s*=\s*"sqlite"/, 'provider = "postgresql"'],
    [/url\s*=\s*"file:[^"]*"/, 'url      = "postgresql://unused"'],
    [/output\s*=\s*"\.\.\/lib\/server\/generated\/prisma"/, 'output          = "../../lib/server/generated/prisma-postgresql"'],
  ];
  let schema = sqliteSchema;
  for (const [pattern, replacement] of swaps) {
    if (!pattern.test(schema)) throw new Error(`prisma/schema.prisma no longer matches ${pattern}; update ${path.basename(import.meta.filename)}.`);
    schema = schema.replace(pattern, replacement);
  }
  return `// GENERATED from prisma/schema.prisma by scripts/dev/write-postgresql-schema.ts: edit that file instead.\n${schema}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  fs.mkdirSync(path.dirname(POSTGRESQL_SCHEMA), { recursive: true });
  fs.writeFileSync(POSTGRESQL_SCHEMA, postgresqlSchemaFrom(fs.readFileSync(SQLITE_SCHEMA, "utf8")));
}
