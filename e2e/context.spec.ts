import { expect, test } from "./fixtures";
import { editorLines } from "./helpers";
import { createDocument } from "./pages";
import { outsider } from "./team";

test("the header shows the workspace and role of the document being read, and the library's again after", async ({ browser }) => {
  const reader = await outsider(browser);
  const author = await outsider(browser);
  const slug = await createDocument(author.page);

  // The author invites the reader as a viewer; joining selects the author's workspace, and the
  // reader switches back to their own for the library.
  await author.page.goto("/settings/members");
  await author.page.getByLabel("Invite role").selectOption("viewer");
  await author.page.getByRole("button", { name: "Create invite link" }).click();
  const link = await author.page.getByLabel("Invite link").inputValue();
  await reader.page.goto(new URL(link).pathname);
  await reader.page.getByRole("button", { name: /^Join as/ }).click();
  await expect(reader.page.getByTestId("library-list")).toBeVisible();
  const workspace = reader.page.getByRole("banner").getByRole("combobox", { name: "Workspace" });
  await workspace.selectOption({ label: `${reader.name} space` });
  await expect(reader.page.getByText("No documents yet")).toBeVisible();
  await expect(reader.page.getByTestId("header-role")).toHaveText("Owner");

  await reader.page.goto(`/d/${slug}`);
  await editorLines(reader.page);
  await expect(workspace.locator("option:checked")).toHaveText(`${author.name} space`);
  await expect(reader.page.getByTestId("header-role")).toHaveText("Viewer");
  await expect(workspace).toHaveAttribute("title", `This document's workspace. The library shows ${reader.name} space.`);

  // Back in the library (a client-side navigation), the header is the library's again.
  await reader.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Library" }).click();
  await expect(reader.page.getByText("No documents yet")).toBeVisible();
  await expect(workspace.locator("option:checked")).toHaveText(`${reader.name} space`);
  await expect(reader.page.getByTestId("header-role")).toHaveText("Owner");
  await reader.context.close();
  await author.context.close();
});

test("an archived document opens read-only under a banner, and Unarchive brings editing back", async ({ page }) => {
  const slug = await createDocument(page);
  await page.goto(`/d/${slug}/settings`);
  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByRole("button", { name: "Unarchive" })).toBeVisible();

  await page.goto(`/d/${slug}`);
  const lines = await editorLines(page);
  const banner = page.getByTestId("archived-banner");
  await expect(banner).toContainText("This document is hidden from the library and read-only");
  await expect(page.getByTestId("read-only-note")).toContainText("This document is archived");
  await expect(page.getByRole("form", { name: "Set a label" })).toHaveCount(0);
  const before = await lines.textContent();
  await lines.click();
  await page.keyboard.type("TYPED WHILE ARCHIVED");
  await expect(lines).toHaveText(before ?? "");

  await banner.getByRole("button", { name: "Unarchive" }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByTestId("read-only-note")).toHaveCount(0);
  await expect(page.getByRole("form", { name: "Set a label" })).toBeVisible();
});

test("the library marks a document whose live draft holds unsaved changes, with who made them", async ({ page }) => {
  const slug = await createDocument(page);
  const lines = await editorLines(page);
  await lines.click();
  await page.keyboard.type("Unsaved words");
  await expect(page.getByTestId("draft-status")).toContainText("Draft differs from v1");

  await page.goto("/");
  const row = page.getByTestId("library-list").getByRole("row").filter({ hasText: slug });
  await expect(row.getByTestId("draft-marker")).toHaveText("Draft by Olive Owner");
  await expect(row.getByTestId("draft-marker")).toHaveAttribute("title", /draft by Olive Owner/);

  await page.goto(`/d/${slug}`);
  await (await editorLines(page)).click();
  await page.keyboard.press("ControlOrMeta+s");
  await expect(page.getByTestId("draft-status")).toHaveText("Draft matches v2 · saved by you");
  await page.goto("/");
  await expect(row).toBeVisible();
  await expect(row.getByTestId("draft-marker")).toHaveCount(0);
});

test("the versions have their own column: the label input shows its whole name, and hiding the outline keeps them", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await createDocument(page);
  await editorLines(page);
  const versions = page.getByRole("complementary", { name: "Versions" });
  const input = versions.getByLabel("Label name");
  await expect(input).toHaveValue("production");
  const fits = await input.evaluate((element: HTMLInputElement) => {
    const box = element.getBoundingClientRect();
    const panel = element.closest("aside")!.getBoundingClientRect();
    const text = document.createElement("canvas").getContext("2d")!;
    text.font = getComputedStyle(element).font;
    const padding = parseFloat(getComputedStyle(element).paddingLeft) + parseFloat(getComputedStyle(element).paddingRight);
    return { inside: box.left >= panel.left && box.right <= panel.right, room: box.width - padding - text.measureText(element.value).width };
  });
  expect(fits.inside).toBe(true);
  expect(fits.room).toBeGreaterThan(0);

  await page.getByRole("button", { name: "☰ Outline" }).click();
  await expect(page.getByRole("navigation", { name: "Outline" })).toHaveCount(0);
  await expect(versions).toBeVisible();
  await page.getByRole("button", { name: "Versions", exact: true }).click();
  await expect(versions).toHaveCount(0);
  await page.keyboard.press("ControlOrMeta+Alt+v");
  await expect(versions).toBeVisible();
});
