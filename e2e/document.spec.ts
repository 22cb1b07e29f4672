import { expect, test } from "./fixtures";
import { editorLines, typeAtStart, uniqueName } from "./helpers";

async function createDocument(page: import("@playwright/test").Page, title: string) {
  await page.goto("/new");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Create document" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
}

test("edit in Monaco, save with a message, reload and find the text; version 1 stays as it was", async ({ page }) => {
  const title = uniqueName("Editing");
  await createDocument(page, title);
  const marker = uniqueName("marker");

  await typeAtStart(page, `${marker} `);
  await expect(page.getByTestId("save-status")).toHaveText("Unsaved changes");
  await page.getByLabel("Version message").fill("Add a marker");
  await page.getByRole("button", { name: /^Save Ctrl/ }).click();
  await expect(page.getByTestId("save-status")).toHaveText("Saved as version 2");

  const versions = page.getByTestId("version-list");
  await expect(versions.getByRole("listitem")).toHaveCount(2);
  await expect(versions.getByRole("listitem").first()).toContainText("Add a marker");

  await page.reload();
  await expect(await editorLines(page)).toContainText(marker);

  await versions.getByRole("link", { name: /v1/ }).click();
  await expect(page).toHaveURL(/\/v\/1$/);
  await expect(page.getByText("You are looking at an old version")).toBeVisible();
  // An old version is server-rendered text, not an editor (reading.spec.ts checks no Monaco loads).
  const oldSource = page.getByRole("region", { name: "Version 1 source (read-only)" });
  await expect(oldSource).toContainText(title);
  await expect(oldSource).not.toContainText(marker);
});

test("Ctrl+S inside the editor saves, and saving unchanged text creates no version", async ({ page }) => {
  const title = uniqueName("Shortcut");
  await createDocument(page, title);
  await typeAtStart(page, "Shortcut edit. ");
  await page.keyboard.press("ControlOrMeta+s");
  await expect(page.getByTestId("save-status")).toHaveText("Saved as version 2");

  await page.getByRole("button", { name: /^Save Ctrl/ }).click();
  await expect(page.getByTestId("save-status")).toHaveText("No changes: version 2 is current");
  await expect(page.getByTestId("version-list").getByRole("listitem")).toHaveCount(2);
});

test("unsaved edits live in the shared draft: a reload keeps them and the page says who changed it", async ({ page }) => {
  await createDocument(page, uniqueName("Drafted"));
  await typeAtStart(page, "Unsaved words. ");
  await expect(page.getByTestId("draft-status")).toHaveText("Draft differs from v1 · changed by you");

  // Nothing to lose by leaving: no warning, and the edits are there on return.
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.type());
    void dialog.dismiss();
  });
  await page.reload();
  await expect(await editorLines(page)).toContainText("Unsaved words.");
  await expect(page.getByTestId("save-status")).toHaveText("Unsaved changes");
  await expect(page.getByTestId("draft-status")).toHaveText("Draft differs from v1 · changed by you");
  expect(dialogs).toEqual([]);
});
