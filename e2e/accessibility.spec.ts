import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { editorLines } from "./helpers";
import { createDocument, preparePages, settle } from "./pages";

/** Critical and serious axe violations on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === "critical" || violation.impact === "serious")
    .map((violation) => {
      const first = violation.nodes[0];
      // For contrast, the colours axe measured say what to change.
      const data = first?.any[0]?.data as { fgColor?: string; bgColor?: string; contrastRatio?: number } | undefined;
      const colours = data?.fgColor ? ` (${data.fgColor} on ${data.bgColor}: ${data.contrastRatio})` : "";
      return `${violation.impact} ${violation.id}: ${violation.nodes.length}× e.g. ${first?.target.join(" ")}${colours} — ${violation.help}`;
    });
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`no critical or serious axe violation on any page, ${colorScheme} scheme`, async ({ page, browser }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme });
    const { paths } = await preparePages(page);
    const found: string[] = [];
    for (const [name, path] of Object.entries(paths)) {
      await page.goto(path);
      await settle(page, name);
      await expect(page.locator("html")).toHaveClass(colorScheme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
      found.push(...(await seriousViolations(page)).map((line) => `${name}: ${line}`));
    }
    // The preview's Markdown view (typography, frontmatter table, sections) and the open share popover.
    await page.goto(paths.workbench!);
    await editorLines(page);
    await page.getByRole("button", { name: "Markdown" }).click();
    await page.getByRole("button", { name: /^Share/ }).click();
    found.push(...(await seriousViolations(page)).map((line) => `workbench (Markdown, share open): ${line}`));

    // Signed out: sign-in and sign-up.
    const stranger = await browser.newContext({ storageState: { cookies: [], origins: [] }, colorScheme });
    const strangerPage = await stranger.newPage();
    for (const path of ["/sign-in", "/sign-up"]) {
      await strangerPage.goto(path);
      found.push(...(await seriousViolations(strangerPage)).map((line) => `${path}: ${line}`));
    }
    await stranger.close();
    expect(found).toEqual([]);
  });
}

test("the library's draft marker and an archived document's banner pass axe in both schemes", async ({ page }) => {
  test.setTimeout(120_000);
  const slug = await createDocument(page);
  await (await editorLines(page)).click();
  await page.keyboard.type("Unsaved");
  await expect(page.getByTestId("draft-status")).toContainText("Draft differs");
  await page.goto(`/d/${slug}/settings`);
  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByRole("button", { name: "Unarchive" })).toBeVisible();
  const found: string[] = [];
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(`/d/${slug}`);
    await editorLines(page);
    await expect(page.getByTestId("archived-banner")).toBeVisible();
    found.push(...(await seriousViolations(page)).map((line) => `archived document, ${colorScheme}: ${line}`));
  }
  await page.getByTestId("archived-banner").getByRole("button", { name: "Unarchive" }).click();
  await expect(page.getByTestId("archived-banner")).toHaveCount(0);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto("/");
    await expect(page.getByTestId("library-list").getByRole("row").filter({ hasText: slug }).getByTestId("draft-marker")).toBeVisible();
    found.push(...(await seriousViolations(page)).map((line) => `library with a draft marker, ${colorScheme}: ${line}`));
  }
  expect(found).toEqual([]);
});

test("the skip link and landmarks are on every page", async ({ page }) => {
  for (const path of ["/", "/settings/members", "/api-docs", "/d/code-review-guide"]) {
    await page.goto(path);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toBeFocused();
    await expect(page.getByRole("banner")).toHaveCount(1);
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(1);
  }
});

test("the outline is one tab stop with arrow keys inside, and the dividers are separators", async ({ page }) => {
  await page.goto("/d/code-review-guide");
  await editorLines(page);
  const outline = page.getByRole("navigation", { name: "Outline" });
  const entries = outline.getByRole("button");
  expect(await entries.count()).toBeGreaterThan(2);
  await expect(outline.locator('button[tabindex="0"]')).toHaveCount(1);

  await entries.first().focus();
  await page.keyboard.press("ArrowDown");
  await expect(entries.nth(1)).toBeFocused();
  await expect(entries.nth(1)).toHaveAttribute("tabindex", "0");
  await expect(entries.first()).toHaveAttribute("tabindex", "-1");
  await page.keyboard.press("End");
  await expect(entries.last()).toBeFocused();
  // Tab leaves the outline altogether instead of walking through every entry.
  await page.keyboard.press("Tab");
  expect(await outline.evaluate((nav) => nav.contains(document.activeElement))).toBe(false);

  const divider = page.getByRole("separator", { name: "Resize the outline" });
  await expect(divider).toHaveAttribute("aria-orientation", "vertical");
  const before = Number(await divider.getAttribute("aria-valuenow"));
  await divider.focus();
  await page.keyboard.press("ArrowRight");
  await expect(divider).toHaveAttribute("aria-valuenow", String(before + 16));
  await page.keyboard.press("Home");
  await expect(divider).toHaveAttribute("aria-valuenow", (await divider.getAttribute("aria-valuemin")) ?? "");
});

test("Escape then Tab leaves the editor without indenting; the editor says so", async ({ page }) => {
  // A document of its own: Tab without Escape indents the shared draft.
  await page.goto(`/d/${await createDocument(page)}`);
  const lines = await editorLines(page);
  await expect(page.getByText("Esc then Tab, or Ctrl+M, to leave the editor")).toBeVisible();
  const textarea = page.getByTestId("editor").getByRole("textbox");
  await expect(textarea).toHaveAttribute("aria-describedby", "editor-keys-hint");
  await lines.click();
  const before = await page.evaluate(() => document.querySelector("[data-testid=editor] textarea") === document.activeElement);
  expect(before).toBe(true);
  await page.keyboard.press("Escape");
  await page.keyboard.press("Tab");
  await expect(textarea).not.toBeFocused();
  // Without Escape first, Tab stays in the editor (it indents).
  await lines.click();
  await page.keyboard.press("Tab");
  await expect(textarea).toBeFocused();
});

test("the share popover takes focus and closes on Escape", async ({ page }) => {
  await page.goto("/d/code-review-guide");
  await editorLines(page);
  const share = page.getByRole("button", { name: /^Share/ });
  await share.click();
  const dialog = page.getByRole("dialog", { name: "Share links" });
  expect(await dialog.evaluate((node) => node.contains(document.activeElement))).toBe(true);
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(share).toBeFocused();
});

test("the API page's example calls this server", async ({ page }) => {
  await page.goto("/api-docs");
  await expect(page.getByTestId("api-example")).toContainText(`curl -X POST ${new URL(page.url()).origin}/api/v1/documents/`);
});

test("the colour scheme follows the system until one is picked, and the pick is remembered, Monaco included", async ({ page }) => {
  // What the page's class was when <body> began: before the first paint and before React ran.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as unknown as { darkAtBody: boolean }).darkAtBody = document.documentElement.classList.contains("dark");
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  const darkAtBody = () => page.evaluate(() => (window as unknown as { darkAtBody?: boolean }).darkAtBody);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/d/code-review-guide");
  await editorLines(page);
  const html = page.locator("html");
  expect(await darkAtBody()).toBe(true);
  await expect(html).toHaveClass(/\bdark\b/);
  await expect(page.locator(".monaco-editor").first()).toHaveClass(/\bvs-dark\b/);

  await page.getByLabel("Theme").selectOption("light");
  await expect(html).not.toHaveClass(/\bdark\b/);
  await expect(page.locator(".monaco-editor").first()).not.toHaveClass(/\bvs-dark\b/);
  await page.reload();
  // Set by the inline script before the first paint, so there is no dark flash either.
  expect(await darkAtBody()).toBe(false);
  await expect(html).not.toHaveClass(/\bdark\b/);
  await expect(page.getByLabel("Theme")).toHaveValue("light");

  await page.getByLabel("Theme").selectOption("system");
  await expect(html).toHaveClass(/\bdark\b/);
  await page.emulateMedia({ colorScheme: "light" });
  await expect(html).not.toHaveClass(/\bdark\b/);
});

test("the open command palette, with documents and actions listed, passes axe in both schemes", async ({ page }) => {
  const found: string[] = [];
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto("/");
    const palette = page.getByRole("dialog", { name: "Command palette" });
    // Ctrl+K before the page has hydrated reaches no listener yet: press again until it opens.
    await expect(async () => {
      await page.keyboard.press("Control+K");
      await expect(palette).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await page.keyboard.type("e");
    await expect(palette.getByRole("group", { name: "Documents" }).getByRole("option").first()).toBeVisible();
    await expect(palette.getByRole("group", { name: "Actions" }).getByRole("option").first()).toBeVisible();
    found.push(...(await seriousViolations(page)).map((line) => `command palette, ${colorScheme}: ${line}`));
  }
  expect(found).toEqual([]);
});
