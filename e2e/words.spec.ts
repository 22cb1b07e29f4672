import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { editorLines } from "./helpers";
import { createDocument } from "./pages";
import { createInviteLink, joinWithInvite } from "./team";

// What zod or the code says when nobody has written words for people.
const JARGON = /Invalid input|expected (string|number)|received undefined|Too small|\(label\.[a-z]+\)|\([a-z]+\.[a-z_]+\)/;

/** Replaces the new document's text (typed into the live draft). */
async function writeTemplate(page: Page, text: string) {
  await (await editorLines(page)).click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(text);
}

const form = (page: Page) => page.getByRole("form", { name: "Variables" });

test("a required empty field says nothing on a fresh page, to editors and viewers, and a plain hint once touched", async ({ page, browser }) => {
  const slug = await createDocument(page);
  await writeTemplate(page, "Request: {{Request}}");
  await form(page).getByTestId("field-Request").getByText("Field settings").click();
  await form(page).getByTestId("field-Request").getByRole("checkbox", { name: "Required" }).check();
  await (await editorLines(page)).click();
  await page.keyboard.press("ControlOrMeta+s");
  await expect(page.getByTestId("draft-status")).toHaveText("Draft matches v2 · saved by you");

  await page.reload();
  await editorLines(page);
  await expect(form(page).getByText("Request *")).toBeVisible();
  await expect(page.locator("body")).not.toContainText(JARGON);
  await expect(form(page).getByRole("alert")).toHaveCount(0);
  await expect(form(page).getByTestId("field-hint")).toHaveCount(0);

  // Touching the field (in and out) shows a hint in plain words; it is not an error.
  await form(page).locator("#var-Request").focus();
  await page.keyboard.press("Tab");
  await expect(form(page).getByTestId("field-hint")).toHaveText("Needed: fill this in for the preview.");
  await expect(form(page).getByRole("alert")).toHaveCount(0);
  await form(page).locator("#var-Request").fill("Summarise");
  await expect(form(page).getByTestId("field-hint")).toHaveCount(0);

  const viewer = await joinWithInvite(browser, await createInviteLink(page, "viewer"), "words-viewer");
  await viewer.page.goto(`/d/${slug}`);
  await editorLines(viewer.page);
  await expect(form(viewer.page).getByText("Request *")).toBeVisible();
  await expect(viewer.page.locator("body")).not.toContainText(JARGON);
  await expect(form(viewer.page).getByRole("alert")).toHaveCount(0);
  await expect(form(viewer.page).getByTestId("field-hint")).toHaveCount(0);
  // Copying the result counts as trying to use it: the hint shows, still not as an error.
  await viewer.context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await viewer.page.getByRole("button", { name: "Copy" }).click();
  await expect(form(viewer.page).getByTestId("field-hint")).toHaveText("Needed: fill this in for the preview.");
  await expect(form(viewer.page).getByRole("alert")).toHaveCount(0);
  await viewer.context.close();
});

test("switching a field's type keeps a value that converts, empties one that does not and says why; the preview agrees", async ({ page }) => {
  await createDocument(page);
  await writeTemplate(page, "Count: {{n}}");
  const field = form(page).getByTestId("field-n");
  const preview = page.getByTestId("preview");
  const status = page.getByTestId("missing-count");
  await field.getByLabel("n", { exact: true }).fill("42");
  await expect(preview).toHaveText("Count: 42");

  await field.getByLabel("Type of n").selectOption("number");
  await expect(field.getByLabel("n", { exact: true })).toHaveValue("42");
  await expect(preview).toHaveText("Count: 42");
  await expect(status).toHaveText("All variables filled");

  await field.getByLabel("Type of n").selectOption("text");
  await field.getByLabel("n", { exact: true }).fill("many");
  await expect(preview).toHaveText("Count: many");
  await field.getByLabel("Type of n").selectOption("number");
  await expect(field.getByLabel("n", { exact: true })).toHaveValue("");
  await expect(field.getByTestId("field-note")).toHaveText("“many” is not a number, so the field was left empty.");
  await expect(status).toHaveText("1 missing: n");
  await expect(preview).not.toContainText("many");
  await expect(page.locator("body")).not.toContainText(JARGON);
});

test("an editor moving a protected label reads a sentence, not a permission code", async ({ page, browser }) => {
  const slug = await createDocument(page);
  await editorLines(page);
  const labelForm = page.getByRole("form", { name: "Set a label" });
  await labelForm.getByLabel("Label name").fill("production");
  await labelForm.getByRole("button", { name: "Set" }).click();
  await page.getByText("Protected labels").click();
  // Controlled by the server's answer: it turns checked once the page refreshes.
  await page.getByLabel("Protect production").click();
  await expect(page.getByLabel("Protect production")).toBeChecked();

  const editor = await joinWithInvite(browser, await createInviteLink(page, "editor"), "words-editor");
  await editor.page.goto(`/d/${slug}`);
  await editorLines(editor.page);
  const theirForm = editor.page.getByRole("form", { name: "Set a label" });
  await theirForm.getByLabel("Label name").fill("production");
  await theirForm.getByRole("button", { name: "Set" }).click();
  await expect(theirForm.getByRole("alert")).toHaveText("The label “production” is protected: only owners can move it.");
  await expect(editor.page.locator("body")).not.toContainText(JARGON);
  await editor.context.close();
});
