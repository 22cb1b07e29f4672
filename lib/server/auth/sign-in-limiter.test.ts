import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb } from "../db/client";
import { createTestDb } from "../testing/test-db";
import { testEngine } from "../testing/test-postgresql";
import { claimSignInAttempt, MAX_FAILURES, settleSignInAttempt, signInRetryAfter, WINDOW_MS } from "./sign-in-limiter";

let env: ReturnType<typeof createTestDb>;
beforeEach(() => {
  env = createTestDb();
});
afterEach(() => env.cleanup());

async function fail(email: string, now: number) {
  const claim = await claimSignInAttempt({ db: env.db, email, now });
  if (claim.allowed) await settleSignInAttempt({ db: env.db, email, id: claim.id, outcome: "wrong-password" });
  return claim;
}

describe("sign-in limiter", () => {
  it("locks an account after repeated failures, case-insensitively, until they age out", async () => {
    const db = env.db;
    const start = Date.parse("2026-11-29T10:00:00Z");
    for (let i = 0; i < MAX_FAILURES - 1; i++) await fail("Ann@Example.com", start + i);
    expect(await signInRetryAfter({ db, email: "ann@example.com", now: start + 10 })).toBe(0);
    expect((await fail(" ann@example.com", start + 10)).allowed).toBe(true);
    expect(await signInRetryAfter({ db, email: "ANN@example.com", now: start + 20 })).toBe(Math.ceil((WINDOW_MS - 20) / 1000));
    expect(await claimSignInAttempt({ db, email: "ann@example.com", now: start + 20 })).toEqual({ allowed: false, retryAfter: Math.ceil((WINDOW_MS - 20) / 1000) });
    expect(await signInRetryAfter({ db, email: "bob@example.com", now: start + 20 })).toBe(0);
    expect(await signInRetryAfter({ db, email: "ann@example.com", now: start + WINDOW_MS + 1 })).toBe(0);
  });

  it("forgets failures after a successful sign-in, and drops attempts whose password was never checked", async () => {
    const db = env.db;
    const now = Date.now();
    for (let i = 0; i < MAX_FAILURES - 1; i++) await fail("cy@example.com", now);
    const unchecked = await claimSignInAttempt({ db, email: "cy@example.com", now });
    expect(unchecked.allowed).toBe(true);
    if (unchecked.allowed) await settleSignInAttempt({ db, email: "cy@example.com", id: unchecked.id, outcome: "not-checked" });
    expect(await signInRetryAfter({ db, email: "cy@example.com", now })).toBe(0);
    const good = await claimSignInAttempt({ db, email: "cy@example.com", now });
    if (good.allowed) await settleSignInAttempt({ db, email: "cy@example.com", id: good.id, outcome: "signed-in" });
    expect(await db.signInAttempt.count({ where: { email: "cy@example.com" } })).toBe(0);
  });

  it("lets exactly MAX_FAILURES of a parallel burst through, before any password is checked", async () => {
    const now = Date.now();
    const claims = await Promise.all(Array.from({ length: 20 }, () => claimSignInAttempt({ db: env.db, email: "dee@example.com", now })));
    expect(claims.filter((claim) => claim.allowed)).toHaveLength(MAX_FAILURES);
  });

  // Several instances write one database only on PostgreSQL (SQLite serves one process).
  it.runIf(testEngine() === "postgresql")("lets exactly MAX_FAILURES of a burst split across two instances through", async () => {
    const now = Date.now();
    const second = createDb(env.url);
    try {
      const clients = [env.db, second];
      const claims = await Promise.all(Array.from({ length: 20 }, (_, i) => claimSignInAttempt({ db: clients[i % 2]!, email: "fay@example.com", now })));
      expect(claims.filter((claim) => claim.allowed)).toHaveLength(MAX_FAILURES);
      expect(await env.db.signInAttempt.count({ where: { email: "fay@example.com" } })).toBe(MAX_FAILURES);
    } finally {
      await second.$disconnect();
    }
  });

  it("keeps a lock in the database: another client of it (a restart, another instance) sees it", async () => {
    const now = Date.now();
    for (let i = 0; i < MAX_FAILURES; i++) await fail("eve@example.com", now);
    const restarted = createDb(env.url);
    try {
      expect(await signInRetryAfter({ db: restarted, email: "eve@example.com", now: now + 1000 })).toBeGreaterThan(800);
      expect((await claimSignInAttempt({ db: restarted, email: "eve@example.com", now: now + 1000 })).allowed).toBe(false);
    } finally {
      await restarted.$disconnect();
    }
  });
});
