import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { editorLines, saveThroughApi, typeAtStart, uniqueName } from "./helpers";

async function createDocument(page: Page, title: string) {
  await page.goto("/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Format").selectOption("plain");
  await page.getByRole("button", { name: "Create document" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Types at the start of line `line` (1-based) in the page's Monaco editor. */
async function typeOnLine(page: Page, line: number, text: string) {
  const lines = await editorLines(page);
  await lines.click();
  await page.keyboard.press("ControlOrMeta+Home");
  for (let i = 1; i < line; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Home");
  await page.keyboard.type(text);
}

const slugOf = (page: Page) => new URL(page.url()).pathname.split("/")[2]!;
const withFirstLine = (content: string, line: string) => [line, ...content.split("\n").slice(1)].join("\n");

test("a version saved through the API while the draft has edits: the next save merges both", async ({ page }) => {
  await createDocument(page, uniqueName("Merge"));
  await typeOnLine(page, 2, "Mine.");
  await expect(page.getByTestId("draft-status")).toHaveText("Draft differs from v1 · changed by you");

  await saveThroughApi(page, slugOf(page), (content) => withFirstLine(content, "Theirs."));
  // The open page learns of it at once and says what saving will do.
  await expect(page.getByTestId("draft-status")).toContainText("v2 was saved elsewhere; saving merges it in");
  await expect(page.getByTestId("version-list").getByRole("listitem")).toHaveCount(2);

  await page.getByRole("button", { name: /^Save Ctrl/ }).click();
  await expect(page.getByTestId("save-status")).toHaveText("Merged with the latest changes and saved as version 3");
  const lines = await editorLines(page);
  await expect(lines).toContainText("Theirs.");
  await expect(lines).toContainText("Mine.");
  await expect(page.getByTestId("draft-status")).toHaveText("Draft matches v3 · saved by you");
});

test("a version saved through the API while nobody changed the draft: the draft moves to it", async ({ page }) => {
  await createDocument(page, uniqueName("Follow"));
  await editorLines(page);
  await saveThroughApi(page, slugOf(page), (content) => withFirstLine(content, "Updated by a script."));
  await expect(await editorLines(page)).toContainText("Updated by a script.");
  await expect(page.getByTestId("draft-status")).toHaveText("Draft matches v2 · saved by you");
});

test("overlapping edits open the conflict resolver; the resolution is saved on top", async ({ page }) => {
  await createDocument(page, uniqueName("Conflict"));
  await typeOnLine(page, 1, "MINE ");
  await saveThroughApi(page, slugOf(page), (content) => withFirstLine(content, "THEIRS"));
  await expect(page.getByTestId("draft-status")).toContainText("v2 was saved elsewhere");

  await page.keyboard.press("ControlOrMeta+s");
  const resolver = page.getByTestId("conflict-resolver");
  await expect(resolver).toBeVisible();
  await expect(resolver).toContainText("<<<<<<< your edits");
  await expect(resolver.getByRole("button", { name: "Save resolution" })).toBeDisabled();

  // Replace the whole merge (right side) with the resolved text.
  await resolver.locator(".modified-in-monaco-diff-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("MINE and THEIRS, resolved");
  await resolver.getByRole("button", { name: "Save resolution" }).click();
  await expect(page.getByTestId("save-status")).toHaveText("Saved as version 3");
  // The resolution is now the shared draft too.
  await expect(await editorLines(page)).toContainText("MINE and THEIRS, resolved");
  await expect(page.getByTestId("draft-status")).toHaveText("Draft matches v3 · saved by you");
  await expect(page.getByTestId("version-list").getByRole("listitem")).toHaveCount(3);
});

test("labels, the diff page with its section summary, and restoring an old version", async ({ page }) => {
  await createDocument(page, uniqueName("History"));
  await (await editorLines(page)).click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("\nA second paragraph.");
  await page.keyboard.press("ControlOrMeta+s");
  await expect(page.getByTestId("save-status")).toHaveText("Saved as version 2");

  await page.getByLabel("Label name").fill("production");
  await page.getByLabel("Label version").selectOption("1");
  await page.getByRole("button", { name: "Set", exact: true }).click();
  const versions = page.getByTestId("version-list");
  await expect(versions.getByRole("listitem").nth(1)).toContainText("production");
  await page.getByLabel("Label name").fill("Not Valid!");
  await page.getByRole("button", { name: "Set", exact: true }).click();
  await expect(page.getByRole("form", { name: "Set a label" }).getByRole("alert")).toContainText("lowercase");

  const slug = new URL(page.url()).pathname.split("/")[2];
  await page.goto(`/d/${slug}/diff?from=1&to=2&view=inline`);
  await expect(page.getByTestId("section-summary")).toContainText("(top of document): 2 lines changed");
  await expect(page.getByTestId("diff")).toContainText("A second paragraph.");
  await page.getByRole("button", { name: "Side by side" }).click();
  await expect(page).toHaveURL(/view=split/);

  // Unsaved words in the shared draft: restoring asks first, then replaces the draft's text for
  // everyone and keeps the replaced draft in Draft history.
  await page.goto(`/d/${slug}`);
  await typeAtStart(page, "Draft words. ");
  await expect(page.getByTestId("draft-status")).toContainText("Draft differs from v2");
  await page.goto(`/d/${slug}/v/1`);
  await page.getByRole("button", { name: "Restore v1 as the newest version" }).click();
  await expect(page.getByTestId("restore-question")).toContainText("You have unsaved changes in the live draft");
  await page.getByRole("button", { name: "Restore anyway" }).click();
  await expect(page).toHaveURL(new RegExp(`/d/${slug}$`));
  await expect(page.getByTestId("draft-notice")).toHaveText("You restored v1; the draft it replaced was kept in Draft history");
  await expect(versions.getByRole("listitem").first()).toContainText("Restored from v1");
  const lines = await editorLines(page);
  await expect(lines).not.toContainText("A second paragraph.");
  await expect(lines).not.toContainText("Draft words.");
  await expect(page.getByTestId("draft-status")).toHaveText("Draft matches v3 · saved by you");
});

test("settings: rename with a redirect from the old slug, archive, then delete", async ({ page }) => {
  const title = uniqueName("Managed");
  const path = await createDocument(page, title);
  const newSlug = uniqueName("renamed");
  await page.goto(`${path}/settings`);
  await page.getByRole("textbox", { name: /^Slug/ }).fill(newSlug);
  await page.getByRole("textbox", { name: /^Tags/ }).fill("support, prod");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page).toHaveURL(`/d/${newSlug}/settings`);

  await page.goto(path);
  await expect(page).toHaveURL(`/d/${newSlug}`);
  await expect(page.getByText("support", { exact: true })).toBeVisible();

  await page.goto(`/d/${newSlug}/settings`);
  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByText("This document is archived")).toBeVisible();
  await page.goto("/");
  await expect(page.getByTestId("library-list")).not.toContainText(title);
  await page.goto("/?archived=1");
  await expect(page.getByTestId("library-list")).toContainText(title);

  await page.goto(`/d/${newSlug}/settings`);
  const deleteButton = page.getByRole("button", { name: "Delete document" });
  await expect(deleteButton).toBeDisabled();
  await page.getByLabel("Type the slug to confirm deletion").fill(newSlug);
  await deleteButton.click();
  await expect(page).toHaveURL("/");
  expect((await page.goto(`/d/${newSlug}`))?.status()).toBe(404);
});

test("the rendered output of two versions can be compared with the same values", async ({ page }) => {
  const name = uniqueName("rendered");
  await page.goto("/");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await page.getByTestId("import-input").setInputFiles({ name: `${name}.md`, mimeType: "text/plain", buffer: Buffer.from("Hello {{who}}.\n") });
  await expect(page.getByRole("list", { name: "Import results" })).toContainText("Created");
  await page.getByTestId("import-input").setInputFiles({ name: `${name}.md`, mimeType: "text/plain", buffer: Buffer.from("Goodbye {{who}}.\n") });
  await expect(page.getByRole("list", { name: "Import results" })).toContainText("New version");
  const values = encodeURIComponent(JSON.stringify({ who: "Ada" }));
  await page.goto(`/d/${name}/diff?from=1&to=2&mode=rendered&values=${values}`);
  const diff = page.getByTestId("diff");
  await expect(diff).toContainText("Hello Ada.");
  await expect(diff).toContainText("Goodbye Ada.");
  await page.getByRole("button", { name: "Source" }).click();
  await expect(diff).toContainText("Goodbye {{who}}.");
});
