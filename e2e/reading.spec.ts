import { expect, test } from "./fixtures";
import { editorLines, saveThroughApi } from "./helpers";
import { RICH_DOCUMENT, createDocument } from "./pages";

test("the Markdown preview has typography, frontmatter as a table and sections as labelled boxes", async ({ page }) => {
  const slug = await createDocument(page);
  await saveThroughApi(page, slug, () => RICH_DOCUMENT);
  await page.goto(`/d/${slug}`);
  await editorLines(page);
  await page.getByRole("button", { name: "Markdown" }).click();
  const preview = page.getByTestId("preview-markdown");

  const frontmatter = preview.getByRole("table", { name: "Frontmatter" });
  await expect(frontmatter.getByRole("row", { name: "description Reviews pull requests" })).toBeVisible();
  await expect(frontmatter.getByRole("row", { name: "tools Read, Grep" })).toBeVisible();
  await expect(preview.locator("hr")).toHaveCount(0);

  const section = preview.getByRole("region", { name: "<instructions>" });
  await expect(section).toContainText("<instructions>");
  await expect(section.getByRole("heading", { name: "Rules", level: 2 })).toBeVisible();
  await expect(section.locator("blockquote")).toContainText("Never approve");
  await expect(section.getByRole("table")).toBeVisible();

  const body = await preview.evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
  const h2 = section.getByRole("heading", { name: "Rules" });
  expect(await h2.evaluate((node) => parseFloat(getComputedStyle(node).fontSize))).toBeGreaterThan(body * 1.2);
  expect(await h2.evaluate((node) => Number(getComputedStyle(node).fontWeight))).toBeGreaterThanOrEqual(600);
  expect(await section.locator("ul").evaluate((node) => getComputedStyle(node).listStyleType)).toBe("disc");
  expect(await section.locator("p, ul").first().evaluate((node) => parseFloat(getComputedStyle(node).marginBottom))).toBeGreaterThan(0);
});

test("the side-by-side diff wraps long lines on the old side too", async ({ page }) => {
  const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(" ");
  const slug = await createDocument(page);
  await saveThroughApi(page, slug, () => `${long}\n`);
  await saveThroughApi(page, slug, () => `${long} changed\n`);
  await page.goto(`/d/${slug}/diff?from=2&to=3&view=split`);
  const diff = page.getByRole("region", { name: "Changes from v2 to v3" });
  const old = diff.locator("del", { hasText: "word59" });
  const added = diff.locator("ins", { hasText: "changed" });
  // One long line drawn as several rows on each side, each side within its half of the page.
  for (const side of [old, added]) {
    const box = (await side.boundingBox())!;
    expect(box.height).toBeGreaterThan(19 * 2);
    expect(box.x + box.width).toBeLessThanOrEqual((await diff.boundingBox())!.x + (await diff.boundingBox())!.width);
  }
  expect((await old.boundingBox())!.x + (await old.boundingBox())!.width).toBeLessThanOrEqual((await added.boundingBox())!.x);
  // Only the word that changed is marked inside the edited line.
  await expect(added.locator("mark")).toHaveText(" changed");
});

test("old versions and diffs are read without downloading the editor", async ({ page }) => {
  const slug = await createDocument(page);
  await saveThroughApi(page, slug, () => "Keep this line.\nSay hello.\n");
  await saveThroughApi(page, slug, () => "Keep this line.\nSay goodbye.\nA new last line.\n");
  // The workbench that created the document fetches Monaco early; leave it before counting, or a
  // slow machine delivers that download while the pages under test load.
  await page.waitForLoadState("networkidle");
  await page.goto("about:blank");
  const scripts: string[] = [];
  page.on("response", (response) => {
    if ((response.headers()["content-type"] ?? "").includes("javascript")) scripts.push(response.url());
  });
  const monacoLoaded = () => page.evaluate(() => document.querySelector(".monaco-editor") !== null || "MonacoEnvironment" in self);

  await page.goto(`/d/${slug}/v/2`);
  const source = page.getByRole("region", { name: "Version 2 source (read-only)" });
  await expect(source).toHaveText("Keep this line.\nSay hello.\n");
  // One tab stop that scrolls with the keyboard; line numbers come from CSS, outside the text.
  await source.focus();
  await expect(source).toBeFocused();
  await page.waitForLoadState("networkidle");
  expect(await monacoLoaded()).toBe(false);

  await page.goto(`/d/${slug}/diff?from=2&to=3&view=inline`);
  const diff = page.getByRole("region", { name: "Changes from v2 to v3" });
  await expect(diff.locator("del")).toHaveText(["Removed: Say hello."]);
  await expect(diff.locator("ins")).toHaveText(["Added: Say goodbye.", "Added: A new last line."]);
  await expect(diff).toContainText("Keep this line.");
  await page.waitForLoadState("networkidle");
  expect(await monacoLoaded()).toBe(false);
  // The editor's code is one file of megabytes; nothing that size came with these pages.
  const sizes = await Promise.all(scripts.map((url) => page.request.get(url).then((r) => r.body()).then((b) => b.length)));
  expect(Math.max(...sizes)).toBeLessThan(1_000_000);
});
