import { processReadCache } from "../cache/read-cache";
import { processEventBus } from "../events/domain-events";
import { createPostgresRelay } from "./postgres-relay";
import type { Relay } from "./relay";
import { relayDomainEvents } from "./relay-domain-events";

// On globalThis: the custom server sets it up; Next's compiled code (server actions that save)
// reaches the same rooms and bus through it.
const holder = globalThis as unknown as { dramatisRelay?: Relay };

/** The relay to the other instances, or undefined when this process is the only one (SQLite). */
export function processRelay(): Relay | undefined {
  return holder.dramatisRelay;
}

/**
 * Several instances share a PostgreSQL database; one SQLite file has one server process, so
 * the relay is on exactly when the database is PostgreSQL. Call before anything opens a room.
 */
export async function connectInstances(databaseUrl = process.env.DATABASE_URL ?? ""): Promise<Relay | undefined> {
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) return undefined;
  const relay = createPostgresRelay(databaseUrl);
  await relayDomainEvents({ bus: processEventBus(), relay, onMissed: () => processReadCache().invalidate() });
  holder.dramatisRelay = relay;
  return relay;
}
