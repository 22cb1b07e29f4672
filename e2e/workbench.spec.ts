import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { countTokens } from "gpt-tokenizer/encoding/o200k_base";
import { DRAFT_TEXT } from "../lib/core/collab/draft-doc";
import { joinLiveDraft } from "../scripts/testing/live-draft-client";
import { fixMojibake } from "../lib/core/lints/mojibake";
import { expect, test } from "./fixtures";
import { editorLines, uniqueName } from "./helpers";
import { sharedDir } from "../scripts/testing/shared-dirs";

const preview = (page: Page) => page.getByTestId("preview");

/** The live draft's text as the server has it, read by a participant without a browser. */
async function liveDraftText(page: Page, slug: string): Promise<string> {
  const origin = new URL(page.url()).origin;
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
  const participant = joinLiveDraft({ url: `${origin.replace(/^http/, "ws")}/collab/${slug}`, cookie, origin });
  try {
    await participant.synced;
    return participant.doc.getText(DRAFT_TEXT).toString();
  } finally {
    participant.close();
  }
}

async function importFile(page: Page, name: string, buffer: Buffer) {
  await page.goto("/");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await page.getByTestId("import-input").setInputFiles({ name, mimeType: "text/plain", buffer });
  await expect(page.getByRole("list", { name: "Import results" })).toContainText("Created");
  await page.getByRole("button", { name: "Done" }).click();
}

test("a Go-template document: the form fits its variables and the preview follows it", async ({ page }) => {
  await page.goto("/d/release-notes-writer");
  await editorLines(page);
  const form = page.getByRole("form", { name: "Variables" });
  await form.getByLabel("Product", { exact: true }).fill("Dramatis");
  await form.getByLabel("Request", { exact: true }).fill("Summarise PR 12");
  await expect(preview(page)).toContainText("Product: Dramatis");
  await expect(preview(page)).toContainText("Summarise PR 12");
  await expect(preview(page)).not.toContainText("Never speculate");
  await form.getByLabel("Strict", { exact: true }).check();
  await expect(preview(page)).toContainText("Never speculate");

  // A list of objects: three examples render three times, in order.
  const list = page.getByTestId("list-Examples");
  for (let i = 1; i <= 3; i++) {
    await list.getByRole("button", { name: "Add item" }).click();
    await list.getByLabel(`Examples item ${i} Input`).fill(`input ${i}`);
    await list.getByLabel(`Examples item ${i} Output`).fill(`output ${i}`);
  }
  const text = (await preview(page).textContent()) ?? "";
  expect(text.match(/<example>/g)).toHaveLength(3);
  expect(text.indexOf("input 1")).toBeLessThan(text.indexOf("input 3"));
  await list.getByRole("button", { name: "Move item 3 up" }).click();
  await expect(preview(page)).toContainText(/input 1[\s\S]*input 3[\s\S]*input 2/);
  await expect(page.getByTestId("missing-count")).toHaveText("All variables filled");
  await expect(preview(page).locator('mark[data-variable="Product"]')).toHaveAttribute("title", "Product");
});

test("a mustache document with a list: three items render three times, and a link reproduces the preview", async ({ page, context }) => {
  await page.goto("/d/docs-agent");
  await editorLines(page);
  await expect(page.getByTestId("missing-count")).toContainText("missing");
  const form = page.getByRole("form", { name: "Variables" });
  await form.getByLabel("agent-name", { exact: true }).fill("Scribe");
  await form.getByLabel("project-name", { exact: true }).fill("Dramatis");
  const rules = page.getByTestId("list-rules");
  for (const [i, rule] of ["Be brief.", "Cite files.", "Run every sample."].entries()) {
    await rules.getByRole("button", { name: "Add item" }).click();
    await rules.getByLabel(`rules item ${i + 1}`).fill(rule);
  }
  await expect(preview(page)).toContainText("You are Scribe, the documentation agent for the Dramatis repository.");
  await expect(preview(page)).toContainText("- Be brief.\n- Cite files.\n- Run every sample.\n");
  await expect(preview(page)).not.toContainText("Prefer one clear example");

  // The address follows the form after a pause: wait until it holds the last item typed.
  await expect.poll(() => new URL(page.url()).searchParams.get("values") ?? "").toContain("Run every sample.");
  const expected = await preview(page).textContent();
  const second = await context.browser()!.newContext();
  const fresh = await second.newPage();
  await fresh.goto(page.url());
  await expect(fresh.getByTestId("preview")).toHaveText(expected ?? "");
  await second.close();
});

test("the outline jumps to a section and marks where the cursor is", async ({ page }) => {
  await page.goto("/d/release-notes-writer");
  await editorLines(page);
  const outline = page.getByRole("navigation", { name: "Outline" });
  await outline.getByRole("button", { name: "<examples>" }).click();
  await expect(outline.getByRole("button", { name: "<examples>" })).toHaveAttribute("aria-current", "location");
  await outline.getByRole("button", { name: "<request>" }).click();
  await expect(outline.getByRole("button", { name: "<request>" })).toHaveAttribute("aria-current", "location");
  await expect(outline.getByRole("button", { name: "<examples>" })).not.toHaveAttribute("aria-current", "location");
});

test("markup in a document or a value never runs in the Markdown preview", async ({ page }) => {
  const name = uniqueName("hostile");
  const hostile = [
    "# Hostile {{who}}",
    "<script>window.__pwned = 'script'</script>",
    '<img src="x" onerror="window.__pwned = \'onerror\'">',
    "[click me](javascript:window.__pwned='link')",
  ].join("\n\n");
  await importFile(page, `${name}.md`, Buffer.from(hostile));
  await page.goto(`/d/${name}?values=${encodeURIComponent(JSON.stringify({ who: "<img src=y onerror=\"window.__pwned='value'\">" }))}`);
  await editorLines(page);
  await page.getByRole("button", { name: "Markdown", exact: true }).click();
  const rendered = page.getByTestId("preview-markdown");
  await expect(rendered).toContainText("<script>window.__pwned");
  await expect(rendered.locator("script, img, [onerror]")).toHaveCount(0);
  await expect(rendered.locator('a[href^="javascript:"]')).toHaveCount(0);
  await rendered.getByText("click me").click();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
});

const corpusDir = sharedDir("PERSONA_CORPUS_DIR");
test("one click fixes the mojibake in the 105 KB corpus document and changes nothing else", async ({ page, request }) => {
  test.skip(!corpusDir, "no persona corpus (PERSONA_CORPUS_DIR)");
  const original = fs.readFileSync(path.join(corpusDir ?? "", "004_a1f2f44b8ec4059d.txt"));
  const name = uniqueName("garbled");
  await importFile(page, `${name}.txt`, original);
  await page.goto(`/d/${name}`);
  await editorLines(page);
  await page.getByRole("button", { name: /^Fix all \d+ garbled characters$/ }).click();
  await expect(page.getByRole("button", { name: /garbled characters/ })).toHaveCount(0);
  await page.keyboard.press("ControlOrMeta+s");
  await expect(page.getByTestId("save-status")).toHaveText("Saved as version 2");
  const archive = await (await request.get(`/d/${name}/export`)).json();
  const saved: string = archive.documents[0].versions[1].content;
  expect(saved).toContain("🚨");
  expect(saved).toBe(fixMojibake(original.toString("utf8")));
});

test("values saved as a named test case come back when it is loaded", async ({ page }) => {
  const name = uniqueName("case");
  await page.goto("/d/docs-agent");
  await editorLines(page);
  const form = page.getByRole("form", { name: "Variables" });
  await form.getByLabel("agent-name", { exact: true }).fill("Saved Name");
  await page.getByLabel("Test case name").fill(name);
  await page.getByRole("group", { name: "Test cases" }).getByRole("button", { name: "Save" }).click();
  await expect(page.getByLabel("Test case", { exact: true })).toHaveValue(name);

  await form.getByLabel("agent-name", { exact: true }).fill("Changed");
  await expect(preview(page)).toContainText("You are Changed");
  await page.getByLabel("Test case", { exact: true }).selectOption("");
  await page.getByLabel("Test case", { exact: true }).selectOption(name);
  await expect(form.getByLabel("agent-name", { exact: true })).toHaveValue("Saved Name");
  await expect(preview(page)).toContainText("You are Saved Name");
});

test("the editor completes variable names after {{, marks problems, and estimates tokens while typing", async ({ page }) => {
  await page.goto("/d/release-notes-writer");
  const lines = await editorLines(page);
  // The saved version's count is exact (counted on the server): no ≈.
  await expect(page.getByTestId("counts")).toContainText(/Source: [\d,]+ chars · [\d,]+ words · [\d,]+ lines · [\d,]+ tokens/);
  const sourceTokens = async () => Number((/Source:.*? ≈?([\d,]+) tokens/.exec((await page.getByTestId("counts").textContent()) ?? "")?.[1] ?? "").replaceAll(",", ""));
  const saved = await sourceTokens();
  await expect(page.locator(".dramatis-tag-go").first()).toBeVisible();
  await lines.click();
  await page.keyboard.press("ControlOrMeta+Home");
  await page.keyboard.type("{{");
  const suggestions = page.locator(".monaco-editor .suggest-widget");
  await expect(suggestions).toBeVisible();
  await expect(suggestions).toContainText("Request");
  await page.keyboard.press("Escape");
  await page.keyboard.type("#broken}}");
  await expect(page.getByTestId("problem-count")).not.toHaveText("No problems");
  // Edited: an estimate from the saved count, moved by the characters typed.
  await expect(page.getByTestId("counts")).toContainText(/Source: [\d,]+ chars · [\d,]+ words · [\d,]+ lines · ≈[\d,]+ tokens/);
  expect(await sourceTokens()).toBeGreaterThan(saved);
  // Asked for, the tokenizer counts the edited text exactly.
  await page.getByRole("button", { name: "Count exactly" }).click();
  await expect(page.getByTestId("counts")).not.toContainText("≈");
  await expect(page.getByRole("button", { name: "Count exactly" })).toHaveCount(0);
  const draft = await liveDraftText(page, "release-notes-writer");
  expect(draft.startsWith("{{")).toBe(true);
  await expect.poll(sourceTokens).toBe(countTokens(draft));
});

test("a field's type is saved with the version, and includes resolve from other documents", async ({ page }) => {
  const name = uniqueName("composed");
  await importFile(page, `${name}.md`, Buffer.from("# Composed\n\nTone: {{tone}}\n\n{{> meeting-summarizer}}\n"));
  await page.goto(`/d/${name}`);
  await editorLines(page);
  await expect(preview(page)).toContainText("You are a meeting summarizer.");

  await page.getByLabel("Type of tone").selectOption("select");
  const field = page.getByTestId("field-tone");
  await field.getByText("Field settings").click();
  await page.getByLabel("Options of tone").fill("warm, dry");
  await page.getByLabel("Version message").fill("Make tone a choice");
  await page.getByRole("button", { name: /^Save Ctrl/ }).click();
  await expect(page.getByTestId("save-status")).toHaveText("Saved as version 2");

  await page.reload();
  await editorLines(page);
  await expect(page.getByLabel("Type of tone")).toHaveValue("select");
  await page.getByRole("form", { name: "Variables" }).getByLabel("tone", { exact: true }).selectOption("dry");
  await expect(preview(page)).toContainText("Tone: dry");
});

test("a field's default fills the preview until a value is entered", async ({ page }) => {
  const name = uniqueName("defaults");
  await importFile(page, `${name}.md`, Buffer.from("# Defaults\n\nTone: {{tone}}\n"));
  await page.goto(`/d/${name}`);
  await editorLines(page);
  await expect(preview(page)).toContainText("Tone: {{tone}}");
  await page.getByTestId("field-tone").getByText("Field settings").click();
  await page.getByLabel("Default of tone").fill("warm");
  await expect(preview(page)).toContainText("Tone: warm");
  await page.getByRole("form", { name: "Variables" }).getByLabel("tone", { exact: true }).fill("dry");
  await expect(preview(page)).toContainText("Tone: dry");
});

test("panels collapse by button and by keyboard, and the choice is remembered", async ({ page }) => {
  await page.goto("/d/code-review-guide");
  await editorLines(page);
  const outline = page.getByRole("navigation", { name: "Outline" });
  await expect(outline).toBeVisible();
  await page.getByRole("button", { name: "☰ Outline" }).click();
  await expect(outline).toHaveCount(0);
  await page.keyboard.press("ControlOrMeta+Alt+p");
  await expect(page.getByRole("region", { name: "Preview" })).toHaveCount(0);
  await page.reload();
  await editorLines(page);
  await expect(outline).toHaveCount(0);
  await page.keyboard.press("ControlOrMeta+Alt+b");
  await expect(outline).toBeVisible();
});

test("the rendered prompt copies (button and shortcut), downloads, and its values are remembered here", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/d/docs-agent");
  await editorLines(page);
  await page.getByRole("form", { name: "Variables" }).getByLabel("agent-name", { exact: true }).fill("Keeper");
  await expect(preview(page)).toContainText("You are Keeper");
  const rendered = (await preview(page).textContent()) ?? "";

  await page.getByRole("button", { name: "Copy" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(rendered);
  await page.evaluate(() => navigator.clipboard.writeText(""));
  await page.keyboard.press("ControlOrMeta+Shift+c");
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(rendered);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: ".md" }).click()]);
  expect(download.suggestedFilename()).toBe("docs-agent.md");
  expect(fs.readFileSync((await download.path())!, "utf8")).toBe(rendered);

  // Back later without the link's values: this browser remembers them.
  await page.waitForTimeout(400);
  await page.goto("/");
  await page.goto("/d/docs-agent");
  await expect(page.getByRole("form", { name: "Variables" }).getByLabel("agent-name", { exact: true })).toHaveValue("Keeper");
});

test("the document is readable before any script runs, and tokens are counted without a tokenizer in the page", async ({ page, browser }) => {
  const name = uniqueName("readable");
  await importFile(page, `${name}.md`, Buffer.from("# Readable at once\n\nHello {{who}}, the text is here before the editor.\n"));

  // With JavaScript off, the server's HTML alone shows the text, numbered lines and all.
  const noScript = await browser.newContext({ storageState: await page.context().storageState(), javaScriptEnabled: false });
  const bare = await noScript.newPage();
  await bare.goto(`/d/${name}`);
  const placeholder = bare.getByRole("region", { name: "Document source (the editor is loading)" });
  await expect(placeholder).toHaveText("# Readable at once\n\nHello {{who}}, the text is here before the editor.\n");
  await expect(bare.locator(".monaco-editor")).toHaveCount(0);
  await noScript.close();

  // No worker exists before Monaco, and none counts tokens: the server counted the saved
  // version, exactly (the page loads the tokenizer only when asked to count an edit exactly).
  await page.addInitScript(() => {
    const seen = { workers: 0, workersBeforeEditor: -1 };
    (window as unknown as { seen: typeof seen }).seen = seen;
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        seen.workers += 1;
      }
    };
    new MutationObserver(() => {
      if (seen.workersBeforeEditor < 0 && document.querySelector(".monaco-editor")) seen.workersBeforeEditor = seen.workers;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`/d/${name}`);
  await editorLines(page);
  const tokens = countTokens("# Readable at once\n\nHello {{who}}, the text is here before the editor.\n");
  await expect(page.getByTestId("counts")).toContainText(new RegExp(`Source: .* lines · ${tokens} tokens`));
  await expect(page.getByRole("region", { name: "Document source (the editor is loading)" })).toHaveCount(0);
  const seen = await page.evaluate(() => (window as unknown as { seen: { workers: number; workersBeforeEditor: number } }).seen);
  expect(seen.workersBeforeEditor).toBe(0);
  expect(seen.workers).toBeLessThanOrEqual(1);
});
