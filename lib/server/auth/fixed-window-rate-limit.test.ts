import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../testing/test-db";
import { createFixedWindowRateLimit } from "./fixed-window-rate-limit";

let env: ReturnType<typeof createTestDb>;
beforeAll(() => {
  env = createTestDb();
});
afterAll(() => env.cleanup());

const rule = { window: 60, max: 3 };
const START = 1_800_000_000_000;

/** A storage whose clock the test moves. */
function storageAt() {
  const clock = { now: START };
  const storage = createFixedWindowRateLimit(env.db, { longestWindow: 60, now: () => clock.now });
  return { clock, consume: (key: string) => storage.consume(key, rule) };
}

describe("fixed-window per-address limits", () => {
  it("allows the stated number in each window, however the requests are spread", async () => {
    const { clock, consume } = storageAt();
    const key = "10.30.0.1|/sign-in/email";
    for (const at of [0, 20_000, 40_000]) {
      clock.now = START + at;
      expect((await consume(key)).allowed).toBe(true);
    }
    clock.now = START + 59_000;
    expect(await consume(key)).toEqual({ allowed: false, retryAfter: 1 });
    // A window that moved with every request (better-auth's own storage) would still refuse
    // here, 21 s after the last allowed one; a fixed window has ended 60 s after it began.
    clock.now = START + 61_000;
    expect((await consume(key)).allowed).toBe(true);
    const row = await env.db.rateLimit.findUniqueOrThrow({ where: { key } });
    expect({ count: row.count, windowStart: Number(row.windowStart) }).toEqual({ count: 1, windowStart: START + 61_000 });
  });

  it("says how long until the window ends", async () => {
    const { clock, consume } = storageAt();
    const key = "10.30.0.2|/sign-in/email";
    for (let i = 0; i < 3; i++) await consume(key);
    clock.now = START + 15_500;
    expect(await consume(key)).toEqual({ allowed: false, retryAfter: 45 });
  });

  it("counts each address on its own", async () => {
    const { consume } = storageAt();
    for (let i = 0; i < 3; i++) await consume("10.30.1.1|/sign-in/email");
    expect((await consume("10.30.1.1|/sign-in/email")).allowed).toBe(false);
    expect((await consume("10.30.1.2|/sign-in/email")).allowed).toBe(true);
  });

  it("lets exactly the limit through of a parallel burst on a new address", async () => {
    const { consume } = storageAt();
    const results = await Promise.all(Array.from({ length: 12 }, () => consume("10.30.2.1|/sign-in/email")));
    expect(results.filter((result) => result.allowed)).toHaveLength(3);
    expect((await env.db.rateLimit.findUniqueOrThrow({ where: { key: "10.30.2.1|/sign-in/email" } })).count).toBe(3);
  });

  it("drops rows older than the longest window when a window restarts", async () => {
    const { clock, consume } = storageAt();
    await consume("10.30.3.1|/sign-in/email");
    clock.now = START + 30_000;
    await consume("10.30.3.2|/sign-in/email");
    clock.now = START + 95_000;
    await consume("10.30.3.2|/sign-in/email");
    const keys = (await env.db.rateLimit.findMany({ where: { key: { startsWith: "10.30.3." } } })).map((row) => row.key);
    expect(keys).toEqual(["10.30.3.2|/sign-in/email"]);
  });
});
