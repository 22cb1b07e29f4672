import { execFileSync } from "node:child_process";
import path from "node:path";

export type Command = "setup" | "document" | "protect" | "api-key" | "versions" | "draft-text";

/**
 * What e2e/instances.spec.ts does to the database directly. Playwright's loader cannot load the
 * generated Prisma client, so each command runs in a tsx process (instances-fixtures.ts) that
 * answers with JSON on its last line of output.
 */
export function instancesFixture<T>(databaseUrl: string, command: Command, ...args: string[]): T {
  const script = path.resolve("scripts/testing/instances-fixtures.ts");
  const out = execFileSync(process.execPath, ["--import", "tsx", script, databaseUrl, command, ...args], { encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").pop()!) as T;
}
