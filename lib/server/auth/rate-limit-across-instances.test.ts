import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../db/client";
import { createTestDb } from "../testing/test-db";
import { testEngine } from "../testing/test-postgresql";
import { createAuth, type Auth } from "./auth";

/**
 * better-auth's per-address limits (30 sign-ins a minute) counted in the database: two
 * instances, each its own better-auth over its own database client, share one count.
 * (Both live in this process, so the memory store would be shared here too: each test also
 * checks what the database holds, or what another instance wrote there.)
 */
const SIGN_IN_MAX = 30;

let env: ReturnType<typeof createTestDb>;
let other: Db;
let instanceA: Auth;
let instanceB: Auth;
beforeAll(() => {
  env = createTestDb();
  other = createDb(env.url);
  instanceA = createAuth(env.db);
  instanceB = createAuth(other);
});
afterAll(async () => {
  await other.$disconnect();
  await env.cleanup();
});

/** A sign-in without a password: refused 400 by validation, after the rate limit counted it (no scrypt). */
const signIn = (auth: Auth, ip: string) =>
  auth.handler(
    new Request("http://localhost:3000/api/auth/sign-in/email", {
      method: "POST",
      headers: { origin: "http://localhost:3000", "x-forwarded-for": ip, "content-type": "application/json" },
      body: JSON.stringify({ email: "nobody@example.com" }),
    }),
  );

describe("per-address rate limits shared by instances", () => {
  it("counts requests to either instance against one limit, kept in the database", async () => {
    const ip = "10.20.0.1";
    for (let i = 0; i < SIGN_IN_MAX; i++) expect((await signIn(i % 2 === 0 ? instanceA : instanceB, ip)).status).toBe(400);
    expect((await signIn(instanceA, ip)).status).toBe(429);
    expect((await signIn(instanceB, ip)).status).toBe(429);
    const row = await env.db.rateLimit.findUniqueOrThrow({ where: { key: `${ip}|/sign-in/email` } });
    expect(row.count).toBe(SIGN_IN_MAX);
    // Another address has its own count.
    expect((await signIn(instanceB, "10.20.0.2")).status).toBe(400);
  }, 60_000);

  it("refuses an address that another instance has already counted up to the limit", async () => {
    const ip = "10.20.1.1";
    await other.rateLimit.create({ data: { id: "seeded", key: `${ip}|/sign-in/email`, count: SIGN_IN_MAX, windowStart: BigInt(Date.now()) } });
    const refused = await signIn(instanceA, ip);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("x-retry-after"))).toBeGreaterThan(0);
  });

  it("lets exactly the limit through of a parallel burst split across the instances", async () => {
    const ip = "10.20.2.1";
    // SQLite serves one instance (several processes writing one file is not supported): there
    // the burst goes to one client; on PostgreSQL half of it to each.
    const instances = testEngine() === "postgresql" ? [instanceA, instanceB] : [instanceA];
    const statuses = await Promise.all(Array.from({ length: SIGN_IN_MAX + 15 }, (_, i) => signIn(instances[i % instances.length]!, ip).then((r) => r.status)));
    expect(statuses.filter((status) => status === 400)).toHaveLength(SIGN_IN_MAX);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
    expect((await env.db.rateLimit.findUniqueOrThrow({ where: { key: `${ip}|/sign-in/email` } })).count).toBe(SIGN_IN_MAX);
  }, 60_000);
});

describe("per-address limits set by the environment", () => {
  it("takes DRAMATIS_SIGN_INS_PER_MINUTE, and ignores a value that is not a positive whole number", async () => {
    const before = process.env.DRAMATIS_SIGN_INS_PER_MINUTE;
    try {
      process.env.DRAMATIS_SIGN_INS_PER_MINUTE = "3";
      const strict = createAuth(env.db);
      for (let i = 0; i < 3; i++) expect((await signIn(strict, "10.20.3.1")).status).toBe(400);
      expect((await signIn(strict, "10.20.3.1")).status).toBe(429);

      process.env.DRAMATIS_SIGN_INS_PER_MINUTE = "lots";
      const fallback = createAuth(env.db);
      for (let i = 0; i < 4; i++) expect((await signIn(fallback, "10.20.3.2")).status).toBe(400);
    } finally {
      if (before === undefined) delete process.env.DRAMATIS_SIGN_INS_PER_MINUTE;
      else process.env.DRAMATIS_SIGN_INS_PER_MINUTE = before;
    }
  }, 60_000);
});
