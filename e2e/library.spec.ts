import { expect, test } from "./fixtures";

test("the library lists the example documents with their format, size and versions", async ({ page }) => {
  await page.goto("/");
  const list = page.getByTestId("library-list");
  for (const title of ["Code review guide", "docs-agent", "Quill"]) {
    await expect(list.getByRole("link", { name: title, exact: true })).toBeVisible();
  }
  const agentRow = list.getByRole("row").filter({ hasText: "docs-agent" });
  await expect(agentRow).toContainText("Agent file");
  await expect(agentRow).toContainText(/\d+(\.\d)? (B|KB)/);
});

test("the filter matches titles and content, and says when nothing matches", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Filter documents").fill("transcript");
  await expect(page).toHaveURL(/\?q=transcript/);
  const list = page.getByTestId("library-list");
  await expect(list.getByRole("row")).toHaveCount(1);
  await expect(list).toContainText("meeting summarizer", { ignoreCase: true });
  // Found through the full-text index: the matched word is marked in a snippet with its line.
  await expect(list.locator("mark").first()).toHaveText(/^transcript$/i);
  await expect(list.getByTestId("search-snippet")).toContainText(/line \d+:/);

  await page.getByLabel("Filter documents").fill("no-such-words-anywhere");
  await expect(page.getByText("No documents match “no-such-words-anywhere”")).toBeVisible();
});

test("a new document opens in the editor with a starter outline", async ({ page }) => {
  const title = `Support agent ${Date.now()}`;
  await page.goto("/");
  await page.getByRole("link", { name: "New document" }).click();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Format").selectOption("xml");
  await page.getByRole("button", { name: "Create document" }).click();
  await expect(page).toHaveURL(/\/d\/support-agent-\d+$/);
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByTestId("editor")).toContainText("<instructions>");
});

test("unknown documents and versions get a 404 page", async ({ page }) => {
  const missingDoc = await page.goto("/d/no-such-document");
  expect(missingDoc?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();

  const missingVersion = await page.goto("/d/code-review-guide/v/999");
  expect(missingVersion?.status()).toBe(404);
  const notANumber = await page.goto("/d/code-review-guide/v/abc");
  expect(notANumber?.status()).toBe(404);
});

test("the archived view keeps its place when filtering", async ({ page }) => {
  await page.goto("/?archived=1");
  await expect(page.getByRole("heading", { name: "Archived documents" })).toBeVisible();
  await page.getByLabel("Filter documents").fill("zzz-nothing-like-this");
  await expect(page).toHaveURL(/archived=1/);
  await expect(page).toHaveURL(/q=zzz-nothing-like-this/);
  await expect(page.getByText("No documents match “zzz-nothing-like-this”")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Archived documents" })).toBeVisible();
});
