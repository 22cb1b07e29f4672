import type { Page } from "@playwright/test";
import { joinLiveDraft } from "../../scripts/testing/live-draft-client";
import { expect, test } from "../fixtures";
import { presenceMessage, upgradeStatus } from "../live-socket";
import { createInviteLink, joinWithInvite, outsider, type Person } from "../team";
import { invitedViewer, sessionCookie, signedInOwner } from "./actors";
import { countRefusals, refusedSocket, SLUG } from "./refusals";

// The live-draft websocket: upgrades that must not open, hostile messages from members, and
// open sockets whose person loses their rights.
test.describe.configure({ mode: "default" });

let owner: { page: Page; cookie: string };
let viewer: Person;
let stranger: Person;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000); // two sign-ups, an invite and a workspace through the UI, on two busy cores
  owner = await signedInOwner(browser);
  viewer = await invitedViewer(browser, owner.page);
  stranger = await outsider(browser);
});
test.afterAll(async () => {
  for (const context of [owner?.page.context(), viewer?.context, stranger?.context]) await context?.close();
});

const liveUrl = (baseURL: string) => `${baseURL.replace(/^http/, "ws")}/collab/${SLUG}`;

test("live-draft upgrades that must be refused are answered over HTTP, never dropped in silence", async ({ baseURL }) => {
  const cookie = owner.cookie;
  const answers = {
    nullOrigin: await upgradeStatus(baseURL!, `/collab/${SLUG}`, { origin: "null", cookie }),
    otherPort: await upgradeStatus(baseURL!, `/collab/${SLUG}`, { origin: "http://localhost:1", cookie }),
    malformed: await upgradeStatus(baseURL!, "/collab/%ZZ", { cookie }),
    unknownPath: await upgradeStatus(baseURL!, "/not-a-socket", { cookie }),
    signedOut: await upgradeStatus(baseURL!, `/collab/${SLUG}`, {}),
    stranger: await upgradeStatus(baseURL!, `/collab/${SLUG}`, { cookie: await sessionCookie(stranger.context) }),
  };
  expect(answers).toEqual({ nullOrigin: 403, otherPort: 403, malformed: 400, unknownPath: 404, signedOut: 401, stranger: 404 });
  countRefusals(Object.keys(answers).length);
});

test("an editor cannot put other shared data into a live draft, nor flood its socket", async ({ baseURL }) => {
  const join = () => joinLiveDraft({ url: liveUrl(baseURL!), cookie: owner.cookie, origin: baseURL! });
  const smuggler = join();
  await smuggler.synced;
  smuggler.change((doc) => doc.getMap("junk").set("blob", "x".repeat(100_000)));
  await refusedSocket(smuggler, 4422);

  const flooder = join();
  await flooder.synced;
  for (let i = 0; i < 2_000; i++) flooder.send(presenceMessage([[flooder.doc.clientID, i + 1, { cursor: i }]]));
  await refusedSocket(flooder, 4429);
});

test("a viewer cannot erase, overwrite or forge anyone's presence", async ({ baseURL }) => {
  const url = liveUrl(baseURL!);
  const ownerSocket = joinLiveDraft({ url, cookie: owner.cookie, origin: baseURL! });
  const viewerSocket = joinLiveDraft({ url, cookie: await sessionCookie(viewer.context), origin: baseURL! });
  await Promise.all([ownerSocket.synced, viewerSocket.synced]);
  ownerSocket.send(presenceMessage([[ownerSocket.doc.clientID, 1, { user: { id: "x", name: "x", color: "#2563eb" }, cursor: 1 }]]));
  const watcher = joinLiveDraft({ url, cookie: owner.cookie, origin: baseURL! });
  await watcher.synced;
  await expect.poll(() => watcher.awareness.getStates().get(ownerSocket.doc.clientID)).toMatchObject({ cursor: 1 });

  viewerSocket.send(presenceMessage([[ownerSocket.doc.clientID, 2, null]]));
  viewerSocket.send(presenceMessage([[ownerSocket.doc.clientID, 3, { user: { name: "Olive Owner" }, cursor: 666 }]]));
  viewerSocket.send(presenceMessage([[viewerSocket.doc.clientID, 1, { user: { id: "owner", name: "Olive Owner", readOnly: false, color: "red;x:url(//e)" } }]]));
  await expect.poll(() => watcher.awareness.getStates().get(viewerSocket.doc.clientID)).toBeTruthy();
  expect(watcher.awareness.getStates().get(ownerSocket.doc.clientID)).toMatchObject({ cursor: 1 });
  const forged = watcher.awareness.getStates().get(viewerSocket.doc.clientID) as { user: Record<string, unknown> };
  expect(forged.user).toEqual({ id: expect.any(String), name: viewer.name, readOnly: true });
  countRefusals(3);
  for (const participant of [ownerSocket, viewerSocket, watcher]) participant.close();
});

test("open live-draft sockets follow rights at once: demoted, removed, signed out", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const url = liveUrl(baseURL!);
  const ownerPage = owner.page;
  const mover = await joinWithInvite(browser, await createInviteLink(ownerPage, "editor"), "sec-mover");
  const leaver = await joinWithInvite(browser, await createInviteLink(ownerPage, "editor"), "sec-leaver");
  const join = async (person: Person) => {
    const participant = joinLiveDraft({ url, cookie: await sessionCookie(person.context), origin: baseURL! });
    await participant.synced;
    return participant;
  };

  const demoted = await join(mover);
  await mover.page.goto(`/d/${SLUG}`);
  await expect(mover.page.getByTestId("editor")).toHaveAttribute("data-live", "ready", { timeout: 30_000 });
  await expect(mover.page.getByTestId("read-only-note")).toHaveCount(0);
  await ownerPage.goto("/settings/members");
  await ownerPage.getByLabel(`Role of ${mover.email}`).selectOption("viewer");
  await expect(ownerPage.getByLabel(`Role of ${mover.email}`)).toHaveValue("viewer");
  // The open page turns read-only without a reload; the socket refuses a write anyway.
  await expect(mover.page.getByTestId("read-only-note")).toBeVisible();
  demoted.change((doc) => doc.getText("content").insert(0, "WRITTEN AFTER DEMOTION "));
  await refusedSocket(demoted, 4403);

  const removed = await join(mover);
  await ownerPage.getByRole("row").filter({ hasText: mover.email }).getByRole("button", { name: "Remove" }).click();
  await refusedSocket(removed, 4404);

  const signedOut = await join(leaver);
  const response = await leaver.page.request.post("/api/auth/sign-out", { headers: { origin: baseURL! }, data: {} });
  expect(response.ok()).toBe(true);
  await refusedSocket(signedOut, 4401);

  const check = await join(viewer);
  expect(check.doc.getText("content").toString()).not.toContain("WRITTEN AFTER DEMOTION");
  check.close();
  await mover.context.close();
  await leaver.context.close();
});
