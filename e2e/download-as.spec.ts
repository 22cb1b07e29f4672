import fs from "node:fs";
import type { Download, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { saveThroughApi } from "./helpers";
import { createDocument } from "./pages";
import { createInviteLink, joinWithInvite } from "./team";

const AGENT = "---\nname: pr-reviewer\ndescription: Reviews pull requests\ntools: Read, Grep\nversion: 3\n---\nYou review pull requests.\n";

async function downloadAs(page: Page, label: string): Promise<{ download: Download; text: string }> {
  const menu = page.getByTestId("download-as");
  if ((await menu.getAttribute("open")) === null) await menu.getByText("Download as…").click();
  const [download] = await Promise.all([page.waitForEvent("download"), menu.getByRole("link", { name: new RegExp(`^${label}`) }).click()]);
  return { download, text: fs.readFileSync(await download.path(), "utf8") };
}

test("Download as gives each tool its own file, says what the conversion drops, and works for viewers", async ({ page, browser }) => {
  const slug = await createDocument(page);
  await saveThroughApi(page, slug, () => AGENT);
  await page.goto(`/d/${slug}`);

  await page.getByTestId("download-as").getByText("Download as…").click();
  const menu = page.getByTestId("download-as");
  await expect(menu.getByRole("link", { name: /^Claude Code agent/ })).toContainText(".claude/agents/pr-reviewer.md");
  await expect(menu.getByRole("link", { name: /^Claude Code agent/ })).toContainText("Drops version");
  await expect(menu.getByRole("link", { name: /^Cursor rule/ })).toContainText(`.cursor/rules/${slug}.mdc`);
  await expect(menu.getByRole("link", { name: /^Cursor rule/ })).toContainText("Drops name, tools, version");

  const agent = await downloadAs(page, "Claude Code agent");
  expect(agent.download.suggestedFilename()).toBe("pr-reviewer.md");
  expect(agent.text).toBe("---\nname: pr-reviewer\ndescription: Reviews pull requests\ntools: Read, Grep\n---\nYou review pull requests.\n");

  const rule = await downloadAs(page, "Cursor rule");
  expect(rule.download.suggestedFilename()).toBe(`${slug}.mdc`);
  expect(rule.text).toBe("---\ndescription: Reviews pull requests\nalwaysApply: false\n---\nYou review pull requests.\n");

  const markdown = await downloadAs(page, "Markdown");
  expect(markdown.download.suggestedFilename()).toBe(`${slug}.md`);
  expect(markdown.text).toBe("You review pull requests.\n");

  // A viewer of the workspace downloads the same file.
  const viewer = await joinWithInvite(browser, await createInviteLink(page, "viewer"), "reader");
  await viewer.page.goto(`/d/${slug}`);
  const viewed = await downloadAs(viewer.page, "Claude Code agent");
  expect(viewed.download.suggestedFilename()).toBe("pr-reviewer.md");
  expect(viewed.text).toBe(agent.text);
  await viewer.page.context().close();
});

test("Download as zip gives the library as one tool's files, at the paths the tool reads", async ({ page }) => {
  const slug = await createDocument(page);
  await saveThroughApi(page, slug, () => AGENT.replace("pr-reviewer", slug));
  await page.goto("/");
  const menu = page.getByTestId("download-zip");
  await menu.getByText("Download as zip").click();
  const [download] = await Promise.all([page.waitForEvent("download"), menu.getByRole("link", { name: /^Claude Code agents/ }).click()]);
  expect(download.suggestedFilename()).toBe("claude-agents.zip");
  const zip = fs.readFileSync(await download.path());
  expect(zip.subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
  // Entries are stored uncompressed: the agent's path and its converted text are in the bytes.
  const text = zip.toString("utf8");
  expect(text).toContain(`.claude/agents/${slug}.md`);
  expect(text).toContain(`---\nname: ${slug}\ndescription: Reviews pull requests\ntools: Read, Grep\n---\nYou review pull requests.\n`);
});
