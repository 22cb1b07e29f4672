import { expect, test } from "./fixtures";

test("an API key created in the UI works once shown, and stops working when revoked", async ({ page, request, playwright }) => {
  await page.goto("/settings/api-keys");
  await page.getByLabel("Key name").fill("e2e app");
  await page.getByRole("button", { name: "Create key" }).click();
  const key = await page.getByTestId("new-api-key").inputValue();
  expect(key).toMatch(/^drm_[\w-]{43}$/);
  await page.reload();
  await expect(page.getByTestId("new-api-key")).toHaveCount(0);

  const headers = { authorization: `Bearer ${key}` };
  const list = await request.get("/api/v1/documents", { headers });
  expect(list.status()).toBe(200);
  expect((await list.json()).map((d: { slug: string }) => d.slug)).toContain("code-review-guide");
  // Without a key and without a session cookie (`request` carries the owner's session).
  const anonymous = await playwright.request.newContext({ baseURL: page.url(), storageState: { cookies: [], origins: [] } });
  expect((await anonymous.get("/api/v1/documents")).status()).toBe(401);
  await anonymous.dispose();

  await expect(page.getByTestId("api-key-list")).toContainText("e2e app");
  page.on("dialog", (dialog) => void dialog.accept());
  await page.getByTestId("api-key-list").getByRole("row").filter({ hasText: "e2e app" }).getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByTestId("api-key-list").getByRole("row").filter({ hasText: "e2e app" })).toContainText("Revoked");
  expect((await request.get("/api/v1/documents", { headers })).status()).toBe(401);
});

test("the OpenAPI document and the API page describe the same endpoints", async ({ page, request }) => {
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(doc.openapi).toBe("3.1.0");
  await page.goto("/api-docs");
  const headings = page.getByRole("heading", { level: 2 });
  for (const path of Object.keys(doc.paths)) await expect(headings.filter({ hasText: path }).first()).toBeVisible();
  await expect(headings).toHaveCount(Object.values(doc.paths).flatMap((methods) => Object.keys(methods as object)).length);
});
