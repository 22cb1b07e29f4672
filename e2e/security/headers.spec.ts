import { expect, test } from "../fixtures";
import { anonymousRequests, expiredShareLink } from "./actors";
import { importFile, refused, sameOrigin, SLUG } from "./refusals";

// What the browser is told to refuse: being framed, sniffing, leaking addresses, loading remote
// images. Both tests run as the owner (the project's signed-in page).

test("no page, API answer or build file can be framed, sniffed or leak its address", async ({ page, baseURL }) => {
  const shared = await expiredShareLink(page);
  const anonymous = await anonymousRequests(String(baseURL));
  const home = await page.request.get("/");
  const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(await home.text())?.[1];
  expect(script).toBeTruthy();
  const pages = [home, await page.request.get(`/d/${SLUG}`)];
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
  expect(pages[0]!.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect((await anonymous.get(shared)).headers()["referrer-policy"]).toBe("no-referrer");
  await anonymous.dispose();
});

// A viewer cannot reach the setting this test changes: viewer.spec.ts checks /settings/workspace.
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
});
