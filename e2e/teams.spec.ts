import { expect, test } from "./fixtures";
import { editorLines } from "./helpers";
import { createInviteLink, joinWithInvite, OWNER } from "./team";

test("an owner invites a viewer, who can read and render but not edit, in the UI or through the API", async ({ page, browser, baseURL }) => {
  const link = await createInviteLink(page, "viewer");
  const viewer = await joinWithInvite(browser, link, "viewer");

  await page.reload();
  await expect(page.getByTestId("member-list").getByRole("row").filter({ hasText: viewer.email })).toBeVisible();
  await expect(page.getByLabel(`Role of ${viewer.email}`)).toHaveValue("viewer");

  // The same invite link works once.
  const again = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const againPage = await again.newPage();
  await againPage.goto(new URL(link).pathname);
  await expect(againPage.getByRole("main").getByRole("alert")).toContainText("already been used");
  await again.close();

  const { page: viewerPage } = viewer;
  await viewerPage.goto("/d/code-review-guide");
  await expect(viewerPage.getByTestId("read-only-note")).toBeVisible();
  await expect(viewerPage.getByRole("button", { name: /^Save/ })).toHaveCount(0);
  await expect(viewerPage.getByRole("form", { name: "Set a label" })).toHaveCount(0);
  await expect(viewerPage.getByRole("button", { name: /^Share/ })).toHaveCount(0);
  const lines = await editorLines(viewerPage);
  const before = await lines.textContent();
  await lines.click();
  await viewerPage.keyboard.type("VIEWER WAS HERE");
  await expect(lines).toHaveText(before ?? "");

  const origin = { origin: baseURL ?? "" };
  const save = await viewerPage.request.post("/api/v1/documents/code-review-guide/versions", {
    headers: origin,
    data: { content: "overwritten", baseVersion: 1, authorName: "viewer" },
  });
  expect(save.status()).toBe(403);
  expect((await save.json()).error.code).toBe("forbidden");
  const label = await viewerPage.request.put("/api/v1/documents/code-review-guide/labels/production", { headers: origin, data: { version: 1 } });
  expect(label.status()).toBe(403);
  const render = await viewerPage.request.post("/api/v1/documents/code-review-guide/render", { headers: origin, data: { values: {} } });
  expect(render.status()).toBe(200);
  await viewerPage.goto("/d/code-review-guide/settings");
  await expect(viewerPage.getByRole("heading", { name: "You can’t do this here" })).toBeVisible();
  await viewer.context.close();
});

test("a share link shows its prefilled preview without an account, stops once revoked, and the audit trail shows it", async ({ page, browser }) => {
  await page.goto("/d/docs-agent");
  const form = page.getByRole("form", { name: "Variables" });
  await form.getByLabel("agent-name", { exact: true }).fill("Scribe");
  await form.getByLabel("project-name", { exact: true }).fill("Atlas");
  await page.getByRole("button", { name: /^Share/ }).click();
  const dialog = page.getByRole("dialog", { name: "Share links" });
  await dialog.getByLabel("What the link allows").selectOption("preview");
  await dialog.getByRole("button", { name: "Create link" }).click();
  const url = await dialog.getByLabel("New share link").inputValue();
  expect(url).toMatch(/\/s\/shr_[\w-]{43}$/);

  const stranger = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(url);
  await expect(strangerPage.getByTestId("preview")).toContainText("You are Scribe, the documentation agent for the Atlas repository.");
  await expect(strangerPage.getByTestId("shared-source")).toHaveCount(0);
  await expect(strangerPage.getByTestId("signed-in-as")).toHaveCount(0);
  const html = await strangerPage.content();
  for (const secret of [OWNER.email, OWNER.name, "Prompt team", "code-review-guide", "{{agent-name}}"]) expect(html).not.toContain(secret);
  // The holder fills the form; the server renders it (the template never reaches the browser).
  await strangerPage.getByLabel("project-name", { exact: true }).fill("Borealis");
  await expect(strangerPage.getByTestId("preview")).toContainText("for the Borealis repository");

  await dialog.getByTestId("share-links").getByRole("button", { name: "Revoke" }).first().click();
  await expect(dialog.getByTestId("share-links").getByText("revoked").first()).toBeVisible();
  await strangerPage.reload();
  await expect(strangerPage.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  await expect(strangerPage.getByRole("main").getByRole("alert")).toContainText("revoked");
  await expect(strangerPage.getByText("Scribe")).toHaveCount(0);
  await stranger.close();

  await page.goto("/settings/audit");
  const events = page.getByTestId("audit-events");
  await expect(events.locator('[data-action="share_link.create"]').filter({ hasText: "docs-agent" }).first()).toContainText(OWNER.name);
  await expect(events.locator('[data-action="share_link.revoke"]').filter({ hasText: "docs-agent" }).first()).toBeVisible();
  await page.getByLabel("Action").selectOption("share_link.revoke");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=share_link.revoke/);
  // The URL changes before the filtered rows arrive: wait for them, then check nothing else is listed.
  await expect(events.locator('tr[data-action="share_link.revoke"]').first()).toBeVisible();
  await expect(events.locator('tr[data-action]:not([data-action="share_link.revoke"])')).toHaveCount(0);
});
