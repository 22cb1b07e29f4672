import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { uniqueName } from "./helpers";
import { createTitledDocument } from "./pages";

const rowOf = (page: Page, slug: string) => page.getByTestId("library-list").getByRole("row").filter({ hasText: slug });
const tree = (page: Page) => page.getByRole("navigation", { name: "Folders" });
const folderLink = (page: Page, name: string) => tree(page).getByRole("link", { name: new RegExp(`^${name} \\d+ documents?$`) });
const dropTarget = (page: Page, path: string) => page.locator(`[data-drop-folder="${path}"]`);
const breadcrumb = (page: Page) => page.getByRole("navigation", { name: "Breadcrumb" });

/** "Move to…" from a row's menu with the keyboard only: focus the ⋯ button, Enter, type the path, Enter. */
async function moveByKeyboard(page: Page, slug: string, folder: string) {
  const menu = rowOf(page, slug).getByRole("button", { name: "Move, tags and settings" });
  const field = page.getByRole("dialog").getByLabel("Move to…");
  // Enter before the page is hydrated reaches no handler: press again until the dialog opens.
  await expect(async () => {
    if (!(await field.isVisible())) {
      await menu.focus();
      await page.keyboard.press("Enter");
    }
    await expect(field).toBeFocused({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(folder);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog")).toBeHidden();
}

test("folders are made by moving, counted in the tree, walked by breadcrumbs and shared by address", async ({ page, context }) => {
  test.setTimeout(120_000);
  // A folder name no other test uses, so counts are this test's own.
  const run = uniqueName("team").toLowerCase();
  const backend = `${run}/backend`;
  const first = await createTitledDocument(page, uniqueName("Folder api"));
  const second = await createTitledDocument(page, uniqueName("Folder worker"));

  // Move by the menu, keyboard only: the folder appears in the tree, the row leaves the top level.
  await page.goto("/");
  await moveByKeyboard(page, first, backend);
  await expect(rowOf(page, first)).toHaveCount(0);
  await expect(folderLink(page, run)).toBeVisible();
  await expect(folderLink(page, run).getByTestId("folder-count")).toHaveText("1");

  // Drag a row onto the folder in the tree.
  await rowOf(page, second).dragTo(dropTarget(page, run));
  await expect(folderLink(page, run).getByTestId("folder-count")).toHaveText("2");
  await expect(rowOf(page, second)).toHaveCount(0);

  // A shared address opens the same view: breadcrumbs, the folder marked in the tree, its documents.
  const shared = await context.newPage();
  await shared.goto(`/?folder=${backend}`);
  await expect(breadcrumb(shared).getByRole("link")).toHaveText(["Library", run]);
  await expect(breadcrumb(shared).locator('[aria-current="page"]')).toHaveText("backend");
  await expect(tree(shared).locator('[aria-current="page"]')).toContainText("backend");
  await expect(rowOf(shared, first)).toBeVisible();
  await expect(rowOf(shared, second)).toHaveCount(0);
  const axe = await new AxeBuilder({ page: shared }).analyze();
  expect(axe.violations.filter((v) => v.impact === "critical" || v.impact === "serious").map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // Up one level by the breadcrumb: the dragged document lives there, and the subfolder is offered.
  await breadcrumb(shared).getByRole("link", { name: run }).click();
  await expect(shared).toHaveURL(new RegExp(`\\?folder=${run}$`));
  await expect(rowOf(shared, second)).toBeVisible();
  await expect(shared.getByRole("list", { name: "Folders here" }).getByRole("link", { name: /backend/ })).toBeVisible();

  // Rename the folder from the tree's menu: the page follows it and the document keeps its address.
  await shared.goto(`/?folder=${backend}`);
  await tree(shared).getByRole("button", { name: `Move or rename folder ${backend}` }).click();
  const rename = shared.getByRole("dialog").getByLabel("New path");
  await rename.fill(`${run}/services`);
  await rename.press("Enter");
  await expect(shared).toHaveURL(new RegExp(`\\?folder=${run}/services$`));
  await expect(rowOf(shared, first)).toBeVisible();
  await shared.goto(`/d/${first}`);
  await expect(shared).toHaveURL(new RegExp(`/d/${first}$`));

  // An empty folder says so; a path that cannot be a folder is explained, not an error page.
  await shared.goto(`/?folder=${backend}`);
  await expect(shared.getByText("This folder is empty")).toBeVisible();
  await shared.goto("/?folder=../etc");
  await expect(shared.getByRole("alert").filter({ hasText: "The address names a folder" })).toContainText("cannot exist");
});

test("a typed path that is not a folder is refused in words, and the palette jumps to folders", async ({ page }) => {
  const run = uniqueName("pal").toLowerCase();
  const slug = await createTitledDocument(page, uniqueName("Palette folder"));
  await page.goto("/");
  await moveByKeyboard(page, slug, `${run}/inner`);

  await page.goto("/");
  const menu = rowOf(page, slug);
  await expect(menu).toHaveCount(0);
  await page.goto(`/?folder=${run}/inner`);
  await rowOf(page, slug).getByRole("button", { name: "Move, tags and settings" }).click();
  const field = page.getByRole("dialog").getByLabel("Move to…");
  await field.fill("a//b");
  await field.press("Enter");
  await expect(page.getByRole("dialog").getByRole("alert")).toContainText("two “/” in a row");
  await page.keyboard.press("Escape");

  await expect(async () => {
    if (!(await page.getByRole("dialog", { name: "Command palette" }).isVisible())) await page.keyboard.press("Control+K");
    await expect(page.getByRole("dialog", { name: "Command palette" })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await page.keyboard.type(run);
  const option = page.getByRole("option", { name: new RegExp(`Folder ${run}/inner`) });
  await expect(option).toBeVisible();
  await option.click();
  await expect(page).toHaveURL(new RegExp(`\\?folder=${run}/inner$`));
  await expect(rowOf(page, slug)).toBeVisible();
});

test("importing a whole folder into the folder being viewed keeps its subfolders", async ({ page }) => {
  const base = uniqueName("imports").toLowerCase();
  const name = uniqueName("nested").toLowerCase();
  const picked = fs.mkdtempSync(path.join(os.tmpdir(), "dramatis-pick-"));
  const root = path.join(picked, "prompts");
  fs.mkdirSync(path.join(root, "agents", ".hidden"), { recursive: true });
  fs.writeFileSync(path.join(root, "agents", `${name}.md`), `# Nested ${name}\n\nYou review code.\n`);
  fs.writeFileSync(path.join(root, "agents", ".hidden", `${name}-secret.md`), "# Hidden\n");
  fs.writeFileSync(path.join(root, "agents", "picture.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]));
  try {
    await page.goto(`/?folder=${base}`);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page.getByRole("dialog")).toContainText(`They go into “${base}”.`);
    await page.getByTestId("import-folder-input").setInputFiles(root);
    const results = page.getByRole("list", { name: "Import results" });
    await expect(results).toContainText("Created");
    await expect(results.getByRole("listitem")).toHaveCount(1);
    // What the import does not take is listed, with why, instead of vanishing.
    const notImported = page.getByRole("list", { name: "Not imported" });
    await expect(notImported.getByRole("listitem").filter({ hasText: "prompts/agents/picture.png" })).toContainText("Not a Markdown, text, YAML or XML file.");
    await expect(notImported.getByRole("listitem").filter({ hasText: `${name}-secret.md` })).toContainText("Hidden");
    await page.getByRole("button", { name: "Done" }).click();
    await page.goto(`/?folder=${base}/prompts/agents`);
    await expect(rowOf(page, name)).toBeVisible();
    await expect(breadcrumb(page).getByRole("link")).toHaveText(["Library", base, "prompts"]);
  } finally {
    fs.rmSync(picked, { recursive: true, force: true });
  }
});

test("the document settings move a document to a folder, and refuse a bad path in words", async ({ page }) => {
  const folder = `${uniqueName("settings").toLowerCase()}/drafts`;
  const slug = await createTitledDocument(page, uniqueName("Settings folder"));
  await page.goto(`/d/${slug}/settings`);
  const field = page.getByLabel("Folder");
  await expect(field).toHaveValue("");

  // A click before the page is hydrated may reach no handler: click again until the answer shows.
  await field.fill("drafts//old");
  await expect(async () => {
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("two “/” in a row")).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 20_000 });

  await field.fill(folder);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await page.reload();
  await expect(page.getByLabel("Folder")).toHaveValue(folder);
  await page.goto(`/?folder=${folder}`);
  await expect(rowOf(page, slug)).toBeVisible();
});

test("files dropped on the import dialog are imported into the folder being viewed", async ({ page }) => {
  const base = uniqueName("dropped").toLowerCase();
  const name = uniqueName("drop").toLowerCase();
  await page.goto(`/?folder=${base}`);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const zone = page.getByRole("dialog").locator("label").filter({ hasText: "Drop files or folders here" });
  const results = page.getByRole("list", { name: "Import results" });
  // A drop before the page is hydrated reaches no handler: drop again until the results show.
  await expect(async () => {
    await zone.evaluate((element, fileName) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([`# Dropped ${fileName}\n\nYou answer briefly.\n`], `${fileName}.md`, { type: "text/markdown" }));
      element.dispatchEvent(new DragEvent("dragover", { bubbles: true, cancelable: true, dataTransfer: transfer }));
      element.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }, name);
    await expect(results).toContainText(/Created|Unchanged/, { timeout: 3000 });
  }).toPass({ timeout: 20_000 });
  await page.getByRole("button", { name: "Done" }).click();
  await page.goto(`/?folder=${base}`);
  await expect(rowOf(page, name)).toBeVisible();
});
