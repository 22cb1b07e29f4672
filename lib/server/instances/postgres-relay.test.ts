import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { createPostgresRelay } from "./postgres-relay";
import type { Relay } from "./relay";
import { testPostgresUrl } from "./test-postgres";

const url = testPostgresUrl("PostgreSQL relay");
const relays: Relay[] = [];
afterEach(async () => void (await Promise.all(relays.splice(0).map((relay) => relay.close()))));
const relay = () => {
  const created = createPostgresRelay(url!);
  relays.push(created);
  return created;
};
const until = async (check: () => boolean, ms = 5000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

describe.skipIf(!url)("PostgreSQL relay (LISTEN/NOTIFY)", () => {
  it("delivers to other instances in order, never back to the publisher, only on the channel subscribed", async () => {
    const [a, b] = [relay(), relay()];
    const atA: string[] = [];
    const atB: string[] = [];
    const otherChannel: string[] = [];
    await a.subscribe("draft:1", (bytes) => void atA.push(Buffer.from(bytes).toString()));
    await b.subscribe("draft:1", (bytes) => void atB.push(Buffer.from(bytes).toString()));
    await b.subscribe("draft:2", (bytes) => void otherChannel.push(Buffer.from(bytes).toString()));
    const sent = Array.from({ length: 50 }, (_, i) => `m${i}`);
    await Promise.all(sent.map((text) => a.publish("draft:1", Buffer.from(text))));
    await until(() => atB.length === 50);
    expect(atB).toEqual(sent);
    expect(atA).toEqual([]);
    expect(otherChannel).toEqual([]);
  });

  it("carries payloads far over NOTIFY's 8000-byte limit byte for byte", async () => {
    const [a, b] = [relay(), relay()];
    const got: Uint8Array[] = [];
    await b.subscribe("big", (bytes) => void got.push(bytes));
    const big = new Uint8Array(300_000).map((_, i) => (i * 7919) % 256);
    await a.publish("big", new Uint8Array([1, 2, 3]));
    await a.publish("big", big);
    await until(() => got.length === 2);
    expect(got[0]).toEqual(new Uint8Array([1, 2, 3]));
    expect(Buffer.from(got[1]!).equals(Buffer.from(big))).toBe(true);
  });

  it("stops delivering after unsubscribing", async () => {
    const [a, b] = [relay(), relay()];
    const got: string[] = [];
    const off = await b.subscribe("c", (bytes) => void got.push(Buffer.from(bytes).toString()));
    await a.publish("c", Buffer.from("one"));
    await until(() => got.length === 1);
    await off();
    await a.publish("c", Buffer.from("two"));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(got).toEqual(["one"]);
  });

  it("a listening connection killed by the server comes back, listens again and says so", async () => {
    const [a, b] = [relay(), relay()];
    const got: string[] = [];
    let reconnects = 0;
    b.onReconnect(() => reconnects++);
    await b.subscribe("c", (bytes) => void got.push(Buffer.from(bytes).toString()));
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      // Every backend listening to anything: b's listener (a has none).
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()");
    } finally {
      await admin.end();
    }
    await until(() => reconnects === 1);
    await a.publish("c", Buffer.from("after"));
    await until(() => got.length === 1);
    expect(got).toEqual(["after"]);
  });
});
