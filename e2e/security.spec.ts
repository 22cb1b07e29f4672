import { createHash, randomBytes } from "node:crypto";
import type { APIRequestContext, APIResponse, Browser, Page } from "@playwright/test";
import { OWNER_STATE } from "../playwright.config";
import { expect, test } from "./fixtures";
import { joinLiveDraft } from "../scripts/testing/live-draft-client";
import { captureAction, freshRequest, rawRequest } from "./attack-requests";
import { closedWithin, presenceMessage, upgradeStatus } from "./live-socket";
import { e2eQuery } from "./e2e-database";
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
  await e2eQuery(`UPDATE "ShareLink" SET "expiresAt" = ? WHERE "id" = (SELECT "id" FROM "ShareLink" ORDER BY "createdAt" DESC LIMIT 1)`, [
    "2000-01-01T00:00:00.000+00:00",
  ]);

  const anonymous = await (await import("@playwright/test")).request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const ownerCookie = (await ownerContext.cookies()).find((cookie) => cookie.name.endsWith("session_token"))!;
  return { owner, viewer, stranger, anonymous, viewerKey, strangerKey, revokedKey, revokedShare, expiredShare, ownerCookie: `${ownerCookie.name}=${ownerCookie.value}` };
}

test.beforeAll(async ({ browser }, info) => {
  // Every actor is made through the UI (sign-ups, invites, keys, share links): that takes a
  // while on two busy cores.
  test.setTimeout(120_000);
  actors = await setUp(browser, String(info.project.use.baseURL));
});
test.afterAll(async () => {
  console.log(`security suite: ${refusals} requests refused`);
  expect(refusals, "requests refused by the suite").toBeGreaterThanOrEqual(100);
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

// --- identity ---
// Names on versions, sign-in limits, sign-up, personal presets and slugs. Imports are loaded
// here rather than at the top so this section stays self-contained.


async function importAs(page: Page, fileName: string, text: string): Promise<{ status: number; slug: string; response: APIResponse }> {
  const response = await page.request.post("/api/import", {
    headers: { origin: new URL(page.url()).origin },
    multipart: { files: { name: fileName, mimeType: "text/markdown", buffer: Buffer.from(text) } },
  });
  const outcome = ((await response.json()) as { outcomes: { slug: string }[] }).outcomes[0]!;
  return { status: response.status(), slug: outcome.slug, response };
}

test("a version's author is the session's person or the key, never the name a body claims", async () => {
  const { owner, anonymous } = actors;
  const { uniqueName } = await import("./helpers");
  const { OWNER } = await import("./team");
  const key = await createApiKey(owner, "editor");
  const { slug } = await importAs(owner, `${uniqueName("forged-author")}.md`, "# Forged\n\nFirst.\n");
  const byKey = await anonymous.post(`/api/v1/documents/${slug}/versions`, { headers: bearer(key), data: { content: "# Forged\n\nSecond.\n", baseVersion: 1, authorName: OWNER.name } });
  await refused(byKey, 201);
  const origin = { origin: new URL(owner.url()).origin };
  const bySession = await owner.request.post(`/api/v1/documents/${slug}/versions`, { headers: origin, data: { content: "# Forged\n\nThird.\n", baseVersion: 2, authorName: "Mallory" } });
  await refused(bySession, 201);
  await refused(await anonymous.put(`/api/v1/documents/${slug}/labels/forged`, { headers: bearer(key), data: { version: 2, actorName: OWNER.name } }), 200);
  const versions = (await (await owner.request.get(`/api/v1/documents/${slug}/versions`)).json()) as { number: number; authorName: string }[];
  expect(versions.slice(0, 2).map((v) => v.authorName)).toEqual([OWNER.name, expect.stringMatching(/^editor-key-.+ \(API key\)$/)]);
});

test("wrong passwords sent urlencoded count; a locked account signs in by no encoding", async ({ baseURL }) => {
  const { uniqueName } = await import("./helpers");
  const probe = await freshRequest(String(baseURL));
  const headers = { origin: String(baseURL) };
  const name = uniqueName("locked");
  const email = `${name}@example.com`;
  const password = `${name}-password`;
  expect((await probe.post("/api/auth/sign-up/email", { headers, data: { name, email, password } })).status()).toBe(200);
  for (let i = 0; i < 5; i++) await refused(await probe.post("/api/auth/sign-in/email", { headers, form: { email, password: `wrong-password-${i}` } }), 401);
  const attempts = [
    probe.post("/api/auth/sign-in/email", { headers, form: { email, password } }),
    probe.post("/api/auth/sign-in/email", { headers, data: { email, password } }),
    probe.post("/api/auth/sign-in/email", { headers, multipart: { email, password } }),
  ];
  for (const attempt of attempts) {
    const response = await attempt;
    await refused(response, 429);
    expect(response.headers()["set-cookie"]).toBeUndefined();
  }
  await refused(await probe.post("/api/auth/sign-in/email", { headers: { ...headers, "content-type": "text/plain" }, data: JSON.stringify({ email, password }) }), 415);
  await probe.dispose();
});

test("sign-up answers alike for a new and an existing email", async ({ baseURL }) => {
  const { uniqueName } = await import("./helpers");
  const { OWNER } = await import("./team");
  const answers = [];
  for (const email of [`${uniqueName("new")}@example.com`, OWNER.email]) {
    const probe = await freshRequest(String(baseURL));
    const response = await probe.post("/api/auth/sign-up/email", { headers: { origin: String(baseURL) }, data: { name: "Mallory", email, password: "mallory-password-1" } });
    const body = JSON.parse(await refused(response, 200)) as { token: unknown; user: Record<string, unknown> };
    answers.push({ status: response.status(), cookie: response.headers()["set-cookie"], token: body.token, fields: Object.keys(body.user).sort(), verified: body.user.emailVerified });
    await probe.dispose();
  }
  expect(answers[1]).toEqual(answers[0]);
  expect(answers[0]).toMatchObject({ status: 200, cookie: undefined, token: null });
  // The owner's account is untouched: the made-up password does not open it.
  const probe = await freshRequest(String(baseURL));
  await refused(await probe.post("/api/auth/sign-in/email", { headers: { origin: String(baseURL) }, data: { email: OWNER.email, password: "mallory-password-1" } }), 401);
  await probe.dispose();
});

test("presets are personal: a viewer can neither see, overwrite nor delete the owner's; oversized values are refused", async () => {
  const { owner, viewer } = actors;
  const { uniqueName } = await import("./helpers");
  const ownerCase = uniqueName("owner-case");
  await owner.goto(`/d/${SLUG}`);
  const ownerBar = owner.getByRole("group", { name: "Test cases" });
  await ownerBar.getByLabel("Test case name").fill(ownerCase);
  await ownerBar.getByRole("button", { name: "Save" }).click();
  await expect(ownerBar.getByLabel("Test case", { exact: true })).toHaveValue(ownerCase);

  const page = viewer.page;
  await page.goto(`/d/${SLUG}`);
  const bar = page.getByRole("group", { name: "Test cases" });
  await expect(bar.getByLabel("Test case", { exact: true })).toBeVisible();
  await expect(bar.locator("option", { hasText: ownerCase })).toHaveCount(0);
  const mine = uniqueName("viewer-case");
  await bar.getByLabel("Test case name").fill(mine);
  const save = await captureAction(page, () => bar.getByRole("button", { name: "Save" }).click());
  await expect(bar.getByLabel("Test case", { exact: true })).toHaveValue(mine);
  const remove = await captureAction(page, () => bar.getByRole("button", { name: "Delete" }).click());

  expect(await refused(await remove([SLUG, ownerCase]), 200)).toContain("not_found");
  await refused(await save([{ slug: SLUG, name: ownerCase, values: { Product: "overwritten" } }]), 200);
  expect(await refused(await save([{ slug: SLUG, name: uniqueName("huge"), values: { Product: "x".repeat(900 * 1024) } }]), 200)).toContain("payload_too_large");

  const rows = await e2eQuery<{ email: string; values: string }>(
    `SELECT u."email" AS "email", p."values" AS "values" FROM "Preset" p JOIN "User" u ON u."id" = p."ownerId" WHERE p."name" = ?`,
    [ownerCase],
  );
  const hugeRows = (await e2eQuery<{ n: number }>(`SELECT CAST(COUNT(*) AS INTEGER) AS "n" FROM "Preset" WHERE length("values") > 65536`))[0]?.n;
  const { OWNER } = await import("./team");
  // The owner's test case is unchanged; the viewer's "overwrite" became a test case of their own.
  expect(rows.find((row) => row.email === OWNER.email)?.values).not.toContain("overwritten");
  expect(rows.find((row) => row.email === viewer.email)?.values).toContain("overwritten");
  expect(hugeRows).toBe(0);
});

test("slug probing: another workspace's slugs are neither numbered around nor named in rename errors", async () => {
  const { stranger } = actors;
  const page = stranger.page;
  await page.goto("/");
  const imported = await importAs(page, `${SLUG}.md`, "# Mine\n");
  await refused(imported.response, 200);
  expect(imported.slug).toMatch(new RegExp(`^${SLUG}-[a-z0-9]{4}$`));
  expect(imported.slug).not.toBe(`${SLUG}-2`);

  await page.goto(`/d/${imported.slug}/settings`);
  const rename = await captureAction(page, () => page.getByRole("button", { name: "Save settings" }).click());
  // A's document and A's other example: the same neutral answer, nothing about what holds them.
  for (const newSlug of [SLUG, "code-review-guide"]) {
    const body = await refused(await rename([{ slug: imported.slug, newSlug }]), 200);
    expect(body).toContain(`The address “${newSlug}” is not available`);
    expect(body).not.toMatch(/Release notes|Code review|already uses/i);
  }
});

// --- transport and rendering ---


const sameOrigin = () => ({ origin: String(test.info().project.use.baseURL) });
const importFile = (name: string, text: string) => ({ multipart: { files: { name, mimeType: "text/markdown", buffer: Buffer.from(text) } } });
// Includes itself ten times per level: 10^10 expansions, 122 MB+ of output if nothing stops it.
const BOMB = `Boom ${"{{> render-bomb}} ".repeat(10)}`;

test("an import posted from another origin or another port of this host is refused 403 and imports nothing", async () => {
  const request = actors.owner.request;
  const { port } = new URL(String(test.info().project.use.baseURL));
  for (const origin of ["https://evil.example", `http://localhost:${Number(port) + 1}`, "null"]) {
    const body = await refused(await request.post("/api/import", { headers: { origin }, ...importFile("cross-origin-import.md", "# Hijacked") }), 403);
    expect(body).toContain("Uploads must come from this site");
  }
  await refused(await request.post("/api/import", importFile("cross-origin-import.md", "# No origin")), 403);
  await refused(await request.get("/d/cross-origin-import"), 404);
});

test("a chunked import is cut off at 64 MB with 413, not read to the end", async () => {
  const { response, sentWhenAnswered } = await rawRequest("/api/import", {
    method: "POST",
    headers: { cookie: actors.ownerCookie, ...sameOrigin(), "content-type": "multipart/form-data; boundary=x", "transfer-encoding": "chunked" },
    chunks: 1200, // 300 MB if the server kept reading
  });
  const body = await refused(response, 413);
  expect(body).toContain("over 64 MB");
  expect(sentWhenAnswered).toBeLessThan(128 * 1024 * 1024);
  // A declared length over the limit is refused before any of it is sent.
  const declared = await rawRequest("/api/import", { method: "POST", headers: { cookie: actors.ownerCookie, ...sameOrigin(), "content-length": String(300 * 1024 * 1024) } });
  await refused(declared.response, 413);
  expect(declared.sentWhenAnswered).toBe(0);
});

test("oversized or unmeasured bodies to actions, sign-in and the API are refused at once", async () => {
  const big = await rawRequest(`/d/${SLUG}`, { method: "POST", headers: { "next-action": "x", "content-length": String(50 * 1024 * 1024) } });
  await refused(big.response, 413);
  await refused((await rawRequest("/api/auth/sign-in/email", { method: "POST", headers: { "content-type": "application/json", "content-length": String(1024 * 1024) } })).response, 413);
  const chunkedSignIn = await rawRequest("/api/auth/sign-in/email", { method: "POST", headers: { "content-type": "application/json", "transfer-encoding": "chunked" }, chunks: 2 });
  await refused(chunkedSignIn.response, 411);
  const api = await rawRequest(`/api/v1/documents/${SLUG}/render`, {
    method: "POST",
    headers: { authorization: `Bearer ${actors.viewerKey}`, "content-type": "application/json", "transfer-encoding": "chunked" },
    chunks: 200, // 50 MB
  });
  await refused(api.response, 413);
  expect(api.sentWhenAnswered).toBeLessThan(20 * 1024 * 1024);
});

test("malformed percent-encoding in a path answers 400 with a page, or JSON under /api", async () => {
  for (const path of ["/d/%ZZ", "/d/%E0%A4%A/settings", "/s/%C0", "/%"]) {
    const { response } = await rawRequest(path, { headers: { cookie: actors.ownerCookie } });
    const body = await refused(response, 400);
    expect(body).toContain("broken %-escape");
  }
  const { response } = await rawRequest(`/api/v1/documents/%ZZ/render`, { headers: bearer(actors.viewerKey) });
  expect(JSON.parse(await refused(response, 400)).error.code).toBe("invalid_input");
});

test("values nested 10,000 deep answer 400, not a stack overflow", async () => {
  const deep = `{"values":{"Product":${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}}}`;
  const headers = { ...bearer(actors.viewerKey), "content-type": "application/json" };
  const body = await refused(await actors.anonymous.post(`/api/v1/documents/${SLUG}/render`, { headers, data: deep }), 400);
  expect(body).toContain("nested at most 64 levels");
  const shallowDeep = encodeURIComponent(`{"Product":${'{"a":'.repeat(900)}1${"}".repeat(900)}}`);
  await refused(await actors.anonymous.get(`/api/v1/documents/${SLUG}/render?values=${shallowDeep}`, { headers: bearer(actors.viewerKey) }), 400);
});

test("a self-including document answers 422 render_limit by API and a clear page by share link, and others are served meanwhile", async () => {
  const { owner, anonymous, viewerKey } = actors;
  const imported = await owner.request.post("/api/import", { headers: sameOrigin(), ...importFile("render-bomb.md", BOMB) });
  expect(imported.status()).toBe(200);
  const started = Date.now();
  const [bomb, other] = await Promise.all([
    anonymous.post("/api/v1/documents/render-bomb/render", { headers: bearer(viewerKey), data: { values: {} } }),
    anonymous.get(`/api/v1/documents/${SLUG}`, { headers: bearer(viewerKey) }).then((response) => ({ response, ms: Date.now() - started })),
  ]);
  const error = JSON.parse(await refused(bomb, 422)).error;
  expect(error.code).toBe("render_limit");
  expect(error.message).toMatch(/Includes would expand/);
  expect(other.response.status()).toBe(200);
  expect(other.ms).toBeLessThan(1_000);
  await refused(await anonymous.get("/api/v1/documents/render-bomb/render", { headers: bearer(viewerKey) }), 422);

  // A preview-only share link of the bomb, written straight to the database (opening the
  // document in the workbench would render it in this browser).
  const token = `shr_${randomBytes(32).toString("base64url")}`;
  const [doc] = await e2eQuery<{ id: string }>(`SELECT "id" FROM "Document" WHERE "slug" = 'render-bomb'`);
  await e2eQuery(
    `INSERT INTO "ShareLink" ("id", "documentId", "tokenHash", "target", "access", "creatorId", "creatorName") VALUES (?, ?, ?, 'head', 'preview', 'e2e', 'e2e')`,
    [`bomb-link-${Date.now()}`, doc!.id, createHash("sha256").update(token).digest("hex")],
  );
  const page = await refused(await anonymous.get(`/s/${token}`), 200);
  expect(page).toContain("This prompt is too large to show");
  expect(page).toContain("Includes would expand");
  await refused(await owner.request.get("/d/render-bomb/diff?mode=rendered&from=1&to=1"), 200);
});

test("no page, API answer or build file can be framed, sniffed or leak its address", async () => {
  const { owner, anonymous } = actors;
  const home = await owner.request.get("/");
  const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(await home.text())?.[1];
  expect(script).toBeTruthy();
  const pages = [home, await owner.request.get(`/d/${SLUG}`)];
  const refusedOnes = [
    await anonymous.get("/sign-in"),
    await anonymous.get(`/api/v1/documents/${SLUG}`),
    await anonymous.get(script!),
    await anonymous.get("/d/%ZZ"),
  ];
  for (const response of refusedOnes) await refused(response, /^(200|400|401)$/);
  for (const response of [...pages, ...refusedOnes]) {
    const headers = response.headers();
    expect(headers["x-frame-options"], response.url()).toBe("DENY");
    expect(headers["content-security-policy"], response.url()).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"], response.url()).toBe("nosniff");
    expect(headers["referrer-policy"], response.url()).toBe("strict-origin-when-cross-origin");
  }
  const responses = pages;
  expect(responses[0]!.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  const shared = await anonymous.get(actors.expiredShare);
  expect(shared.headers()["referrer-policy"]).toBe("no-referrer");
});

test("the Markdown preview shows a remote image as a blocked link unless an owner allows remote images", async ({ page, blockedRequests }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  const imported = await page.request.post("/api/import", { headers: sameOrigin(), ...importFile("tracked-readme.md", "# Readme\n\n![pixel](https://tracker.example/p.gif?who=me)\n") });
  expect(imported.status()).toBe(200);
  const documentPage = await page.goto("/d/tracked-readme");
  expect(documentPage!.headers()["content-security-policy"]).toContain("img-src 'self' data: blob:;");
  await expect(page.locator(".monaco-editor").first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Markdown", exact: true }).click();
  const preview = page.getByTestId("preview-markdown");
  await expect(preview.getByRole("link", { name: "remote image blocked: tracker.example" })).toBeVisible();
  await expect(preview.locator("img")).toHaveCount(0);
  expect(blockedRequests).toEqual([]);
  // The app ran under its policy: Monaco, the preview and the live draft with no violation.
  expect(violations).toEqual([]);

  // An owner allows remote images: the page's policy and the preview follow.
  await page.goto("/settings/workspace");
  await page.getByLabel("Load remote images in Markdown previews").check();
  await expect(page.getByRole("status")).toHaveText("Previews now load remote images.");
  await page.route("https://tracker.example/**", (route) => route.fulfill({ status: 204 }));
  const allowed = await page.goto("/d/tracked-readme");
  expect(allowed!.headers()["content-security-policy"]).toContain("img-src 'self' data: blob: https:");
  await page.getByRole("button", { name: "Markdown", exact: true }).click();
  await expect(page.getByTestId("preview-markdown").locator('img[src="https://tracker.example/p.gif?who=me"]')).toHaveCount(1);
  await page.goto("/settings/workspace");
  await page.getByLabel("Load remote images in Markdown previews").uncheck();
  await expect(page.getByRole("status")).toHaveText("Previews no longer load remote images.");
  // A viewer cannot reach the setting.
  await refused(await actors.viewer.page.request.get("/settings/workspace"), 403);
});
