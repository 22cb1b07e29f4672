import type { APIRequestContext, Page } from "@playwright/test";
import { captureAction } from "../attack-requests";
import { e2eQuery } from "../e2e-database";
import { expect, test } from "../fixtures";
import { uniqueName } from "../helpers";
import { createApiKey, OWNER, type Person } from "../team";
import { anonymousRequests, invitedViewer, revokedApiKey, signedInOwner } from "./actors";
import { bearer, refused, SLUG } from "./refusals";

// A member who may read but not write, by session and by a viewer key; and keys that were revoked.
test.describe.configure({ mode: "default" });

let owner: Page;
let viewer: Person;
let viewerKey: string;
let revokedKey: string;
let anonymous: APIRequestContext;

test.beforeAll(async ({ browser }, info) => {
  test.setTimeout(120_000); // an invite, a sign-up and two keys through the UI, on two busy cores
  owner = (await signedInOwner(browser)).page;
  viewer = await invitedViewer(browser, owner);
  viewerKey = await createApiKey(owner, "viewer");
  revokedKey = await revokedApiKey(owner);
  anonymous = await anonymousRequests(String(info.project.use.baseURL));
});
test.afterAll(async () => {
  await anonymous?.dispose();
  await viewer?.context.close();
  await owner?.context().close();
});

test("a viewer is refused writes (403) in pages and the API; keys of a viewer role too; revoked keys are 401", async () => {
  const request = viewer.page.request;
  const origin = { origin: new URL(viewer.page.url()).origin };
  await refused(await request.post(`/api/v1/documents/${SLUG}/versions`, { headers: origin, data: { content: "x", baseVersion: 1, authorName: "v" } }), 403);
  await refused(await request.put(`/api/v1/documents/${SLUG}/labels/production`, { headers: origin, data: { version: 1 } }), 403);
  // A session write from another site (no matching Origin) is refused before anything else.
  await refused(await request.post(`/api/v1/documents/${SLUG}/versions`, { headers: { origin: "https://evil.example" }, data: { content: "x", baseVersion: 1 } }), 403);
  for (const path of [`/d/${SLUG}/settings`, "/settings/api-keys", "/settings/audit", "/settings/workspace", "/new"]) await refused(await request.get(path), 403);
  await refused(await request.post("/api/import", { multipart: { files: { name: "x.md", mimeType: "text/markdown", buffer: Buffer.from("# x") } } }), 403);

  await refused(await anonymous.post(`/api/v1/documents/${SLUG}/versions`, { headers: bearer(viewerKey), data: { content: "x", baseVersion: 1 } }), 403);
  await refused(await anonymous.put(`/api/v1/documents/${SLUG}/labels/production`, { headers: bearer(viewerKey), data: { version: 1 } }), 403);
  await refused(await anonymous.get("/api/v1/documents", { headers: bearer(revokedKey) }), 401);
  await refused(await anonymous.get("/api/v1/documents", { headers: bearer("drm_forged-key-of-the-right-length-000000000000") }), 401);
});

test("presets are personal: a viewer can neither see, overwrite nor delete the owner's; oversized values are refused", async () => {
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
  // The owner's test case is unchanged; the viewer's "overwrite" became a test case of their own.
  expect(rows.find((row) => row.email === OWNER.email)?.values).not.toContain("overwritten");
  expect(rows.find((row) => row.email === viewer.email)?.values).toContain("overwritten");
  expect(hugeRows).toBe(0);
});
