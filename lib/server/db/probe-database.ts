import { getDb, type Db } from "./client";
import { isDatabaseUnavailable } from "./database-unavailable";

const TIMED_OUT = Symbol("timed out");

/**
 * Whether the database cannot be reached right now: one trivial query, given `timeoutMs` (a
 * server that does not answer is as away as one that refuses). Asked only when a page already
 * failed, to tell an outage (503) from a bug (500).
 */
export async function databaseIsDown({ db = getDb(), timeoutMs = 3000 }: { db?: Db; timeoutMs?: number } = {}): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs)));
  try {
    return (await Promise.race([db.$queryRaw`SELECT 1`, timeout])) === TIMED_OUT;
  } catch (error) {
    return isDatabaseUnavailable(error);
  } finally {
    clearTimeout(timer);
  }
}
