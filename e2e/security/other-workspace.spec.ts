import type { APIRequestContext } from "@playwright/test";
import { captureAction } from "../attack-requests";
import { expect, test } from "../fixtures";
import type { Person } from "../team";
import { anonymousRequests, strangerWithKey } from "./actors";
import { bearer, refused, SLUG } from "./refusals";

// Someone who owns another workspace, by session and by that workspace's API key: the owner's
// documents must look exactly like documents that do not exist.
test.describe.configure({ mode: "default" });

let stranger: Person;
let strangerKey: string;
let anonymous: APIRequestContext;

test.beforeAll(async ({ browser }, info) => {
  test.setTimeout(120_000); // a sign-up, a workspace and a key through the UI, on two busy cores
  ({ stranger, strangerKey } = await strangerWithKey(browser));
  anonymous = await anonymousRequests(String(info.project.use.baseURL));
});
test.afterAll(async () => {
  await anonymous?.dispose();
  await stranger?.context.close();
});

test("someone from another workspace gets 404 everywhere, exactly as for a missing document", async () => {
  const request = stranger.page.request;
  for (const path of [`/d/${SLUG}`, `/d/${SLUG}/v/1`, `/d/${SLUG}/diff`, `/d/${SLUG}/settings`]) await refused(await request.get(path), 404);
  await refused(await request.get(`/d/${SLUG}/export`), 404);
  const hidden = await refused(await request.get(`/api/v1/documents/${SLUG}`), 404);
  const missing = await request.get(`/api/v1/documents/${SLUG}-nope`);
  expect(JSON.parse(hidden).error.message).toBe(JSON.parse(await missing.text()).error.message.replace("-nope", ""));
  const origin = { origin: new URL(stranger.page.url()).origin };
  await refused(await request.post(`/api/v1/documents/${SLUG}/render`, { headers: origin, data: { values: {} } }), 404);
  const list = await request.get("/api/v1/documents");
  expect((await list.json()).map((d: { slug: string }) => d.slug)).not.toContain(SLUG);
});

// Runs before the slug probe below, which puts a document named like SLUG (plus a suffix) into
// the stranger's own workspace: this list must not even contain the name then.
test("another workspace's API key cannot reach this workspace's documents", async () => {
  const headers = bearer(strangerKey);
  await refused(await anonymous.get(`/api/v1/documents/${SLUG}`, { headers }), 404);
  await refused(await anonymous.get(`/api/v1/documents/${SLUG}/versions/latest`, { headers }), 404);
  await refused(await anonymous.post(`/api/v1/documents/${SLUG}/versions`, { headers, data: { content: "x", baseVersion: 1 } }), 404);
  await refused(await anonymous.put(`/api/v1/documents/${SLUG}/labels/production`, { headers, data: { version: 1 } }), 404);
  await refused(await anonymous.post(`/api/v1/documents/${SLUG}/render`, { headers, data: { values: {} } }), 404);
  const list = await anonymous.get("/api/v1/documents", { headers });
  expect(await list.text()).not.toContain(SLUG);
});

test("slug probing: another workspace's slugs are neither numbered around nor named in rename errors", async () => {
  const page = stranger.page;
  await page.goto("/");
  const imported = await page.request.post("/api/import", {
    headers: { origin: new URL(page.url()).origin },
    multipart: { files: { name: `${SLUG}.md`, mimeType: "text/markdown", buffer: Buffer.from("# Mine\n") } },
  });
  const slug = (JSON.parse(await refused(imported, 200)) as { outcomes: { slug: string }[] }).outcomes[0]!.slug;
  expect(slug).toMatch(new RegExp(`^${SLUG}-[a-z0-9]{4}$`));
  expect(slug).not.toBe(`${SLUG}-2`);

  await page.goto(`/d/${slug}/settings`);
  const rename = await captureAction(page, () => page.getByRole("button", { name: "Save settings" }).click());
  // A's document and A's other example: the same neutral answer, nothing about what holds them.
  for (const newSlug of [SLUG, "code-review-guide"]) {
    const body = await refused(await rename([{ slug, newSlug }]), 200);
    expect(body).toContain(`The address “${newSlug}” is not available`);
    expect(body).not.toMatch(/Release notes|Code review|already uses/i);
  }
});
