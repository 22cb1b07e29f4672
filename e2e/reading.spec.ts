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
  const old = page.locator(".monaco-diff-editor .original-in-monaco-diff-editor .view-lines");
  await expect(old).toBeVisible({ timeout: 30_000 });
  // One long line drawn as several rows, each within the old side's width.
  await expect.poll(() => old.locator(".view-line").count()).toBeGreaterThan(2);
  const side = await page.locator(".monaco-diff-editor .original-in-monaco-diff-editor").boundingBox();
  const widest = await old.locator(".view-line").evaluateAll((rows) => Math.max(...rows.map((row) => row.firstElementChild?.getBoundingClientRect().width ?? 0)));
  expect(widest).toBeLessThanOrEqual(side!.width);
  await expect(page.getByRole("textbox", { name: /old side/ })).toHaveCount(1);
  await expect(page.getByRole("textbox", { name: /new side/ })).toHaveCount(1);
});
