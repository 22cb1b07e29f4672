import Database from "better-sqlite3";
import type { APIRequestContext, APIResponse, Browser, Page } from "@playwright/test";
import { OWNER_STATE } from "../playwright.config";
import { expect, test } from "./fixtures";
import { joinLiveDraft } from "../scripts/bench/live-draft-client";
import { closedWithin, presenceMessage, upgradeStatus } from "./live-socket";
import { createApiKey, createInviteLink, joinWithInvite, outsider, type Person } from "./team";

/**
 * The security suite: requests that must be refused, each checked for its status and for not
 * leaking what it asked about. Actors are set up once through the UI: the owner (workspace A
 * with the examples), a viewer of A, an outsider who owns workspace B, API keys of each kind.
 */
test.describe.configure({ mode: "serial" });

const SLUG = "release-notes-writer";
// Text of that document that must never reach someone without access.
const SECRET = "Quill";

interface Actors {
  owner: Page;
  viewer: Person;
  stranger: Person;
  anonymous: APIRequestContext;
  viewerKey: string;
  strangerKey: string;
  revokedKey: string;
  revokedShare: string;
  expiredShare: string;
  ownerCookie: string;
}
let actors: Actors;
let refusals = 0;

async function shareLink(page: Page): Promise<string> {
  await page.goto(`/d/${SLUG}`);
  await page.getByRole("button", { name: /^Share/ }).click();
  const dialog = page.getByRole("dialog", { name: "Share links" });
  await dialog.getByRole("button", { name: "Create link" }).click();
  return new URL(await dialog.getByLabel("New share link").inputValue()).pathname;
}

async function setUp(browser: Browser, baseURL: string): Promise<Actors> {
  const ownerContext = await browser.newContext({ storageState: OWNER_STATE });
  const owner = await ownerContext.newPage();
  const viewer = await joinWithInvite(browser, await createInviteLink(owner, "viewer"), "sec-viewer");
  const stranger = await outsider(browser);
  const viewerKey = await createApiKey(owner, "viewer");
  const strangerKey = await createApiKey(stranger.page, "editor");
  const revokedKey = await createApiKey(owner, "editor");
  owner.on("dialog", (dialog) => void dialog.accept());
  await owner.getByTestId("api-key-list").getByRole("row").filter({ hasText: "editor-key" }).first().getByRole("button", { name: "Revoke" }).click();
  await expect(owner.getByTestId("api-key-list").getByText("Revoked").first()).toBeVisible();

  const revokedShare = await shareLink(owner);
  await owner.getByTestId("share-links").getByRole("button", { name: "Revoke" }).first().click();
  await expect(owner.getByTestId("share-links").getByText("revoked").first()).toBeVisible();
  const expiredShare = await shareLink(owner);
  // The server's clock cannot be moved from here, so the link's expiry is moved instead.
  const db = new Database("test-results/e2e.db");
  db.prepare(`UPDATE "ShareLink" SET "expiresAt" = '2000-01-01T00:00:00.000+00:00' WHERE "id" = (SELECT "id" FROM "ShareLink" ORDER BY "createdAt" DESC LIMIT 1)`).run();
  db.close();

  const anonymous = await (await import("@playwright/test")).request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const ownerCookie = (await ownerContext.cookies()).find((cookie) => cookie.name.endsWith("session_token"))!;
  return { owner, viewer, stranger, anonymous, viewerKey, strangerKey, revokedKey, revokedShare, expiredShare, ownerCookie: `${ownerCookie.name}=${ownerCookie.value}` };
}

test.beforeAll(async ({ browser }, info) => {
  actors = await setUp(browser, String(info.project.use.baseURL));
});
test.afterAll(async () => {
  expect(refusals, "requests refused by the suite").toBeGreaterThanOrEqual(30);
  await actors.anonymous.dispose();
});

/** Asserts a refusal: the status, and that the body says nothing of the document. */
async function refused(response: APIResponse, status: number | RegExp) {
  const body = await response.text();
  if (typeof status === "number") expect(response.status(), `${response.url()} → ${body.slice(0, 200)}`).toBe(status);
  else expect(String(response.status())).toMatch(status);
  expect(body).not.toContain(SECRET);
  refusals++;
  return body;
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const noRedirect = { maxRedirects: 0 };

test("without a session: pages send to sign-in, the API and downloads answer 401", async () => {
  const { anonymous } = actors;
  for (const path of [`/d/${SLUG}`, `/d/${SLUG}/v/1`, `/d/${SLUG}/settings`, "/settings/members", "/settings/audit", "/settings/api-keys", "/new"]) {
    const response = await anonymous.get(path, noRedirect);
    await refused(response, 307);
    expect(response.headers().location).toMatch(/^\/sign-in/);
  }
  await refused(await anonymous.get("/api/v1/documents"), 401);
  await refused(await anonymous.get(`/api/v1/documents/${SLUG}`), 401);
  await refused(await anonymous.post(`/api/v1/documents/${SLUG}/render`, { data: { values: {} } }), 401);
  await refused(await anonymous.get(`/d/${SLUG}/export`), 401);
  await refused(await anonymous.post("/api/import", { multipart: { files: { name: "x.md", mimeType: "text/markdown", buffer: Buffer.from("# x") } } }), 401);
});

test("a tampered session cookie reads as signed out", async () => {
  const [name, value = ""] = actors.ownerCookie.split("=");
  const tampered = `${name}=${value.slice(0, -4)}${value.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
  const headers = { cookie: tampered };
  await refused(await actors.anonymous.get("/api/v1/documents", { headers }), 401);
  await refused(await actors.anonymous.get(`/d/${SLUG}/export`, { headers }), 401);
  const page = await actors.anonymous.get(`/d/${SLUG}`, { headers, ...noRedirect });
  await refused(page, 307);
});

test("someone from another workspace gets 404 everywhere, exactly as for a missing document", async () => {
  const request = actors.stranger.page.request;
  for (const path of [`/d/${SLUG}`, `/d/${SLUG}/v/1`, `/d/${SLUG}/diff`, `/d/${SLUG}/settings`]) await refused(await request.get(path), 404);
  await refused(await request.get(`/d/${SLUG}/export`), 404);
  const hidden = await refused(await request.get(`/api/v1/documents/${SLUG}`), 404);
  const missing = await request.get(`/api/v1/documents/${SLUG}-nope`);
  expect(JSON.parse(hidden).error.message).toBe(JSON.parse(await missing.text()).error.message.replace("-nope", ""));
  const origin = { origin: new URL(actors.stranger.page.url()).origin };
  await refused(await request.post(`/api/v1/documents/${SLUG}/render`, { headers: origin, data: { values: {} } }), 404);
  const list = await request.get("/api/v1/documents");
  expect((await list.json()).map((d: { slug: string }) => d.slug)).not.toContain(SLUG);
});

test("another workspace's API key cannot reach this workspace's documents", async () => {
  const headers = bearer(actors.strangerKey);
  const { anonymous } = actors;
  await refused(await anonymous.get(`/api/v1/documents/${SLUG}`, { headers }), 404);
  await refused(await anonymous.get(`/api/v1/documents/${SLUG}/versions/latest`, { headers }), 404);
  await refused(await anonymous.post(`/api/v1/documents/${SLUG}/versions`, { headers, data: { content: "x", baseVersion: 1 } }), 404);
  await refused(await anonymous.put(`/api/v1/documents/${SLUG}/labels/production`, { headers, data: { version: 1 } }), 404);
  await refused(await anonymous.post(`/api/v1/documents/${SLUG}/render`, { headers, data: { values: {} } }), 404);
  const list = await anonymous.get("/api/v1/documents", { headers });
  expect(await list.text()).not.toContain(SLUG);
});

test("a viewer is refused writes (403) in pages and the API; keys of a viewer role too; revoked keys are 401", async () => {
  const request = actors.viewer.page.request;
  const origin = { origin: new URL(actors.viewer.page.url()).origin };
  await refused(await request.post(`/api/v1/documents/${SLUG}/versions`, { headers: origin, data: { content: "x", baseVersion: 1, authorName: "v" } }), 403);
  await refused(await request.put(`/api/v1/documents/${SLUG}/labels/production`, { headers: origin, data: { version: 1 } }), 403);
  // A session write from another site (no matching Origin) is refused before anything else.
  await refused(await request.post(`/api/v1/documents/${SLUG}/versions`, { headers: { origin: "https://evil.example" }, data: { content: "x", baseVersion: 1 } }), 403);
  for (const path of [`/d/${SLUG}/settings`, "/settings/api-keys", "/settings/audit", "/new"]) await refused(await request.get(path), 403);
  await refused(await request.post("/api/import", { multipart: { files: { name: "x.md", mimeType: "text/markdown", buffer: Buffer.from("# x") } } }), 403);

  const { anonymous, viewerKey, revokedKey } = actors;
  await refused(await anonymous.post(`/api/v1/documents/${SLUG}/versions`, { headers: bearer(viewerKey), data: { content: "x", baseVersion: 1 } }), 403);
  await refused(await anonymous.put(`/api/v1/documents/${SLUG}/labels/production`, { headers: bearer(viewerKey), data: { version: 1 } }), 403);
  await refused(await anonymous.get("/api/v1/documents", { headers: bearer(revokedKey) }), 401);
  await refused(await anonymous.get("/api/v1/documents", { headers: bearer("drm_forged-key-of-the-right-length-000000000000") }), 401);
});

test("revoked, expired and made-up share links show nothing; a share token opens nothing else", async () => {
  const { anonymous, revokedShare, expiredShare } = actors;
  for (const path of [revokedShare, expiredShare]) {
    const body = await refused(await anonymous.get(path), 200);
    expect(body).toContain("This link no longer works");
  }
  await refused(await anonymous.get("/s/shr_made-up-token"), 404);
  const token = revokedShare.split("/").pop()!;
  await refused(await anonymous.get("/api/v1/documents", { headers: bearer(token) }), 401);
  await refused(await anonymous.get(`/api/v1/documents/${SLUG}`, { headers: { "x-api-key": token } }), 401);
});

// --- live drafts ---

const sessionCookie = async (person: Person) => {
  const cookie = (await person.context.cookies()).find((c) => c.name.endsWith("session_token"))!;
  return `${cookie.name}=${cookie.value}`;
};
const liveUrl = (baseURL: string) => `${baseURL.replace(/^http/, "ws")}/collab/${SLUG}`;
/** A socket the server must end: counts as one refusal when it closes with `code`. */
async function refusedSocket(participant: { closed: Promise<number>; close: () => void }, code: number) {
  expect(await closedWithin(participant)).toBe(code);
  participant.close();
  refusals++;
}

test("live-draft upgrades that must be refused are answered over HTTP, never dropped in silence", async ({ baseURL }) => {
  const cookie = actors.ownerCookie;
  const answers = {
    nullOrigin: await upgradeStatus(baseURL!, `/collab/${SLUG}`, { origin: "null", cookie }),
    otherPort: await upgradeStatus(baseURL!, `/collab/${SLUG}`, { origin: "http://localhost:1", cookie }),
    malformed: await upgradeStatus(baseURL!, "/collab/%ZZ", { cookie }),
    unknownPath: await upgradeStatus(baseURL!, "/not-a-socket", { cookie }),
    signedOut: await upgradeStatus(baseURL!, `/collab/${SLUG}`, {}),
    stranger: await upgradeStatus(baseURL!, `/collab/${SLUG}`, { cookie: await sessionCookie(actors.stranger) }),
  };
  expect(answers).toEqual({ nullOrigin: 403, otherPort: 403, malformed: 400, unknownPath: 404, signedOut: 401, stranger: 404 });
  refusals += Object.keys(answers).length;
});

test("an editor cannot put other shared data into a live draft, nor flood its socket", async ({ baseURL }) => {
  const join = () => joinLiveDraft({ url: liveUrl(baseURL!), cookie: actors.ownerCookie, origin: baseURL! });
  const smuggler = join();
  await smuggler.synced;
  smuggler.change((doc) => doc.getMap("junk").set("blob", "x".repeat(100_000)));
  await refusedSocket(smuggler, 4422);

  const flooder = join();
  await flooder.synced;
  for (let i = 0; i < 2_000; i++) flooder.send(presenceMessage([[flooder.doc.clientID, i + 1, { cursor: i }]]));
  await refusedSocket(flooder, 4429);
});

test("a viewer cannot erase, overwrite or forge anyone's presence", async ({ baseURL }) => {
  const url = liveUrl(baseURL!);
  const owner = joinLiveDraft({ url, cookie: actors.ownerCookie, origin: baseURL! });
  const viewer = joinLiveDraft({ url, cookie: await sessionCookie(actors.viewer), origin: baseURL! });
  await Promise.all([owner.synced, viewer.synced]);
  owner.send(presenceMessage([[owner.doc.clientID, 1, { user: { id: "x", name: "x", color: "#2563eb" }, cursor: 1 }]]));
  const watcher = joinLiveDraft({ url, cookie: actors.ownerCookie, origin: baseURL! });
  await watcher.synced;
  await expect.poll(() => watcher.awareness.getStates().get(owner.doc.clientID)).toMatchObject({ cursor: 1 });

  viewer.send(presenceMessage([[owner.doc.clientID, 2, null]]));
  viewer.send(presenceMessage([[owner.doc.clientID, 3, { user: { name: "Olive Owner" }, cursor: 666 }]]));
  viewer.send(presenceMessage([[viewer.doc.clientID, 1, { user: { id: "owner", name: "Olive Owner", readOnly: false, color: "red;x:url(//e)" } }]]));
  await expect.poll(() => watcher.awareness.getStates().get(viewer.doc.clientID)).toBeTruthy();
  expect(watcher.awareness.getStates().get(owner.doc.clientID)).toMatchObject({ cursor: 1 });
  const forged = watcher.awareness.getStates().get(viewer.doc.clientID) as { user: Record<string, unknown> };
  expect(forged.user).toEqual({ id: expect.any(String), name: actors.viewer.name, readOnly: true });
  refusals += 3;
  for (const participant of [owner, viewer, watcher]) participant.close();
});

test("open live-draft sockets follow rights at once: demoted, removed, signed out", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const url = liveUrl(baseURL!);
  const { owner } = actors;
  const mover = await joinWithInvite(browser, await createInviteLink(owner, "editor"), "sec-mover");
  const leaver = await joinWithInvite(browser, await createInviteLink(owner, "editor"), "sec-leaver");
  const join = async (person: Person) => {
    const participant = joinLiveDraft({ url, cookie: await sessionCookie(person), origin: baseURL! });
    await participant.synced;
    return participant;
  };

  const demoted = await join(mover);
  await mover.page.goto(`/d/${SLUG}`);
  await expect(mover.page.getByTestId("editor")).toHaveAttribute("data-live", "ready", { timeout: 30_000 });
  await expect(mover.page.getByTestId("read-only-note")).toHaveCount(0);
  await owner.goto("/settings/members");
  await owner.getByLabel(`Role of ${mover.email}`).selectOption("viewer");
  await expect(owner.getByLabel(`Role of ${mover.email}`)).toHaveValue("viewer");
  // The open page turns read-only without a reload; the socket refuses a write anyway.
  await expect(mover.page.getByTestId("read-only-note")).toBeVisible();
  demoted.change((doc) => doc.getText("content").insert(0, "WRITTEN AFTER DEMOTION "));
  await refusedSocket(demoted, 4403);

  const removed = await join(mover);
  await owner.getByRole("row").filter({ hasText: mover.email }).getByRole("button", { name: "Remove" }).click();
  await refusedSocket(removed, 4404);

  const signedOut = await join(leaver);
  const response = await leaver.page.request.post("/api/auth/sign-out", { headers: { origin: baseURL! }, data: {} });
  expect(response.ok()).toBe(true);
  await refusedSocket(signedOut, 4401);

  const check = await join(actors.viewer);
  expect(check.doc.getText("content").toString()).not.toContain("WRITTEN AFTER DEMOTION");
  check.close();
  await mover.context.close();
  await leaver.context.close();
});
