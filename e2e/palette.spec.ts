import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createTitledDocument } from "./pages";
import { editorLines, uniqueName } from "./helpers";
import { createInviteLink, joinWithInvite, outsider } from "./team";

const palette = (page: Page) => page.getByRole("dialog", { name: "Command palette" });

/** Ctrl+K once the page listens for it: a press before hydration reaches no listener yet. */
async function openPalette(page: Page) {
  await expect(async () => {
    if (!(await palette(page).isVisible())) await page.keyboard.press("Control+K");
    await expect(palette(page)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
}
const paletteInput = (page: Page) => palette(page).getByRole("combobox", { name: "Find a document or an action" });

test("Ctrl+K from the library jumps to a document typed in part, and Escape gives focus back", async ({ page }) => {
  const title = uniqueName("Palette target");
  const slug = await createTitledDocument(page, title);
  await page.goto("/");
  const filter = page.getByLabel("Filter documents");
  await filter.focus();

  await openPalette(page);
  await expect(paletteInput(page)).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(palette(page)).toBeHidden();
  await expect(filter).toBeFocused();

  await openPalette(page);
  // Part of the title, in another case: the server finds it, the first option is it.
  await page.keyboard.type(title.slice(title.indexOf("-") + 1).toUpperCase());
  const option = palette(page).getByRole("option", { name: new RegExp(title) });
  await expect(option).toBeVisible();
  await expect(option).toHaveAttribute("aria-selected", "true");
  await expect(paletteInput(page)).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/d/${slug}$`));
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
});

test("Ctrl+K opens the palette with focus in Monaco, and Escape puts it back in the editor", async ({ page }) => {
  await page.goto("/d/code-review-guide");
  await (await editorLines(page)).click();
  const editorInput = page.getByTestId("editor").locator("textarea");
  await expect(editorInput).toBeFocused();

  await openPalette(page);
  await expect(paletteInput(page)).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(palette(page)).toBeHidden();
  await expect(editorInput).toBeFocused();
});

test("the palette runs actions with the keyboard, and each action has its own shortcut", async ({ page }) => {
  await page.goto("/");
  await openPalette(page);
  await page.keyboard.type("new doc");
  const action = palette(page).getByRole("option", { name: /New document/ });
  await expect(action).toContainText("Ctrl+Alt+N");
  // Arrow keys move through the options; Enter runs the active one.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await expect(action).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/new$/);

  // The shortcut shown, from anywhere outside a text field.
  // (Pressed again until the freshly loaded page has hydrated and listens.)
  await page.goto("/api-docs");
  await expect(async () => {
    if (new URL(page.url()).pathname !== "/") await page.keyboard.press("Control+Alt+G");
    await expect(page).toHaveURL(/\/$/, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  const importDialog = page.getByRole("dialog", { name: "Import documents" });
  await expect(async () => {
    if (!(await importDialog.isVisible())) await page.keyboard.press("Control+Alt+I");
    await expect(importDialog).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
});

test("on a phone the Search button opens the palette", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/");
  await page.getByRole("button", { name: /^Search/ }).click();
  await expect(paletteInput(page)).toBeFocused();
  const box = await palette(page).boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  await page.keyboard.type("library");
  await expect(palette(page).getByRole("option", { name: /Go to the library/ })).toBeVisible();
});

test("a viewer of one workspace cannot find another workspace's documents through the palette", async ({ page, browser }) => {
  const ownTitle = uniqueName("Shared with viewers");
  await createTitledDocument(page, ownTitle);
  const viewer = await joinWithInvite(browser, await createInviteLink(page, "viewer"), "palette-viewer");
  const stranger = await outsider(browser);
  const secretTitle = uniqueName("Stranger secret");
  const secretSlug = await createTitledDocument(stranger.page, secretTitle);

  await openPalette(viewer.page);
  await viewer.page.keyboard.type(ownTitle);
  await expect(palette(viewer.page).getByRole("option", { name: new RegExp(ownTitle) })).toBeVisible();
  // A viewer sees no create actions.
  await paletteInput(viewer.page).fill("new document");
  await expect(palette(viewer.page).getByRole("status")).toHaveText("No document or action matches.");
  for (const text of [secretTitle, secretSlug]) {
    await paletteInput(viewer.page).fill(text);
    await expect(palette(viewer.page).getByRole("status")).toHaveText("No document or action matches.");
    await expect(palette(viewer.page).getByRole("option")).toHaveCount(0);
  }
  await viewer.context.close();
  await stranger.context.close();
});
