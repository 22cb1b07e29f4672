import { afterEach, describe, expect, it, vi } from "vitest";
import { publish, subscribe } from "./domain-events";

const unsubscribers: (() => void)[] = [];
afterEach(() => unsubscribers.splice(0).forEach((off) => off()));

const membership = { workspaceId: "w1", userId: "u1", role: null } as const;

describe("domain events", () => {
  it("delivers an event to every subscriber and waits for async ones", async () => {
    const seen: string[] = [];
    unsubscribers.push(subscribe("membership.changed", (e) => void seen.push(`a:${e.userId}`)));
    unsubscribers.push(
      subscribe("membership.changed", async (e) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        seen.push(`b:${e.userId}`);
      }),
    );
    await publish("membership.changed", membership);
    expect(seen.sort()).toEqual(["a:u1", "b:u1"]);
  });

  it("does not deliver after unsubscribing, nor to subscribers of other events", async () => {
    const handler = vi.fn();
    const other = vi.fn();
    const off = subscribe("membership.changed", handler);
    unsubscribers.push(subscribe("session.ended", other));
    off();
    await publish("membership.changed", membership);
    expect(handler).not.toHaveBeenCalled();
    expect(other).not.toHaveBeenCalled();
  });

  it("a failing subscriber neither fails the publisher nor stops the others", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const after = vi.fn();
    unsubscribers.push(subscribe("membership.changed", () => { throw new Error("boom"); }));
    unsubscribers.push(subscribe("membership.changed", after));
    await expect(publish("membership.changed", membership)).resolves.toBeUndefined();
    expect(after).toHaveBeenCalledOnce();
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
