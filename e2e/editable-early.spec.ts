import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { OWNER_STATE } from "../playwright.config";
import { DRAFT_TEXT } from "../lib/core/collab/draft-doc";
import { joinLiveDraft } from "../scripts/testing/live-draft-client";
import { expect, test } from "./fixtures";
import { editorLines, saveThroughApi } from "./helpers";
import { editorText, typeOnLine, viewport } from "./live-draft";
import { createDocument } from "./pages";
import { createInviteLink, joinWithInvite } from "./team";

test.use({ viewport });
// Two or three browsers per test on CI's two cores, and Monaco's chunk passed through by hand.
test.describe.configure({ timeout: 120_000 });

/** A string only Monaco's core chunk holds (one of its built-in command ids). */
const MONACO_CORE = "editor.action.clipboardCopyAction";

/**
 * Holds back Monaco's chunk in this browser until `release()`, so the page has to do without it
 * meanwhile. `held()` says how many requests for it were held (proof the page asked for it).
 */
async function holdMonaco(context: BrowserContext) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await context.route(/\/_next\/static\/chunks\/.+\.js$/, async (route) => {
    try {
      const response = await route.fetch();
      const body = await response.body();
      if (body.includes(MONACO_CORE)) {
        held += 1;
        await released;
      }
      await route.fulfill({ response, body });
    } catch (error) {
      // A test ends by closing the context, which disposes chunk requests still in flight.
      if (!/disposed|closed/i.test(String(error))) throw error;
    }
  });
  return { release, held: () => held };
}

const numbered = (count: number) => Array.from({ length: count }, (_, i) => `line ${i + 1}:`).join("\n");

/** A new document holding `count` numbered lines (its newest version, so its live draft too). */
async function numberedDocument(page: Page, count: number): Promise<string> {
  const slug = await createDocument(page);
  await saveThroughApi(page, slug, () => numbered(count));
  return `/d/${slug}`;
}

/** The live draft's text as the server has it, read by a participant without a browser. */
async function draftOnServer(page: Page, path: string): Promise<string> {
  const origin = new URL(page.url()).origin;
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
  const participant = joinLiveDraft({ url: `${origin.replace(/^http/, "ws")}/collab${path.slice("/d".length)}`, cookie, origin });
  try {
    await participant.synced;
    return participant.doc.getText(DRAFT_TEXT).toString();
  } finally {
    participant.close();
  }
}

/** The document in a browser whose Monaco is held back: the plain surface, bound to the draft. */
async function openWithoutMonaco(browser: Browser, path: string, context?: BrowserContext) {
  const own = context ?? (await browser.newContext({ storageState: OWNER_STATE, viewport }));
  const monaco = await holdMonaco(own);
  const page = await own.newPage();
  // Not "load": the held chunk may be one the load event waits for.
  await page.goto(path, { waitUntil: "domcontentloaded" });
  const editor = page.getByTestId("editor");
  await expect(editor).toHaveAttribute("data-live", "ready", { timeout: 30_000 });
  await expect(editor).toHaveAttribute("data-surface", "plain");
  return { context: own, page, editor, monaco, field: page.getByRole("textbox", { name: "Document source" }) };
}

/** Puts the caret at the end of line `line` with the keyboard, as a person would. */
async function caretAtEndOf(page: Page, line: number) {
  await page.keyboard.press("ControlOrMeta+Home");
  for (let i = 1; i < line; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("End");
}

test("typing before Monaco has loaded goes into the live draft, and others' edits come back", async ({ page, browser }) => {
  const path = await numberedDocument(page, 3);
  await page.goto(path);
  await editorLines(page);
  const early = await openWithoutMonaco(browser, path);

  await expect(early.field).toBeEditable();
  await expect(early.field).toHaveValue(numbered(3));
  await early.field.focus();
  await caretAtEndOf(early.page, 2);
  await early.page.keyboard.type(" early bird");
  const expected = "line 1:\nline 2: early bird\nline 3:";
  await expect.poll(() => draftOnServer(page, path)).toBe(expected);
  await expect.poll(() => editorText(page)).toBe(expected);

  // Someone types above the caret: the text area shows it and the caret stays after "bird".
  await typeOnLine(page, 1, [" above"]);
  await expect(early.field).toHaveValue("line 1: above\nline 2: early bird\nline 3:");
  // Keys typed within 500 ms make one undo step (captureTimeout in draft-surfaces.ts, as
  // Monaco groups typing); on a fast machine "!" would otherwise join " early bird".
  await early.page.waitForTimeout(600);
  await early.page.keyboard.type("!");
  await expect.poll(() => draftOnServer(page, path)).toBe("line 1: above\nline 2: early bird!\nline 3:");
  // Undo takes back this person's edits, last first, and never the other's line.
  await early.page.keyboard.press("ControlOrMeta+z");
  await expect.poll(() => draftOnServer(page, path)).toBe("line 1: above\nline 2: early bird\nline 3:");
  await early.page.keyboard.press("ControlOrMeta+z");
  await expect.poll(() => draftOnServer(page, path)).toBe("line 1: above\nline 2:\nline 3:");
  await early.page.keyboard.press("ControlOrMeta+z");
  await expect(early.field).toHaveValue("line 1: above\nline 2:\nline 3:");

  // All of it without Monaco (which the page did ask for), and the plain surface passes axe.
  await expect.poll(() => early.monaco.held()).toBeGreaterThan(0);
  await expect(early.page.locator(".monaco-editor")).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page: early.page }).analyze();
  expect(violations.filter((violation) => violation.impact === "critical" || violation.impact === "serious").map((violation) => violation.id)).toEqual([]);

  early.monaco.release();
  await expect(early.editor).toHaveAttribute("data-surface", "monaco", { timeout: 30_000 });
  await expect.poll(() => editorText(early.page)).toBe("line 1: above\nline 2:\nline 3:");
  await early.context.close();
});

test("Monaco takes over with the same selection, scroll position and focus", async ({ page, browser }) => {
  const path = await numberedDocument(page, 300);
  const early = await openWithoutMonaco(browser, path);
  await early.field.focus();
  await caretAtEndOf(early.page, 280);
  await early.page.keyboard.press("Shift+Home");
  // The plain surface scrolled to the caret, far down the document.
  expect(await early.page.locator(".plain-editor").evaluate((element) => element.scrollTop)).toBeGreaterThan(1000);

  early.monaco.release();
  await expect(early.editor).toHaveAttribute("data-surface", "monaco", { timeout: 30_000 });
  await expect(early.editor.locator(".monaco-editor.focused")).toHaveCount(1);
  await expect(early.editor.locator(".view-line", { hasText: /^line\s280:$/ })).toBeInViewport();
  // The selection came along: typing replaces "line 280:" and nothing else.
  await early.page.keyboard.type("chosen");
  await expect.poll(async () => (await draftOnServer(page, path)).split("\n").slice(278, 281)).toEqual(["line 279:", "chosen", "line 281:"]);
  await early.context.close();
});

test("nothing typed while Monaco takes over is lost, and it lands where the caret was", async ({ page, browser }) => {
  const path = await numberedDocument(page, 3);
  const early = await openWithoutMonaco(browser, path);
  await early.field.focus();
  await caretAtEndOf(early.page, 2);

  // Keys go on arriving, one burst after another, from before Monaco is let through until after it took over.
  let typed = "";
  let after = 0;
  for (let burst = 0; burst < 200 && after < 2; burst++) {
    const keys = `${burst % 10}abcdefgh`;
    await early.page.keyboard.type(keys);
    typed += keys;
    if (burst === 1) early.monaco.release();
    if (burst > 1 && (await early.editor.getAttribute("data-surface")) === "monaco") after += 1;
  }
  expect(after).toBe(2);
  const expected = `line 1:\nline 2:${typed}\nline 3:`;
  await expect.poll(() => draftOnServer(page, path)).toBe(expected);
  // Monaco wraps the long line on screen: its view lines are compared without the wraps.
  await expect.poll(async () => (await editorText(early.page)).replace(/\n/g, "")).toBe(expected.replace(/\n/g, ""));
  await early.context.close();
});

test("before Monaco, an outline click puts the caret on its line and scrolls it into view", async ({ page, browser }) => {
  const slug = await createDocument(page);
  const lines = numbered(300).split("\n");
  lines[249] = "## Far down";
  await saveThroughApi(page, slug, () => lines.join("\n"));
  const early = await openWithoutMonaco(browser, `/d/${slug}`);
  await expect(early.page.locator(".plain-editor")).toHaveJSProperty("scrollTop", 0);

  await early.page.getByRole("navigation", { name: "Outline" }).getByRole("button", { name: "Far down" }).click();
  await expect(early.field).toBeFocused();
  await expect.poll(() => early.page.locator(".plain-editor").evaluate((element) => element.scrollTop)).toBeGreaterThan(2000);
  await expect(early.page.locator(".plain-editor-mirror .source-line").nth(249)).toBeInViewport();
  // The caret is at the start of the heading's line: typing lands there.
  await early.page.keyboard.type("jumped ");
  await expect.poll(async () => (await draftOnServer(page, `/d/${slug}`)).split("\n")[249]).toBe("jumped ## Far down");
  await expect(early.page.locator(".monaco-editor")).toHaveCount(0);
  await early.context.close();
});

test("before Monaco, others' carets are drawn over the plain surface where they are", async ({ page, browser }) => {
  const path = await numberedDocument(page, 5);
  const early = await openWithoutMonaco(browser, path);
  await page.goto(path);
  await typeOnLine(page, 4, [" here"]);
  await expect(early.field).toHaveValue("line 1:\nline 2:\nline 3:\nline 4: here\nline 5:");

  // The owner's caret sits after " here" on line 4 of the plain surface, named. (A page the
  // owner left a moment ago may still be listed, without a caret or elsewhere: any one will do.)
  const onLine4 = () =>
    early.page.evaluate(() => {
      // Where the end of "line 4: here" is on screen, measured on the numbered text under the field.
      const end = document.createRange();
      const line = document.querySelectorAll(".plain-editor-mirror .source-line")[3]!.firstChild!;
      end.setStart(line, "line 4: here".length);
      const expected = end.getBoundingClientRect();
      return [...document.querySelectorAll('[data-testid="plain-remote-carets"] .remote-caret')].some((caret) => {
        const at = caret.getBoundingClientRect();
        return Math.abs(at.top - expected.top) < 3 && Math.abs(at.left - expected.left) < 3 && getComputedStyle(caret, "::after").content !== "none";
      });
    });
  await expect.poll(onLine4, { timeout: 15_000 }).toBe(true);
  await early.context.close();
});

test("a viewer gets the plain surface read-only: typing changes nothing", async ({ page, browser }) => {
  const path = await numberedDocument(page, 2);
  const viewer = await joinWithInvite(browser, await createInviteLink(page, "viewer"), "early-viewer");
  await viewer.page.close();
  const early = await openWithoutMonaco(browser, path, viewer.context);
  await expect(early.page.getByTestId("read-only-note")).toBeVisible();
  await expect(early.field).not.toBeEditable();

  await early.field.focus();
  await caretAtEndOf(early.page, 1);
  await early.page.keyboard.type("typed by the viewer");
  await early.page.keyboard.press("ControlOrMeta+z");
  await expect(early.field).toHaveValue(numbered(2));

  // The owner's edits still reach the viewer's text; the viewer's never reached the draft.
  await page.goto(path);
  await typeOnLine(page, 2, [" from the owner"]);
  await expect(early.field).toHaveValue("line 1:\nline 2: from the owner");
  expect(await draftOnServer(page, path)).toBe("line 1:\nline 2: from the owner");
  await early.context.close();
});
