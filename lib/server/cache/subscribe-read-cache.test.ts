import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../access/actor";
import type { Db } from "../db/client";
import { createDocument } from "../documents/create-document";
import { createVersion } from "../documents/create-version";
import { resolveVersion } from "../documents/resolve-version";
import { createEventBus, subscribe } from "../events/domain-events";
import { setLabel } from "../labels/set-label";
import { createTestDb, testAccess, testWorkspaceId } from "../testing/test-db";
import { cached, createReadCache } from "./read-cache";
import { subscribeReadCache } from "./subscribe-read-cache";

let db: Db;
let cleanup: () => Promise<void>;
beforeEach(() => ({ db, cleanup } = createTestDb()));
afterEach(() => cleanup());

describe("the read cache follows domain events", () => {
  it("a label moved by the use case is read fresh at once (the use case publishes, the cache subscribes)", async () => {
    const { slug } = await createDocument({ db, actor: SYSTEM_ACTOR, workspaceId: await testWorkspaceId(db), input: { title: "Cached", format: "plain", authorName: "a" } });
    const access = await testAccess(db, slug);
    await createVersion({ db, access, actor: SYSTEM_ACTOR, authorName: "a", input: { content: "v2", message: "", baseVersion: 1 } });
    const move = (version: number) => setLabel({ db, access, actor: SYSTEM_ACTOR, actorName: "a", input: { name: "production", version } });
    const read = () => cached(`test-label:${slug}`, async () => (await resolveVersion({ db, access, ref: "production" })).version.number);
    const events: string[] = [];
    const off = subscribe("label.moved", (event) => void events.push(`${event.name}:${event.change}`));
    try {
      await move(1);
      expect(await read()).toBe(1);
      await move(2);
      expect(await read()).toBe(2);
      expect(events).toEqual(["production:moved", "production:moved"]);
    } finally {
      off();
    }
  });

  it("a cache on its own bus is emptied by any event on that bus and by nothing else", async () => {
    const bus = createEventBus();
    const cache = createReadCache();
    const off = subscribeReadCache({ bus, cache });
    let loads = 0;
    const read = () => cache.cached("k", async () => ++loads);
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);
    await createEventBus().publish("document.changed", { workspaceId: "w", documentId: "d", change: "updated" });
    expect(await read()).toBe(1);
    await bus.publish("document.changed", { workspaceId: "w", documentId: "d", change: "updated" });
    expect(await read()).toBe(2);
    off();
    await bus.publish("workspace.changed", { workspaceId: "w", change: "settings" });
    expect(await read()).toBe(2);
  });
});
