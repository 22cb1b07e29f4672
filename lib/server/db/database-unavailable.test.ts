import { spawnSync } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeError } from "../http/error-response";
import { createTestDb } from "../testing/test-db";
import { createDb } from "./client";
import { databaseIsDown } from "./probe-database";

/** A local port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("PostgreSQL out of reach", () => {
  it("answers requests with 503 and a clear message, not a 500", async () => {
    const db = createDb(`postgresql://dramatis@127.0.0.1:${await closedPort()}/dramatis`);
    const error = await db.document.findMany().then(
      () => null,
      (caught: unknown) => caught,
    );
    await db.$disconnect();
    expect(error).not.toBeNull();
    const { status, body } = describeError(error);
    expect(status).toBe(503);
    expect(body.error.code).toBe("database_unavailable");
    expect(body.error.message).toMatch(/database cannot be reached/);
  });

  it("is told apart from a bug by probing the database: down when out of reach, up when it answers", async () => {
    const away = createDb(`postgresql://dramatis@127.0.0.1:${await closedPort()}/dramatis`);
    const env = createTestDb();
    try {
      expect(await databaseIsDown({ db: away })).toBe(true);
      expect(await databaseIsDown({ db: env.db })).toBe(false);
    } finally {
      await away.$disconnect();
      await env.cleanup();
    }
  });

  it("keeps a real bug a 500", () => {
    expect(describeError(new TypeError("x is undefined")).status).toBe(500);
  });

  it("stops the server at start-up with one line naming the server and what to check, and a non-zero exit code", async () => {
    const port = await closedPort();
    const root = path.join(import.meta.dirname, "..", "..", "..");
    const result = spawnSync(process.execPath, ["--import", "tsx", "server.ts"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: `postgresql://dramatis:secret@127.0.0.1:${port}/dramatis`, PORT: String(await closedPort()) },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(2);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`Cannot connect to PostgreSQL at 127.0.0.1:${port}/dramatis as dramatis`);
    expect(lines[0]).toContain("Check that PostgreSQL is running");
    expect(lines[0]).not.toContain("secret");
    expect(result.stdout).not.toMatch(/\bat \w+ \(/);
  }, 60_000);
});
