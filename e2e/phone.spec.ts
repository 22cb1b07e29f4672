import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { editorLines } from "./helpers";
import { preparePages, settle } from "./pages";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** How far the page is wider than the screen (0 when nothing overflows sideways). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test("no page is wider than a phone", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { paths } = await preparePages(page);
  const wide: string[] = [];
  for (const [name, path] of Object.entries(paths)) {
    await page.goto(path);
    await settle(page, name);
    const extra = await overflow(page);
    if (extra > 0) wide.push(`${name}: ${extra}px too wide`);
  }
  const stranger = await browser.newContext({ storageState: { cookies: [], origins: [] }, viewport: { width: 390, height: 844 }, isMobile: true });
  const strangerPage = await stranger.newPage();
  for (const path of ["/sign-in", "/sign-up", new URL(paths.share!, page.url()).pathname]) {
    await strangerPage.goto(path);
    const extra = await overflow(strangerPage);
    if (extra > 0) wide.push(`${path} (signed out): ${extra}px too wide`);
  }
  await stranger.close();
  expect(wide).toEqual([]);
});

test("on a phone the header folds into a menu", async ({ page }) => {
  await page.goto("/");
  const library = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Library" });
  await expect(library).toBeHidden();
  const menu = page.getByRole("button", { name: "Menu" });
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(library).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(library).toBeHidden();
  await expect(menu).toBeFocused();
});

test("on a phone the workbench is tabs: the editor full width, then the form, the preview and the outline", async ({ page }) => {
  await page.goto("/d/docs-agent");
  await editorLines(page);
  const tabs = page.getByRole("tablist", { name: "Workbench panels" });
  await expect(tabs.getByRole("tab", { name: "Edit" })).toHaveAttribute("aria-selected", "true");
  const editorBox = await page.getByTestId("editor").boundingBox();
  expect(editorBox?.width).toBeGreaterThan(370);
  await expect(page.getByRole("form", { name: "Variables" })).toBeHidden();

  await tabs.getByRole("tab", { name: "Form" }).click();
  await expect(page.getByTestId("editor")).toBeHidden();
  const field = page.getByRole("form", { name: "Variables" }).getByLabel("agent-name", { exact: true });
  await field.fill("Pocket");

  await tabs.getByRole("tab", { name: "Preview" }).click();
  await expect(page.getByRole("form", { name: "Variables" })).toBeHidden();
  await expect(page.getByTestId("preview")).toContainText("You are Pocket");

  await tabs.getByRole("tab", { name: "Outline" }).click();
  const outline = page.getByRole("navigation", { name: "Outline" });
  await expect(outline).toBeVisible();
  // Choosing a section goes back to the editor, at that section.
  await outline.getByRole("button").first().click();
  await expect(tabs.getByRole("tab", { name: "Edit" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("editor")).toBeVisible();

  await tabs.getByRole("tab", { name: "Versions" }).click();
  await expect(page.getByTestId("version-list")).toBeVisible();
  expect(await overflow(page)).toBeLessThanOrEqual(0);
});
