import type { APIRequestContext, APIResponse, Page } from "@playwright/test";
import { freshRequest } from "../attack-requests";
import { expect, test } from "../fixtures";
import { uniqueName } from "../helpers";
import { createApiKey, OWNER } from "../team";
import { anonymousRequests, signedInOwner } from "./actors";
import { bearer, noRedirect, refused, SLUG } from "./refusals";

// Who someone is: forged session cookies, names claimed in bodies, password guessing, sign-up probing.
test.describe.configure({ mode: "default" });

let owner: { page: Page; cookie: string };
let anonymous: APIRequestContext;

test.beforeAll(async ({ browser }, info) => {
  owner = await signedInOwner(browser);
  anonymous = await anonymousRequests(String(info.project.use.baseURL));
});
test.afterAll(async () => {
  await anonymous?.dispose();
  await owner?.page.context().close();
});

async function importAs(page: Page, fileName: string, text: string): Promise<{ slug: string; response: APIResponse }> {
  const response = await page.request.post("/api/import", {
    headers: { origin: new URL(page.url()).origin },
    multipart: { files: { name: fileName, mimeType: "text/markdown", buffer: Buffer.from(text) } },
  });
  const outcome = ((await response.json()) as { outcomes: { slug: string }[] }).outcomes[0]!;
  return { slug: outcome.slug, response };
}

test("a tampered session cookie reads as signed out", async () => {
  const [name, value = ""] = owner.cookie.split("=");
  const tampered = `${name}=${value.slice(0, -4)}${value.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
  const headers = { cookie: tampered };
  await refused(await anonymous.get("/api/v1/documents", { headers }), 401);
  await refused(await anonymous.get(`/d/${SLUG}/export`, { headers }), 401);
  const page = await anonymous.get(`/d/${SLUG}`, { headers, ...noRedirect });
  await refused(page, 307);
});

test("a version's author is the session's person or the key, never the name a body claims", async () => {
  const key = await createApiKey(owner.page, "editor");
  const { slug } = await importAs(owner.page, `${uniqueName("forged-author")}.md`, "# Forged\n\nFirst.\n");
  const byKey = await anonymous.post(`/api/v1/documents/${slug}/versions`, { headers: bearer(key), data: { content: "# Forged\n\nSecond.\n", baseVersion: 1, authorName: OWNER.name } });
  await refused(byKey, 201);
  const origin = { origin: new URL(owner.page.url()).origin };
  const bySession = await owner.page.request.post(`/api/v1/documents/${slug}/versions`, { headers: origin, data: { content: "# Forged\n\nThird.\n", baseVersion: 2, authorName: "Mallory" } });
  await refused(bySession, 201);
  await refused(await anonymous.put(`/api/v1/documents/${slug}/labels/forged`, { headers: bearer(key), data: { version: 2, actorName: OWNER.name } }), 200);
  const versions = (await (await owner.page.request.get(`/api/v1/documents/${slug}/versions`)).json()) as { number: number; authorName: string }[];
  expect(versions.slice(0, 2).map((v) => v.authorName)).toEqual([OWNER.name, expect.stringMatching(/^editor-key-.+ \(API key\)$/)]);
});

test("wrong passwords sent urlencoded count; a locked account signs in by no encoding", async ({ baseURL }) => {
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
