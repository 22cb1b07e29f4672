import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDb } from "../db/client";
import { createTestDb, useAsDefaultDb } from "../testing/test-db";
import { handleAuthRequest } from "./handle-auth-request";
import { MAX_FAILURES } from "./sign-in-limiter";

const notices = vi.hoisted(() => [] as string[]);
vi.mock("./send-sign-up-notice", () => ({ sendSignUpNotice: async ({ to }: { to: string }) => (notices.push(to), true) }));

let env: ReturnType<typeof createTestDb>;
beforeAll(() => {
  env = createTestDb();
  useAsDefaultDb(env.db);
});
afterAll(() => env.cleanup());

const BASE = "http://localhost:3000/api/auth/";
const headersFor = (ip: string, type?: string) => ({ origin: "http://localhost:3000", "x-forwarded-for": ip, ...(type && { "content-type": type }) });

const post = (path: string, body: object, ip = "10.0.0.1") =>
  handleAuthRequest(new Request(BASE + path, { method: "POST", headers: headersFor(ip, "application/json"), body: JSON.stringify(body) }));

/** The same sign-in, in each encoding better-auth's router reads. */
const signInAs = {
  json: (email: string, password: string, ip: string) => post("sign-in/email", { email, password }, ip),
  urlencoded: (email: string, password: string, ip: string) =>
    handleAuthRequest(
      new Request(BASE + "sign-in/email", {
        method: "POST",
        headers: headersFor(ip, "application/x-www-form-urlencoded"),
        body: new URLSearchParams({ email, password }).toString(),
      }),
    ),
  multipart: (email: string, password: string, ip: string) => {
    const form = new FormData();
    form.set("email", email);
    form.set("password", password);
    return handleAuthRequest(new Request(BASE + "sign-in/email", { method: "POST", headers: headersFor(ip), body: form }));
  },
};

async function signUp(name: string, email: string, password: string, ip = "10.0.0.1") {
  expect((await post("sign-up/email", { name, email, password }, ip)).status).toBe(200);
}

describe("sign-up and sign-in over HTTP (better-auth behind our limiter)", () => {
  it("stores a password hash, signs in with a session cookie, and locks an account after repeated failures", async () => {
    const password = "a-long-enough-password";
    await signUp("Ann", "ann@example.com", password);
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
    await signUp("Bob", "bob@example.com", password);
    expect((await post("sign-in/email", { email: "bob@example.com", password }, "10.0.2.1")).status).toBe(200);
  }, 60_000);

  it("counts wrong passwords sent urlencoded, and a locked account signs in by no encoding", async () => {
    const password = "dana-password-long";
    await signUp("Dana", "dana@example.com", password);
    // The encoding really reaches better-auth: a right password signs in.
    expect((await signInAs.urlencoded("dana@example.com", password, "10.1.0.1")).status).toBe(200);
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect((await signInAs.urlencoded("dana@example.com", `wrong-${i}-password`, `10.1.1.${i}`)).status).toBe(401);
    }
    for (const [encoding, signIn] of Object.entries(signInAs)) {
      const response = await signIn("dana@example.com", password, "10.1.2.1");
      expect([encoding, response.status, response.headers.get("set-cookie")]).toEqual([encoding, 429, null]);
    }
    // A repeated field: the router keeps the last value, and so does the limiter.
    const repeated = await handleAuthRequest(
      new Request(BASE + "sign-in/email", {
        method: "POST",
        headers: headersFor("10.1.4.1", "application/x-www-form-urlencoded"),
        body: `email=someone-else%40example.com&email=dana%40example.com&password=${password}`,
      }),
    );
    expect([repeated.status, repeated.headers.get("set-cookie")]).toEqual([429, null]);
  }, 60_000);

  it("refuses encodings it cannot read (415); no spelling of the request gets around a lock", async () => {
    const password = "fay-password-long";
    await signUp("Fay", "fay@example.com", password);
    const plain = await handleAuthRequest(
      new Request(BASE + "sign-in/email", { method: "POST", headers: headersFor("10.2.0.1", "text/plain"), body: JSON.stringify({ email: "fay@example.com", password }) }),
    );
    expect([plain.status, plain.headers.get("set-cookie")]).toEqual([415, null]);
    expect((await plain.json()).message).toMatch(/JSON, urlencoded or multipart/);
    for (let i = 0; i < MAX_FAILURES; i++) expect((await signInAs.urlencoded("fay@example.com", "wrong-password", `10.2.1.${i}`)).status).toBe(401);
    const attempts = [
      ...["sign-in/email", "sign-in/email/", "Sign-In/Email", "sign-in//email", "sign-in/%65mail", "sign-in/email?x=1"].map((path) => ({ path, type: "application/json" })),
      ...["application/vnd.api+json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded;charset=UTF-8"].map((type) => ({ path: "sign-in/email", type })),
    ];
    for (const { path, type } of attempts) {
      const body = type.includes("urlencoded") ? new URLSearchParams({ email: "fay@example.com", password }).toString() : JSON.stringify({ email: "fay@example.com", password });
      const response = await handleAuthRequest(new Request(BASE + path, { method: "POST", headers: headersFor("10.2.2.1", type), body }));
      expect([path, type, response.headers.get("set-cookie")]).toEqual([path, type, null]);
      expect([404, 415, 429]).toContain(response.status);
    }
    const multipart = await signInAs.multipart("fay@example.com", password, "10.2.3.1");
    expect([multipart.headers.get("set-cookie"), [415, 429].includes(multipart.status)]).toEqual([null, true]);
  }, 60_000);

  it("keeps the lock across a restart: a new limiter on a new database client still refuses", async () => {
    const password = "gus-password-long";
    await signUp("Gus", "gus@example.com", password);
    for (let i = 0; i < MAX_FAILURES; i++) await signInAs.json("gus@example.com", "wrong-password", `10.3.0.${i}`);
    vi.resetModules();
    const restartedDb = createDb(env.url);
    useAsDefaultDb(restartedDb);
    try {
      const fresh = await import("./handle-auth-request");
      const response = await fresh.handleAuthRequest(
        new Request(BASE + "sign-in/email", { method: "POST", headers: headersFor("10.3.1.1", "application/json"), body: JSON.stringify({ email: "gus@example.com", password }) }),
      );
      expect(response.status).toBe(429);
    } finally {
      useAsDefaultDb(env.db);
      await restartedDb.$disconnect();
    }
  }, 60_000);

  it("answers a sign-up the same for a new and an existing email, creating nothing for the existing one", async () => {
    await signUp("Hal", "hal@example.com", "hal-password-long");
    notices.length = 0;
    const usersBefore = await env.db.user.count();
    const fresh = await post("sign-up/email", { name: "Ivy", email: "ivy@example.com", password: "ivy-password-long" }, "10.4.0.1");
    const taken = await post("sign-up/email", { name: "Mallory", email: "HAL@example.com", password: "mallory-password" }, "10.4.0.2");
    const shape = async (response: Response) => {
      const body = (await response.json()) as { token: unknown; user: Record<string, unknown> };
      return {
        status: response.status,
        cookie: response.headers.get("set-cookie"),
        token: body.token,
        userKeys: Object.keys(body.user).sort(),
        emailVerified: body.user.emailVerified,
        contentType: response.headers.get("content-type"),
      };
    };
    const [a, b] = [await shape(fresh), await shape(taken)];
    expect(a).toEqual(b);
    expect(a).toMatchObject({ status: 200, cookie: null, token: null });
    // One account more (Ivy's); Hal's account is untouched and keeps its name and password.
    expect(await env.db.user.count()).toBe(usersBefore + 1);
    expect((await env.db.user.findUniqueOrThrow({ where: { email: "hal@example.com" } })).name).toBe("Hal");
    expect((await signInAs.json("hal@example.com", "mallory-password", "10.4.0.3")).status).toBe(401);
    expect((await signInAs.json("ivy@example.com", "ivy-password-long", "10.4.0.4")).status).toBe(200);
    // The address's owner is told by email (when SMTP is set); the new one is not.
    await vi.waitFor(() => expect(notices).toEqual(["hal@example.com"]));
  }, 60_000);

  it("refuses a short password at sign-up", async () => {
    const response = await post("sign-up/email", { name: "Cy", email: "cy@example.com", password: "short" });
    expect(response.status).toBe(400);
  });
});
