import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "../fixtures";
import { anonymousRequests, expiredShareLink, revokedShareLink, signedInOwner } from "./actors";
import { bearer, noRedirect, refused, SLUG } from "./refusals";

// Someone with no session at all: a script, or a person holding a share link that stopped working.
test.describe.configure({ mode: "default" });

let anonymous: APIRequestContext;
let revokedShare: string;
let expiredShare: string;

test.beforeAll(async ({ browser }, info) => {
  test.setTimeout(120_000); // share links made through the UI, on two busy cores
  const owner = await signedInOwner(browser);
  revokedShare = await revokedShareLink(owner.page);
  expiredShare = await expiredShareLink(owner.page);
  await owner.page.context().close();
  anonymous = await anonymousRequests(String(info.project.use.baseURL));
});
test.afterAll(async () => {
  await anonymous?.dispose();
});

test("without a session: pages send to sign-in, the API and downloads answer 401", async () => {
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

test("revoked, expired and made-up share links show nothing; a share token opens nothing else", async () => {
  for (const path of [revokedShare, expiredShare]) {
    const body = await refused(await anonymous.get(path), 200);
    expect(body).toContain("This link no longer works");
  }
  await refused(await anonymous.get("/s/shr_made-up-token"), 404);
  const token = revokedShare.split("/").pop()!;
  await refused(await anonymous.get("/api/v1/documents", { headers: bearer(token) }), 401);
  await refused(await anonymous.get(`/api/v1/documents/${SLUG}`, { headers: { "x-api-key": token } }), 401);
});
