import { afterEach, describe, expect, it, vi } from "vitest";
import { createEventBus, processEventBus, publish, subscribe } from "./domain-events";

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

describe("event buses", () => {
  it("a bus of its own shares nothing with the process's bus", async () => {
    const bus = createEventBus();
    const own = vi.fn();
    const processWide = vi.fn();
    unsubscribers.push(bus.subscribe("membership.changed", own), subscribe("membership.changed", processWide));
    await bus.publish("membership.changed", membership);
    expect(own).toHaveBeenCalledWith(membership, { remote: false });
    expect(processWide).not.toHaveBeenCalled();
  });

  it("subscribeAll sees every event with its name, and whether it came from another instance", async () => {
    const bus = createEventBus();
    const seen: string[] = [];
    bus.subscribeAll((name, _event, { remote }) => void seen.push(`${name}:${remote}`));
    await bus.publish("label.moved", { workspaceId: "w1", documentId: "d1", name: "production", change: "moved" });
    await bus.publish("session.ended", { userId: "u1" }, { remote: true });
    expect(seen).toEqual(["label.moved:false", "session.ended:true"]);
  });

  it("the process's bus is one object however often it is asked for", () => {
    expect(processEventBus()).toBe(processEventBus());
  });
});
