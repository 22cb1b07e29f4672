import type { Browser, Page } from "@playwright/test";
import pg from "pg";
import * as Y from "yjs";
import { createDb, type Db } from "@/lib/server/db/client";
import { auditActor } from "@/lib/server/access/actor";
import { authorizeDocument } from "@/lib/server/access/authorize";
import { createApiKey } from "@/lib/server/api-keys/create-api-key";
import { databaseDraftStore } from "@/lib/server/collab/live-draft-store";
import { importDocumentFile } from "@/lib/server/documents/import-document-file";
import { setLabelProtection } from "@/lib/server/labels/set-label-protection";
import { startInstancesBehindNginx } from "../scripts/testing/instances-cluster";
import { signUpOwner } from "../scripts/testing/sign-up-owner";
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
let db: Db;
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
  cluster = await startInstancesBehindNginx({ databaseUrl: url.toString(), appPorts: [BASE + 10, BASE + 20], proxyPort: BASE });
  db = createDb(url.toString());
  const signedUp = await signUpOwner(proxy, db);
  owner = { cookie: signedUp.cookie, workspaceId: signedUp.workspaceId, name: signedUp.user.name };
  editor = { cookie: await signUp(proxy, "Ed Editor", "ed@example.com"), name: "Ed Editor" };
  const ed = await db.user.findUniqueOrThrow({ where: { email: "ed@example.com" } });
  await db.membership.create({ data: { workspaceId: owner.workspaceId, userId: ed.id, role: "editor" } });
});

test.afterAll(async () => {
  await cluster?.stop();
  await db?.$disconnect();
});

async function signUp(base: string, name: string, email: string): Promise<string> {
  const auth = (path: string) =>
    fetch(`${base}/api/auth/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ name, email, password: "instances-password-1" }),
    });
  expect((await auth("sign-up/email")).ok).toBe(true);
  const response = await auth("sign-in/email");
  expect(response.ok).toBe(true);
  return response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
}

async function ownerUser() {
  const user = await db.user.findUniqueOrThrow({ where: { email: "bench@example.com" } });
  return { type: "user" as const, id: user.id, name: user.name, email: user.email };
}

async function newDocument(content: string): Promise<{ slug: string; documentId: string }> {
  const slug = `shared-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  await importDocumentFile({ db, workspaceId: owner.workspaceId, fileName: `${slug}.md`, bytes: new TextEncoder().encode(content), authorName: owner.name });
  const { id } = await db.document.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  return { slug, documentId: id };
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

async function storedDraftText(documentId: string): Promise<string> {
  const { state } = await databaseDraftStore(db).load(documentId);
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  return doc.getText("content").toString();
}

test("editors on different instances converge on the same text, with presence from both", async ({ browser }) => {
  const { slug } = await newDocument("# Shared\n\nline one\n");
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
  const { slug } = await newDocument("# Saved\n\ntext\n");
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
  const { slug, documentId } = await newDocument("first\n");
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
  const user = await ownerUser();
  const access = await authorizeDocument({ db, actor: user, slug, permission: "label.protect" });
  expect(access.documentId).toBe(documentId);
  await setLabelProtection({ db, access, actor: auditActor(user), name: "production", isProtected: true });
  expect((await move(instanceA, owner, 2)).status).toBe(200);
  // B's cache was emptied by A's write (relayed event), not by its 1 s TTL.
  expect(await read(instanceB)).toBe(2);
  const refused = await move(instanceB, editor, 1);
  expect(refused.status).toBe(403);
  expect(await read(instanceA)).toBe(2);
});

test("50 parallel saves split across the two instances: one lands, 49 get 409, numbers stay 1..n", async () => {
  const { slug } = await newDocument("base\n");
  const { key } = await createApiKey({ db, workspaceId: owner.workspaceId, actor: auditActor(await ownerUser()), input: { name: "race", role: "editor" } });
  const statuses = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      fetch(`${i % 2 === 0 ? instanceA : instanceB}/api/v1/documents/${slug}/versions`, {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        body: JSON.stringify({ content: `save ${i}\n`, message: `save ${i}`, baseVersion: 1 }),
      }).then((response) => response.status),
    ),
  );
  expect(statuses.filter((status) => status === 201)).toHaveLength(1);
  expect(statuses.filter((status) => status === 409)).toHaveLength(49);
  const versions = await db.version.findMany({ where: { document: { slug } }, orderBy: { number: "asc" }, select: { number: true } });
  expect(versions.map((v) => v.number)).toEqual([1, 2]);
});

test("killing an instance mid-edit loses nothing acknowledged; its browsers reconnect through the proxy", async ({ browser }) => {
  test.setTimeout(240_000);
  const { slug, documentId } = await newDocument("# Survive\n\nend\n");
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
  expect(await storedDraftText(documentId)).toContain("two ");
  await first.context().close();
  await second.context().close();
});
