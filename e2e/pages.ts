import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import { editorLines, saveThroughApi, uniqueName } from "./helpers";
import { createInviteLink } from "./team";

/** Something worth reading in every part of the preview: frontmatter, XML-style sections, Markdown. */
export const RICH_DOCUMENT = [
  "---",
  "name: reviewer",
  "description: Reviews pull requests",
  "tools: [Read, Grep]",
  "---",
  "# Reviewer",
  "",
  "<instructions>",
  "## Rules",
  "",
  "- Be brief with {{.Person}}",
  "- Quote the line: `x = 1`",
  "",
  "> Never approve your own change.",
  "",
  "| a | b |",
  "| - | - |",
  "| 1 | 2 |",
  "</instructions>",
  "",
  "```",
  "npm test",
  "```",
].join("\n");

export interface SitePages {
  slug: string;
  /** A share link that shows the source too. */
  shareUrl: string;
  /** Every page a signed-in owner can open, by name. */
  paths: Record<string, string>;
}

/**
 * A fresh document with two versions (the second one rich) and a share link, and the path of
 * every kind of page: what the accessibility and phone checks visit.
 */
export async function preparePages(page: Page): Promise<SitePages> {
  const slug = await createDocument(page);
  await saveThroughApi(page, slug, () => RICH_DOCUMENT);

  await page.goto(`/d/${slug}`);
  await editorLines(page);
  await page.getByRole("button", { name: /^Share/ }).click();
  const dialog = page.getByRole("dialog", { name: "Share links" });
  await dialog.getByLabel("What the link allows").selectOption("source");
  await dialog.getByRole("button", { name: "Create link" }).click();
  const shareUrl = await dialog.getByLabel("New share link").inputValue();
  const invite = new URL(await createInviteLink(page, "viewer")).pathname;

  return {
    slug,
    shareUrl,
    paths: {
      library: "/",
      workbench: `/d/${slug}`,
      "old version": `/d/${slug}/v/1`,
      diff: `/d/${slug}/diff?from=1&to=2`,
      "document settings": `/d/${slug}/settings`,
      "new document": "/new",
      members: "/settings/members",
      audit: "/settings/audit",
      "API keys": "/settings/api-keys",
      "API docs": "/api-docs",
      share: new URL(shareUrl).pathname,
      invite,
      "new workspace": "/workspaces/new",
    },
  };
}

/** A new plain document of this test's own; its slug. */
export async function createDocument(page: Page): Promise<string> {
  return createTitledDocument(page, uniqueName("Page check"));
}

/** A new plain document titled `title` in the page's current workspace; its slug. */
export async function createTitledDocument(page: Page, title: string): Promise<string> {
  await page.goto("/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Format").selectOption("plain");
  await page.getByRole("button", { name: "Create document" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  return new URL(page.url()).pathname.split("/")[2]!;
}

/** The workbench is checked once Monaco is on screen (its text areas are part of the page). */
export async function settle(page: Page, name: string): Promise<void> {
  if (name === "workbench") await editorLines(page);
}
