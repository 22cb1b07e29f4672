import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readDraftMeta } from "@/lib/core/collab/draft-doc";
import { SYSTEM_ACTOR } from "../access/actor";
import { Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import { connect, presenceMessage } from "./room-test-clients";
import { databaseDraftStore, type LiveDraftStore } from "./live-draft-store";
import type { Db } from "../db/client";
import { createDocument } from "../documents/create-document";
import { createVersion } from "../documents/create-version";
import { restoreVersion } from "../documents/restore-version";
import { processEventBus } from "../events/domain-events";
import { setLabel } from "../labels/set-label";
import { createTestDb, testAccess, testWorkspaceId } from "../testing/test-db";
import { testPostgresUrl } from "../instances/test-postgres";
import { importDocumentFile } from "../documents/import-document-file";
import { joinInstancesAsWriter } from "./join-instances-as-writer";
import { startTestInstance, type TestInstance } from "./test-instances";

const pgUrl = testPostgresUrl("Two instances");
let db: Db;
let cleanup: () => Promise<void>;
// On PostgreSQL the relay uses the test's own database (NOTIFY is per database), so test files
// running at once never hear each other.
let relayUrl: string;
const instances: TestInstance[] = [];
beforeEach(() => {
  let url: string;
  ({ db, cleanup, url } = createTestDb());
  relayUrl = url.startsWith("postgres") ? url : pgUrl!;
});
afterEach(async () => {
  await Promise.all(instances.splice(0).map((instance) => instance.stop()));
  await cleanup();
});

const until = async (check: () => boolean, ms = 5000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return Date.now() - start;
};

async function twoInstances(options: { storeA?: (store: LiveDraftStore) => LiveDraftStore } = {}) {
  const workspaceId = await testWorkspaceId(db);
  const { slug } = await createDocument({ db, actor: SYSTEM_ACTOR, workspaceId, input: { title: "Shared", format: "plain", authorName: "Ana" } });
  const { id: documentId } = await db.document.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  // Use cases publish on the process's bus: that makes "a" the instance they run on.
  const a = await startTestInstance({ db, pgUrl: relayUrl, bus: processEventBus(), store: options.storeA?.(databaseDraftStore(db)) });
  const b = await startTestInstance({ db, pgUrl: relayUrl });
  instances.push(a, b);
  return { slug, documentId, a, b };
}

const storedText = async (documentId: string) => {
  const { state } = await databaseDraftStore(db).load(documentId);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state!);
  return doc.getText("content").toString();
};

describe.skipIf(!pgUrl)("two instances on one database and one PostgreSQL relay", () => {
  it("editors on different instances converge, and the stored draft holds every keystroke once", async () => {
    const { documentId, a, b } = await twoInstances();
    const [roomA, roomB] = await Promise.all([a.rooms.open(documentId), b.rooms.open(documentId)]);
    const ana = connect(roomA, { userId: "u-ana", name: "Ana" });
    const ben = connect(roomB, { userId: "u-ben", name: "Ben" });
    await until(() => ana.text().toString() !== "" && ben.text().toString() !== "");
    const start = ana.text().toString();
    expect(ben.text().toString()).toBe(start); // one draft, not one per instance
    for (let i = 0; i < 40; i++) {
      ana.text().insert(0, "a");
      ben.text().insert(ben.text().length, "b");
      if (i % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await until(() => ana.text().length === start.length + 80 && ben.text().length === start.length + 80);
    expect(ana.text().toString()).toBe(ben.text().toString());
    expect(ana.text().toString()).toBe(`${"a".repeat(40)}${start}${"b".repeat(40)}`);
    await Promise.all([roomA.flush(), roomB.flush()]);
    expect(await storedText(documentId)).toBe(ana.text().toString());
  });

  it("presence set on one instance shows on the other, for rooms opened later too, and goes when its page leaves", async () => {
    const { documentId, a, b } = await twoInstances();
    const roomA = await a.rooms.open(documentId);
    const ana = connect(roomA, { userId: "u-ana", name: "Ana" });
    ana.awareness.setLocalStateField("cursor", { line: 3 });
    roomA.receive(ana.peer, presenceMessage(encodeAwarenessUpdate(ana.awareness, [ana.doc.clientID])));
    // B opens after Ana's presence was set: it asks the others for theirs.
    const roomB = await b.rooms.open(documentId);
    const ben = connect(roomB, { userId: "u-ben", name: "Ben" });
    await until(() => ben.awareness.getStates().has(ana.doc.clientID));
    expect(ben.awareness.getStates().get(ana.doc.clientID)).toMatchObject({ cursor: { line: 3 }, user: { id: "u-ana", name: "Ana" } });
    // Ben's page cannot take over Ana's presence through his instance.
    const fake = new Awareness(new Y.Doc());
    fake.clientID = ana.doc.clientID;
    fake.setLocalState({ cursor: { line: 99 } });
    roomB.receive(ben.peer, presenceMessage(encodeAwarenessUpdate(fake, [ana.doc.clientID])));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ben.awareness.getStates().get(ana.doc.clientID)).toMatchObject({ cursor: { line: 3 } });
    roomA.leave(ana.peer);
    await until(() => !ben.awareness.getStates().has(ana.doc.clientID));
  });

  it("compacting on one instance never drops what the other appended meanwhile", async () => {
    const { documentId } = await twoInstances();
    const store = databaseDraftStore(db);
    // Instance A's view of the draft, and a change only instance B has (stored, not yet relayed to A).
    const docA = new Y.Doc();
    docA.getText("content").insert(0, "from A ");
    await store.createIfAbsent(documentId, Y.encodeStateAsUpdate(docA));
    const docB = new Y.Doc();
    Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA));
    docB.getText("content").insert(7, "from B");
    await store.append(documentId, Y.encodeStateAsUpdate(docB, Y.encodeStateVector(docA)));
    // A compacts with the state it holds, which lacks B's change, while B appends again.
    docB.getText("content").insert(0, "! ");
    await Promise.all([
      store.compact(documentId, Y.encodeStateAsUpdate(docA), "Ana"),
      store.append(documentId, Y.encodeStateAsUpdate(docB)),
      store.compact(documentId, Y.encodeStateAsUpdate(docA), "Ana"),
    ]);
    expect(await storedText(documentId)).toBe("! from A from B");
  });

  it("a write on one instance empties the read cache of the other within 100 ms", async () => {
    const { slug, b } = await twoInstances();
    let loads = 0;
    const read = () => b.cache.cached("label", async () => ++loads);
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);
    await setLabel({ db, access: await testAccess(db, slug), actor: SYSTEM_ACTOR, actorName: "Ana", input: { name: "production", version: 1 } });
    const written = Date.now();
    while ((await read()) === 1) {
      if (Date.now() - written > 1000) throw new Error("B's cache still holds what it read before the write");
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    // The cache's own TTL is 1 s: emptied well before that, it was the relayed event.
    expect(Date.now() - written).toBeLessThan(100);
  });

  it("a version saved on one instance reaches the other's open draft; a restore replaces its text exactly once", async () => {
    const { slug, documentId, a, b } = await twoInstances();
    const roomB = await b.rooms.open(documentId);
    const ben = connect(roomB, { userId: "u-ben", name: "Ben" });
    const before = ben.text().toString();
    // Saved through the API on A, where no room is open: B's page learns of it.
    await createVersion({ db, access: await testAccess(db, slug), actor: SYSTEM_ACTOR, input: { content: "second version", message: "", baseVersion: 1 }, authorName: "Ana" });
    await until(() => ben.text().toString() === "second version");
    expect(readDraftMeta(ben.doc).base?.number).toBe(2);
    // A room on A too: a restore must not be applied by both instances (the text would be doubled).
    await a.rooms.open(documentId);
    await restoreVersion({ db, access: await testAccess(db, slug), actor: SYSTEM_ACTOR, version: 1, authorName: "Ana" });
    await until(() => ben.text().toString() === before);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ben.text().toString()).toBe(before);
    await roomB.flush();
    expect(await storedText(documentId)).toBe(before);
  });

  it("events published on one instance reach the other's subscribers, marked remote", async () => {
    const { a, b } = await twoInstances();
    const seen: string[] = [];
    b.bus.subscribe("membership.changed", (event, { remote }) => void seen.push(`${event.userId}:${event.role}:${remote}`));
    await a.bus.publish("membership.changed", { workspaceId: "w", userId: "u-cy", role: null });
    await until(() => seen.length === 1);
    expect(seen).toEqual(["u-cy:null:true"]);
  });

  it("a change made while the other instance's relay connection was down reaches it when it is back", async () => {
    const { documentId, a, b } = await twoInstances();
    const [roomA, roomB] = await Promise.all([a.rooms.open(documentId), b.rooms.open(documentId)]);
    const ana = connect(roomA);
    const ben = connect(roomB);
    let reconnected = false;
    b.relay.onReconnect(() => (reconnected = true));
    const admin = new pg.Client({ connectionString: relayUrl });
    await admin.connect();
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()");
    await admin.end();
    ana.text().insert(0, "typed while the relay was down ");
    await roomA.flush();
    await until(() => reconnected);
    await until(() => ben.text().toString().startsWith("typed while the relay was down "));
    expect(ben.text().toString()).toBe(ana.text().toString());
  });

  it("while the database is unreachable edits wait (not relayed, not lost) and reach the other instance when it is back", async () => {
    let down = false;
    const { documentId, a, b } = await twoInstances({
      storeA: (store) => ({ ...store, append: (id, update) => (down ? Promise.reject(new Error("connection lost")) : store.append(id, update)) }),
    });
    const [roomA, roomB] = await Promise.all([a.rooms.open(documentId), b.rooms.open(documentId)]);
    const ana = connect(roomA);
    const ben = connect(roomB);
    const error = console.error;
    console.error = () => undefined;
    try {
      down = true;
      ana.text().insert(0, "kept ");
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(ben.text().toString().startsWith("kept ")).toBe(false); // not acknowledged yet
      down = false;
      await until(() => ben.text().toString().startsWith("kept "));
    } finally {
      console.error = error;
    }
    await roomA.flush();
    expect((await storedText(documentId)).startsWith("kept ")).toBe(true);
  });

  it("a command-line import reaches the open draft of a running instance", async () => {
    const workspaceId = await testWorkspaceId(db);
    await importDocumentFile({ db, workspaceId, fileName: "cli.md", bytes: new TextEncoder().encode("first\n"), authorName: "Ana" });
    const { id: documentId } = await db.document.findUniqueOrThrow({ where: { slug: "cli" }, select: { id: true } });
    const b = await startTestInstance({ db, pgUrl: relayUrl });
    instances.push(b);
    const ben = connect(await b.rooms.open(documentId));
    expect(ben.text().toString()).toBe("first\n");
    // As `npm run import` does: join the instances, import on the process's bus, leave.
    const leave = await joinInstancesAsWriter(db, relayUrl);
    try {
      await importDocumentFile({ db, workspaceId, fileName: "cli.md", bytes: new TextEncoder().encode("second\n"), authorName: "Ana" });
    } finally {
      await leave();
    }
    await until(() => ben.text().toString() === "second\n");
  });
});
