import { expect, test } from "./fixtures";
import { cuttableLiveDraft, editorLines } from "./helpers";
import { createNumberedDocument, editorText, openAsOwner, openManyAsOwner, typeOnLine, viewport } from "./live-draft";
import { writeThroughSocket } from "./live-socket";
import { createInviteLink, joinWithInvite } from "./team";

test.use({ viewport });
// Several browsers per test, sharing CI's two cores with the other worker.
test.describe.configure({ timeout: 90_000 });

for (const editors of [2, 5]) {
  test(`${editors} editors typing at once end with identical text holding every keystroke`, async ({ page, browser }) => {
    test.setTimeout(120_000);
    const path = await createNumberedDocument(page, editors);
    const others = await openManyAsOwner(browser, path, editors - 1);
    const pages = [page, ...others.map((other) => other.page)];
    for (const each of pages) await expect(each.getByRole("list", { name: "People in this draft" }).getByRole("listitem")).toHaveCount(1);

    const tokens = (who: number) => Array.from({ length: 15 }, (_, round) => ` ${who}.${round}`);
    await Promise.all(pages.map((each, index) => typeOnLine(each, index + 1, tokens(index))));

    const expected = pages.map((_, index) => `line ${index + 1}:${tokens(index).join("")}`).join("\n");
    for (const each of pages) await expect.poll(() => editorText(each), { timeout: 15_000 }).toBe(expected);
    await Promise.all(others.map((other) => other.context.close()));
  });
}

test("people see each other: avatars with names, and a named cursor where the other is typing", async ({ page, browser }) => {
  const path = await createNumberedDocument(page, 3);
  const editor = await joinWithInvite(browser, await createInviteLink(page, "editor"), "cursor");
  await page.goto(path);
  await editor.page.goto(path);
  await typeOnLine(editor.page, 2, ["hello"]);

  const people = page.getByRole("list", { name: "People in this draft" });
  await expect(people.getByRole("listitem", { name: editor.name })).toBeVisible();
  await expect(people.getByRole("listitem", { name: "Olive Owner (you)" })).toBeVisible();
  const caret = page.getByTestId("editor").locator(".remote-caret");
  await expect(caret).toHaveCount(1);
  const label = await caret.evaluate((element) => getComputedStyle(element, "::after").content);
  expect(label).toBe(JSON.stringify(editor.name));
  await expect(page.getByTestId("draft-status")).toContainText(`changed by you and ${editor.name}`);

  // Saving from either page makes a version everyone sees appear.
  await editor.page.getByRole("button", { name: /^Save Ctrl/ }).click();
  await expect(page.getByTestId("version-list").getByRole("listitem")).toHaveCount(2);
  await expect(page.getByTestId("draft-status")).toHaveText(`Draft matches v2 · saved by ${editor.name}`);
  await expect(page.getByTestId("save-status")).toHaveText("All changes saved");

  await editor.context.close();
  await expect(people.getByRole("listitem")).toHaveCount(1);
});

test("edits typed offline are kept, guarded against leaving, and merged on reconnect", async ({ page, context, browser }) => {
  const network = await cuttableLiveDraft(context);
  const path = await createNumberedDocument(page, 2);
  const other = await openAsOwner(browser, path);
  await network.cut();
  await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "offline");

  await typeOnLine(page, 1, [" typed offline"]);
  await typeOnLine(other.page, 2, [" typed online"]);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.type());
    void dialog.dismiss();
  });
  await page.getByRole("link", { name: "Library" }).click();
  expect(dialogs).toContain("confirm");
  await expect(page).toHaveURL(path);

  await network.restore();
  await expect(page.getByTestId("connection-state")).toHaveAttribute("data-state", "connected", { timeout: 15_000 });
  const expected = "line 1: typed offline\nline 2: typed online";
  await expect.poll(() => editorText(page)).toBe(expected);
  await expect.poll(() => editorText(other.page)).toBe(expected);
  await other.context.close();
});

test("a viewer follows the draft live but cannot change it, in the editor or through the socket", async ({ page, browser, baseURL }) => {
  const path = await createNumberedDocument(page, 2);
  const viewer = await joinWithInvite(browser, await createInviteLink(page, "viewer"), "follower");
  await page.goto(path);
  await viewer.page.setViewportSize(viewport);
  await viewer.page.goto(path);
  await expect(viewer.page.getByTestId("read-only-note")).toBeVisible();
  await editorLines(viewer.page);
  const people = page.getByRole("list", { name: "People in this draft" });
  await expect(people.getByRole("listitem", { name: `${viewer.name}, viewing` })).toBeVisible();

  await typeOnLine(page, 1, [" from the owner"]);
  const expected = "line 1: from the owner\nline 2:";
  await expect.poll(() => editorText(viewer.page)).toBe(expected);
  await typeOnLine(viewer.page, 2, ["typed by the viewer"]);

  // Without the UI: the viewer's own session writing straight into the socket.
  const cookie = (await viewer.context.cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
  const url = `${baseURL!.replace(/^http/, "ws")}/collab${path.slice("/d".length)}`;
  const forged = await writeThroughSocket({ url, cookie, origin: baseURL!, text: "FORGED " });
  expect(forged.closeCode).toBe(4403);

  await page.reload();
  await expect.poll(() => editorText(page)).toBe(expected);
  expect(await editorText(viewer.page)).toBe(expected);
  await viewer.context.close();
});

test("until the draft has arrived the page says Connecting and the editor takes no keystrokes", async ({ page, browser }) => {
  const path = await createNumberedDocument(page, 1);
  const context = await browser.newContext({ storageState: await page.context().storageState(), viewport });
  // The socket opens but no draft ever comes.
  await context.routeWebSocket(/\/collab\//, () => {});
  const waiting = await context.newPage();
  await waiting.goto(path);
  await expect(waiting.getByTestId("editor").locator(".monaco-editor .view-lines")).toBeVisible({ timeout: 30_000 });
  await expect(waiting.getByTestId("connection-state")).toHaveText("Connecting…");
  await expect(waiting.getByTestId("draft-status")).toHaveText("Loading the shared draft…");
  await waiting.getByTestId("editor").locator(".view-lines").click();
  await waiting.keyboard.type("lost keystrokes");
  await expect(waiting.getByTestId("editor")).not.toContainText("lost keystrokes");
  await context.close();
});
