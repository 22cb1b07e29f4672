import http from "node:http";
import type { Browser, Page } from "@playwright/test";
import pg from "pg";
import { instancesFixture } from "../scripts/testing/instances-fixture-client";
import { startInstancesBehindNginx } from "../scripts/testing/instances-cluster";
import { startTcpGate } from "../scripts/testing/tcp-gate";
import { test, expect } from "./fixtures";
import { editorLines } from "./helpers";
import { editorText } from "./live-draft";

/**
 * Two app instances on one PostgreSQL database behind the repo's nginx config
 * (deploy/nginx/dramatis.conf), no sticky routing. Runs in the PostgreSQL pass only
 * (playwright.instances.config.ts); under CI a missing PostgreSQL fails it.
 */
const serverUrl = process.env.TEST_POSTGRESQL_URL;
if (!serverUrl && process.env.CI === "true") throw new Error("e2e/instances.spec.ts needs PostgreSQL: run it through scripts/testing/with-postgres.ts.");
test.skip(!serverUrl, "needs PostgreSQL (npm run test:e2e:instances)");
test.describe.configure({ mode: "serial" });

const BASE = Number(process.env.E2E_PORT ?? 3104);
let cluster: Awaited<ReturnType<typeof startInstancesBehindNginx>>;
let databaseUrl: string;
/** Between the instances and PostgreSQL, so a test can take the database away from them. */
let gate: Awaited<ReturnType<typeof startTcpGate>>;
let owner: { cookie: string; workspaceId: string; name: string };
let editor: { cookie: string; name: string };
const [proxy, instanceA, instanceB] = [`http://localhost:${BASE}`, `http://localhost:${BASE + 10}`, `http://localhost:${BASE + 20}`];

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const name = `dramatis_instances_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
  gate = await startTcpGate({ host: url.hostname, port: Number(url.port) });
  const gated = new URL(databaseUrl);
  gated.port = String(gate.port);
  cluster = await startInstancesBehindNginx({ databaseUrl: gated.toString(), appPorts: [BASE + 10, BASE + 20], proxyPort: BASE });
  ({ owner, editor } = instancesFixture<{ owner: typeof owner; editor: typeof editor }>(databaseUrl, "setup", proxy));
});

test.afterAll(async () => {
  await cluster?.stop();
  await gate?.stop();
});

function newDocument(content: string): { slug: string; documentId: string } {
  const slug = `shared-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  return instancesFixture(databaseUrl, "document", owner.workspaceId, slug, content);
}

/**
 * A POST on a connection of its own: a kept-alive connection from an earlier test may be closed
 * by the server just as it is reused ("other side closed"), which is not what is tested here.
 */
function postOnNewConnection(url: string, { authorization, body }: { authorization: string; body: unknown }): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: "POST", agent: false, headers: { authorization, "content-type": "application/json" } }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("error", reject);
    request.end(JSON.stringify(body));
  });
}

/** A browser of `who`, on `base` (an instance, or the proxy). */
async function openAs(browser: Browser, who: { cookie: string }, base: string, path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await context.addCookies(
    who.cookie.split("; ").map((pair) => {
      const at = pair.indexOf("=");
      return { name: pair.slice(0, at), value: pair.slice(at + 1), domain: "localhost", path: "/" };
    }),
  );
  // Every test runs offline, as in the other specs.
  await context.route("**/*", (route) => (["localhost", "127.0.0.1"].includes(new URL(route.request().url()).hostname) ? route.continue() : route.abort()));
  const page = await context.newPage();
  await page.goto(`${base}${path}`);
  await editorLines(page);
  return page;
}

async function typeAtLineStart(page: Page, text: string) {
  await (await editorLines(page)).click();
  await page.keyboard.press("ControlOrMeta+Home");
  await page.keyboard.type(text, { delay: 10 });
}

const storedDraftText = (documentId: string) => instancesFixture<string>(databaseUrl, "draft-text", documentId);

test("editors on different instances converge on the same text, with presence from both", async ({ browser }) => {
  const { slug } = newDocument("# Shared\n\nline one\n");
  const onA = await openAs(browser, owner, instanceA, `/d/${slug}`);
  const onB = await openAs(browser, editor, instanceB, `/d/${slug}`);
  await expect(onA.getByRole("list", { name: "People in this draft" }).getByRole("listitem", { name: editor.name })).toBeVisible();
  await expect(onB.getByRole("list", { name: "People in this draft" }).getByRole("listitem", { name: owner.name })).toBeVisible();
  await typeAtLineStart(onA, "from A ");
  await typeAtLineStart(onB, "from B ");
  await expect.poll(() => editorText(onA)).toContain("from A");
  await expect.poll(() => editorText(onA)).toContain("from B");
  await expect.poll(async () => (await editorText(onB)) === (await editorText(onA))).toBe(true);
  // Carets: the other instance's participant's cursor shows with their name.
  await expect(onA.getByTestId("editor").locator(".remote-caret")).toHaveCount(1);
  await onA.context().close();
  await onB.context().close();
});

test("a save on one instance appears on the other's open page", async ({ browser }) => {
  const { slug } = newDocument("# Saved\n\ntext\n");
  const onA = await openAs(browser, owner, instanceA, `/d/${slug}`);
  const onB = await openAs(browser, editor, instanceB, `/d/${slug}`);
  await typeAtLineStart(onB, "edited ");
  await expect.poll(() => editorText(onA)).toContain("edited");
  await onB.getByRole("button", { name: /^Save Ctrl/ }).click();
  await expect(onA.getByTestId("version-list").getByRole("listitem")).toHaveCount(2);
  await expect(onA.getByTestId("draft-status")).toHaveText(`Draft matches v2 · saved by ${editor.name}`);
  await onA.context().close();
  await onB.context().close();
});

test("a protected label moved by the owner on one instance is refused to an editor on the other", async () => {
  const { slug } = newDocument("first\n");
  const head = await fetch(`${instanceA}/api/v1/documents/${slug}/versions`, {
    method: "POST",
    headers: { cookie: owner.cookie, origin: instanceA, "content-type": "application/json" },
    body: JSON.stringify({ content: "second\n", message: "two", baseVersion: 1 }),
  });
  expect(head.status).toBe(201);
  const move = (base: string, who: { cookie: string }, version: number) =>
    fetch(`${base}/api/v1/documents/${slug}/labels/production`, {
      method: "PUT",
      headers: { cookie: who.cookie, origin: base, "content-type": "application/json" },
      body: JSON.stringify({ version }),
    });
  const read = async (base: string) => {
    const response = await fetch(`${base}/api/v1/documents/${slug}/versions/production`, { headers: { cookie: editor.cookie } });
    return ((await response.json()) as { number: number }).number;
  };
  expect((await move(instanceA, owner, 1)).status).toBe(200);
  expect(await read(instanceB)).toBe(1); // now in B's read cache
  expect(instancesFixture(databaseUrl, "protect", slug, "production")).toEqual({ name: "production", protected: true });
  expect((await move(instanceA, owner, 2)).status).toBe(200);
  // B's cache was emptied by A's write (relayed event), not by its 1 s TTL.
  expect(await read(instanceB)).toBe(2);
  const refused = await move(instanceB, editor, 1);
  expect(refused.status).toBe(403);
  expect(await read(instanceA)).toBe(2);
});

test("50 parallel saves split across the two instances: one lands, 49 get 409, numbers stay 1..n", async () => {
  const { slug } = newDocument("base\n");
  const { key } = instancesFixture<{ key: string }>(databaseUrl, "api-key", owner.workspaceId);
  const statuses = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      postOnNewConnection(`${i % 2 === 0 ? instanceA : instanceB}/api/v1/documents/${slug}/versions`, {
        authorization: `Bearer ${key}`,
        body: { content: `save ${i}\n`, message: `save ${i}`, baseVersion: 1 },
      }),
    ),
  );
  expect(statuses.filter((status) => status === 201)).toHaveLength(1);
  expect(statuses.filter((status) => status === 409)).toHaveLength(49);
  expect(instancesFixture(databaseUrl, "versions", slug)).toEqual([1, 2]);
});

test("killing an instance mid-edit loses nothing acknowledged; its browsers reconnect through the proxy", async ({ browser }) => {
  test.setTimeout(240_000);
  const { slug, documentId } = newDocument("# Survive\n\nend\n");
  const first = await openAs(browser, owner, proxy, `/d/${slug}`);
  const second = await openAs(browser, editor, proxy, `/d/${slug}`);
  await typeAtLineStart(first, "one ");
  await expect.poll(() => editorText(second)).toContain("one ");
  // Kill A while typing; then bring A back and kill B, so every page has lost its instance once.
  for (const [index, word] of [[0, "two "], [1, "three "]] as const) {
    const typing = typeAtLineStart(first, word);
    await cluster.crash(index);
    await typing;
    for (const page of [first, second]) {
      await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "connected", { timeout: 30_000 });
    }
    await expect.poll(() => editorText(second), { timeout: 30_000 }).toContain(word);
    await expect.poll(async () => (await editorText(first)) === (await editorText(second))).toBe(true);
    await cluster.restart(index);
  }
  const text = await editorText(first);
  for (const word of ["one ", "two ", "three "]) expect(text).toContain(word);
  await expect.poll(() => storedDraftText(documentId), { timeout: 15_000 }).toContain("three ");
  expect(storedDraftText(documentId)).toContain("two ");
  await first.context().close();
  await second.context().close();
});

/** POSTs to better-auth's sign-in on one instance, from `address` (the instances trust X-Forwarded-For behind the proxy). */
async function signIn(base: string, address: string, body: { email: string; password?: string }): Promise<number> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { origin: proxy, "content-type": "application/json", "x-forwarded-for": address },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  return response.status;
}

/** How many tries `attempt(i)` gets before the first 429 (stops at `limit` + 5). */
async function triesBeforeRefusal(attempt: (i: number) => Promise<number>, limit: number): Promise<number> {
  for (let i = 0; i < limit + 5; i++) if ((await attempt(i)) === 429) return i;
  return Infinity;
}

test("wrong passwords split across the instances lock the account at the same count as on one", async () => {
  const password = "a-long-enough-password";
  const emails = [`lock-one-${Date.now()}@example.com`, `lock-split-${Date.now()}@example.com`];
  for (const email of emails) {
    const signUp = await fetch(`${instanceA}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { origin: proxy, "content-type": "application/json", "x-forwarded-for": "198.51.100.1" },
      body: JSON.stringify({ name: "Locked", email, password }),
    });
    expect(signUp.status).toBe(200);
  }
  // A new address for every try: only the per-account lock is counted here.
  const wrong = (base: string, email: string, i: number) => signIn(base, `198.51.100.${10 + i}`, { email, password: `wrong-${i}-password` });
  const onOne = await triesBeforeRefusal((i) => wrong(instanceA, emails[0]!, i), 5);
  const split = await triesBeforeRefusal((i) => wrong(i % 2 === 0 ? instanceA : instanceB, emails[1]!, 40 + i), 5);
  expect(onOne).toBe(5);
  expect(split).toBe(onOne);
  // Locked on both: the right password too, on either instance.
  expect(await signIn(instanceA, "198.51.100.200", { email: emails[1]!, password })).toBe(429);
  expect(await signIn(instanceB, "198.51.100.201", { email: emails[1]!, password })).toBe(429);
});

test("one address's sign-ins split across the instances hit the rate limit at the same count as on one", async () => {
  // No password: refused 400 after being counted, without a password check; a new email each time.
  const attempt = (base: string, address: string, i: number) => signIn(base, address, { email: `rate-${Date.now()}-${i}@example.com` });
  const onOne = await triesBeforeRefusal((i) => attempt(instanceB, "203.0.113.1", i), 30);
  const split = await triesBeforeRefusal((i) => attempt(i % 2 === 0 ? instanceA : instanceB, "203.0.113.2", i), 30);
  expect(onOne).toBe(30);
  expect(split).toBe(onOne);
});

// Last: it takes the database away from both instances.
test("while the database is away pages answer 503 and say so; when it returns everything works without a restart", async () => {
  const { slug } = newDocument("# Outage\n");
  const get = (url: string) => fetch(url, { headers: { cookie: owner.cookie }, redirect: "manual" });
  await gate.shut();
  try {
    for (const base of [proxy, instanceA, instanceB]) {
      const page = await get(`${base}/d/${slug}`);
      expect(page.status).toBe(503);
      expect(page.headers.get("retry-after")).toBe("5");
      expect(await page.text()).toContain("cannot reach its database right now");
    }
    const library = await get(`${proxy}/`);
    expect(library.status).toBe(503);
    const session = await get(`${instanceA}/api/auth/get-session`);
    expect(session.status).toBe(503);
    expect(((await session.json()) as { error: { code: string } }).error.code).toBe("database_unavailable");
    const api = await get(`${instanceB}/api/v1/documents/${slug}/versions`);
    expect(api.status).toBe(503);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe("database_unavailable");
  } finally {
    await gate.reopen();
  }
  for (const base of [instanceA, instanceB]) {
    await expect.poll(async () => (await get(`${base}/d/${slug}`)).status, { timeout: 30_000 }).toBe(200);
    expect((await get(`${base}/api/v1/documents/${slug}/versions`)).status).toBe(200);
  }
});
