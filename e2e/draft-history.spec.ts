import { expect, test } from "./fixtures";
import { editorLines, uniqueName } from "./helpers";
import { createNumberedDocument, editorText, openAsOwner, typeOnLine, viewport } from "./live-draft";
import { createInviteLink, joinWithInvite, OWNER } from "./team";

test.use({ viewport });
test.describe.configure({ timeout: 120_000 });

test("restoring a version over a teammate's unsaved text asks first, tells them, and keeps their text to bring back", async ({ page, browser }) => {
  const path = await createNumberedDocument(page, 2);
  await page.getByRole("button", { name: /^Save Ctrl/ }).click();
  await expect(page.getByTestId("draft-status")).toHaveText("Draft matches v2 · saved by you");
  const ben = await joinWithInvite(browser, await createInviteLink(page, "editor"), "ben");
  await page.goto(path);
  await ben.page.goto(path);
  await typeOnLine(ben.page, 2, [" Ben's unsaved paragraph"]);
  await expect(page.getByTestId("draft-status")).toContainText(`changed by ${ben.name}`);

  // The owner restores v1 from its page: asked first, naming who has unsaved changes.
  await page.goto(`${path}/v/1`);
  await page.getByRole("button", { name: "Restore v1 as the newest version" }).click();
  const question = page.getByRole("alertdialog", { name: "Unsaved changes in the live draft" });
  await expect(question).toContainText(`${ben.name} has unsaved changes in the live draft`);
  await question.getByRole("button", { name: "Restore anyway" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));

  // Ben, still on the page, sees what happened and where his text went.
  await expect(ben.page.getByTestId("draft-notice")).toContainText(`${OWNER.name} restored v1; your draft was kept in Draft history`);
  await expect.poll(() => editorText(ben.page)).not.toContain("Ben's unsaved paragraph");
  const history = ben.page.getByRole("region", { name: "Draft history" });
  await expect(history.getByRole("link", { name: new RegExp(`Draft before restore, by ${OWNER.name}`) })).toBeVisible();
  await expect(history).toContainText(`changes by ${ben.name}`);

  // He opens it (compared with the current draft) and brings it back for everyone.
  await history.getByRole("link", { name: /Draft before restore/ }).first().click();
  await expect(ben.page.getByTestId("diff")).toContainText(/Ben's\sunsaved\sparagraph/);
  await ben.page.getByRole("button", { name: "Restore this draft" }).click();
  await expect(ben.page).toHaveURL(new RegExp(`${path}$`));
  await expect.poll(() => editorText(ben.page)).toContain("line 2: Ben's unsaved paragraph");
  await expect.poll(() => editorText(page)).toContain("line 2: Ben's unsaved paragraph");
  await expect(page.getByTestId("draft-notice")).toContainText(`${ben.name} restored an earlier draft`);

  // Saving names everyone whose edits the version includes.
  await page.getByRole("button", { name: /^Save Ctrl/ }).click();
  await expect(page.getByTestId("version-list").getByTestId("version-authors").first()).toHaveText(`${OWNER.name} with ${ben.name}`);
  await ben.context.close();
});

test("a viewer sees Draft history but cannot restore from it", async ({ page, browser }) => {
  const path = await createNumberedDocument(page, 1);
  await page.getByRole("button", { name: /^Save Ctrl/ }).click();
  await expect(page.getByTestId("draft-status")).toHaveText("Draft matches v2 · saved by you");
  await typeOnLine(page, 1, [" unsaved"]);
  await expect(page.getByTestId("draft-status")).toContainText("Draft differs from v2");
  await page.goto(`${path}/v/1`);
  await page.getByRole("button", { name: "Restore v1 as the newest version" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Restore anyway" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  const viewer = await joinWithInvite(browser, await createInviteLink(page, "viewer"), "vic");
  await viewer.page.goto(path);
  await viewer.page.getByRole("region", { name: "Draft history" }).getByRole("link", { name: /Draft before restore/ }).click();
  await expect(viewer.page.getByTestId("diff")).toContainText("unsaved");
  await expect(viewer.page.getByRole("button", { name: "Restore this draft" })).toHaveCount(0);
  await viewer.context.close();
});

test("a form field's type and description reach the other browser, survive a reload and are saved with the version", async ({ page, browser }) => {
  await page.goto("/new");
  await page.getByLabel("Title").fill(uniqueName("Form"));
  await page.getByLabel("Format").selectOption("plain");
  await page.getByRole("button", { name: "Create document" }).click();
  await (await editorLines(page)).click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Hello {{customer}}");
  await page.getByRole("button", { name: /^Save Ctrl/ }).click();
  await expect(page.getByTestId("draft-status")).toHaveText("Draft matches v2 · saved by you");
  const path = new URL(page.url()).pathname;
  const other = await openAsOwner(browser, path);

  await page.getByLabel("Type of customer").selectOption("multiline");
  await expect(other.page.getByLabel("Type of customer")).toHaveValue("multiline");
  await expect(page.getByTestId("draft-status")).toContainText("Draft differs from v2 (form settings)");
  await expect(page.getByTestId("save-status")).toHaveText("Unsaved changes");

  await other.page.getByText("Field settings").first().click();
  await other.page.getByLabel("Description of customer").fill("Who is asking");
  await expect(page.getByTestId("field-customer")).toContainText("Who is asking");

  await page.reload();
  await expect(page.getByLabel("Type of customer")).toHaveValue("multiline");
  await expect(page.getByTestId("field-customer")).toContainText("Who is asking");
  await expect(page.getByTestId("draft-status")).toContainText("Draft differs from v2 (form settings)");

  await page.getByRole("button", { name: /^Save Ctrl/ }).click();
  await expect(page.getByTestId("draft-status")).toHaveText("Draft matches v3 · saved by you");
  await expect(other.page.getByTestId("draft-status")).toHaveText("Draft matches v3 · saved by you");
  await page.goto(`${path}/v/2`);
  await page.goto(path);
  await expect(page.getByLabel("Type of customer")).toHaveValue("multiline");
  await other.context.close();
});
