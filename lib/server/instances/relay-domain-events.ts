import type { DomainEventName, EventBus } from "../events/domain-events";
import type { Relay } from "./relay";

const CHANNEL = "domain-events";

/**
 * Carries domain events between instances: what a use case publishes here reaches the other
 * instances' subscribers (marked `remote`), and theirs reaches this one's. Version
 * announcements, role changes and sign-outs thus reach sockets on every instance, and every
 * instance's read cache is emptied. An event published while the relay is down is lost to the
 * others, so `onMissed` runs when it comes back (the read cache empties itself; sockets'
 * rights are checked again every minute anyway). Returns the function that stops it.
 */
export async function relayDomainEvents({ bus, relay, onMissed }: { bus: EventBus; relay: Relay; onMissed?: () => void }): Promise<() => Promise<void>> {
  const stopIncoming = await relay.subscribe(CHANNEL, (bytes) => {
    let message: { name: DomainEventName; event: never };
    try {
      message = JSON.parse(Buffer.from(bytes).toString("utf8")) as typeof message;
    } catch {
      return console.error("Ignored a relayed domain event that is not JSON.");
    }
    void bus.publish(message.name, message.event, { remote: true });
  });
  const stopOutgoing = bus.subscribeAll(async (name, event, { remote }) => {
    if (remote) return;
    await relay.publish(CHANNEL, Buffer.from(JSON.stringify({ name, event })));
  });
  const stopReconnect = onMissed ? relay.onReconnect(onMissed) : () => undefined;
  return async () => {
    stopOutgoing();
    stopReconnect();
    await stopIncoming();
  };
}
