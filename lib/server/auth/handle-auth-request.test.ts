import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, useAsDefaultDb } from "../testing/test-db";
import { handleAuthRequest } from "./handle-auth-request";
import { MAX_FAILURES } from "./sign-in-limiter";

let env: ReturnType<typeof createTestDb>;
beforeAll(() => {
  env = createTestDb();
  useAsDefaultDb(env.db);
});
afterAll(() => env.cleanup());

const post = (path: string, body: object, ip = "10.0.0.1") =>
  handleAuthRequest(
    new Request(`http://localhost:3000/api/auth/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": ip },
      body: JSON.stringify(body),
    }),
  );

describe("sign-up and sign-in over HTTP (better-auth behind our limiter)", () => {
  it("stores a password hash, signs in with a session cookie, and locks an account after repeated failures", async () => {
    const password = "a-long-enough-password";
    const signUp = await post("sign-up/email", { name: "Ann", email: "ann@example.com", password });
    expect(signUp.status).toBe(200);
    const account = await env.db.account.findFirstOrThrow({ where: { user: { email: "ann@example.com" } } });
    expect(account.password).toBeTruthy();
    expect(account.password).not.toContain(password);

    const good = await post("sign-in/email", { email: "ann@example.com", password });
    expect(good.status).toBe(200);
    expect(good.headers.get("set-cookie")).toMatch(/session_token=.+HttpOnly/i);

    // Each attempt from another address: the per-account limit holds whatever the address.
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect((await post("sign-in/email", { email: "ann@example.com", password: "wrong-password" }, `10.0.1.${i}`)).status).toBe(401);
    }
    const locked = await post("sign-in/email", { email: "ANN@example.com", password }, "10.0.2.1");
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(800);
    expect((await locked.json()).message).toMatch(/Too many failed sign-ins for this account\. Try again in 15 minutes\./);
    // Another account is not affected.
    await post("sign-up/email", { name: "Bob", email: "bob@example.com", password });
    expect((await post("sign-in/email", { email: "bob@example.com", password }, "10.0.2.1")).status).toBe(200);
  });

  it("refuses a short password at sign-up", async () => {
    const response = await post("sign-up/email", { name: "Cy", email: "cy@example.com", password: "short" });
    expect(response.status).toBe(400);
  });
});
