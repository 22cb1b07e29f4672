import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findPostgresBin } from "./with-postgres";

const ROOT = path.join(import.meta.dirname, "..", "..");
const run = (args: string[], env: Record<string, string | undefined>) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/testing/with-postgres.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });

describe("with-postgres: the PostgreSQL pass of npm test", () => {
  it("without PostgreSQL's binaries, is skipped with a clear line locally", () => {
    const result = run(["--optional", "--", "false"], { PG_BIN: "/nonexistent", CI: "" });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/PostgreSQL pass SKIPPED: .*initdb.*apt-get install -y postgresql/);
  });

  it("without PostgreSQL's binaries, fails under CI", () => {
    const result = run(["--optional", "--", "true"], { PG_BIN: "/nonexistent", CI: "true" });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/PostgreSQL pass FAILED: .*initdb/);
  });

  it.runIf(findPostgresBin() !== null)("runs the command against a throwaway cluster, passes its exit code on, and stops the cluster", () => {
    const script = `const pg = require("pg"); const c = new pg.Client(process.env.TEST_POSTGRESQL_URL);
      c.connect().then(() => c.query("select current_user as u")).then((r) => { console.log(process.env.TEST_DATABASE, r.rows[0].u); return c.end(); }).then(() => process.exit(7));`;
    const result = run(["--", process.execPath, "-e", script], { PG_BIN: undefined });
    expect(result.stdout).toContain("postgresql dramatis");
    expect(result.status).toBe(7);
    const url = /at (postgresql:\/\/\S+)/.exec(result.stdout)![1]!;
    const after = spawnSync(process.execPath, ["-e", `new (require("pg").Client)(${JSON.stringify(url)}).connect().then(() => process.exit(0), () => process.exit(3))`], { cwd: ROOT });
    expect(after.status).toBe(3);
  }, 60_000);
});
