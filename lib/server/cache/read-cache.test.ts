import { describe, expect, it } from "vitest";
import { cached, invalidateReadCache } from "./read-cache";

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe("the read cache", () => {
  it("loads a key once for many concurrent misses, and serves the result to all of them", async () => {
    invalidateReadCache();
    let loads = 0;
    const gate = deferred<string>();
    const load = () => (loads++, gate.promise);
    const readers = Array.from({ length: 50 }, () => cached("herd", load));
    gate.resolve("value");
    expect(await Promise.all(readers)).toEqual(Array(50).fill("value"));
    expect(loads).toBe(1);
    expect(await cached("herd", load)).toBe("value");
    expect(loads).toBe(1);
  });

  it("does not hand a load begun before a write to readers after it", async () => {
    invalidateReadCache();
    const before = deferred<string>();
    const first = cached("moved", () => before.promise);
    invalidateReadCache();
    const second = cached("moved", async () => "after the write");
    before.resolve("before the write");
    expect(await first).toBe("before the write");
    expect(await second).toBe("after the write");
    expect(await cached("moved", async () => "reloaded")).toBe("after the write");
  });

  it("lets every waiter see a failed load fail, and loads again next time", async () => {
    invalidateReadCache();
    const gate = deferred<string>();
    const failing = () => gate.promise.then(() => Promise.reject(new Error("database away")));
    const readers = [cached("flaky", failing), cached("flaky", failing)];
    gate.resolve("");
    for (const reader of readers) await expect(reader).rejects.toThrow("database away");
    expect(await cached("flaky", async () => "back")).toBe("back");
  });
});
