import { getDb, type Db } from "../db/client";

/**
 * Failed sign-ins per account: after MAX_FAILURES within WINDOW_MS, that email is refused
 * until enough failures age out, whatever address the attempts come from. Kept in the database
 * (SignInAttempt) so a lock survives a restart and holds for every instance sharing it.
 *
 * An attempt is counted when it starts, before the password is checked (scrypt takes tens of
 * milliseconds): otherwise a burst of parallel guesses would all pass the check before the
 * first failure was written. It is kept when the password was wrong and dropped otherwise.
 */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;

export function accountKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Seconds until the lock made of these attempt times (oldest first) ends, or 0. */
function lockSeconds(times: number[], now: number): number {
  if (times.length < MAX_FAILURES) return 0;
  return Math.max(1, Math.ceil((times[times.length - MAX_FAILURES]! + WINDOW_MS - now) / 1000));
}

async function attemptTimes(db: Db, email: string, now: number): Promise<number[]> {
  const rows = await db.signInAttempt.findMany({
    where: { email, at: { gt: new Date(now - WINDOW_MS) } },
    orderBy: { at: "asc" },
    select: { at: true },
  });
  return rows.map((row) => row.at.getTime());
}

/** Seconds until this email may try again, or 0 when it may now. */
export async function signInRetryAfter({ db = getDb(), email, now = Date.now() }: { db?: Db; email: string; now?: number }) {
  return lockSeconds(await attemptTimes(db, accountKey(email), now), now);
}

export type SignInClaim = { allowed: true; id: number } | { allowed: false; retryAfter: number };

/**
 * Counts an attempt at `email` before its password is checked, or refuses it when the account
 * is locked. Each attempt takes the email's next slot number, after the highest it saw, and
 * the unique index on (email, slot) lets only one of several attempts that saw the same
 * attempts have it: the others read again, now counting the winner. So of attempts racing on
 * any number of instances, exactly those that fit under the limit are allowed (plain inserts:
 * no transaction for PostgreSQL to refuse midway).
 */
export async function claimSignInAttempt({ db = getDb(), email, now = Date.now() }: { db?: Db; email: string; now?: number }): Promise<SignInClaim> {
  const key = accountKey(email);
  await pruneExpired(db, now);
  for (;;) {
    // One read, so the count and the highest slot come from the same moment. (Few rows: a
    // locked email gets no more, and expired ones are pruned.)
    const rows = await db.signInAttempt.findMany({ where: { email: key }, orderBy: { at: "asc" }, select: { slot: true, at: true } });
    const times = rows.map((row) => row.at.getTime()).filter((time) => time > now - WINDOW_MS);
    const wait = lockSeconds(times, now);
    if (wait > 0) return { allowed: false, retryAfter: wait };
    const slot = Math.max(0, ...rows.map((row) => row.slot)) + 1;
    try {
      const { id } = await db.signInAttempt.create({ data: { email: key, slot, at: new Date(now) }, select: { id: true } });
      return { allowed: true, id };
    } catch (error) {
      if ((error as { code?: unknown }).code !== "P2002") throw error;
    }
  }
}

/** What the password check said: a wrong password keeps the attempt; success forgets them all. */
export async function settleSignInAttempt({
  db = getDb(),
  email,
  id,
  outcome,
}: {
  db?: Db;
  email: string;
  id: number;
  outcome: "wrong-password" | "signed-in" | "not-checked";
}): Promise<void> {
  if (outcome === "wrong-password") return;
  if (outcome === "signed-in") await db.signInAttempt.deleteMany({ where: { email: accountKey(email) } });
  else await db.signInAttempt.deleteMany({ where: { id } });
}

let lastPrune = 0;

/** Attempts older than the window mean nothing; dropped at most once a minute per process. */
async function pruneExpired(db: Db, now: number): Promise<void> {
  if (now - lastPrune < 60_000 && now >= lastPrune) return;
  lastPrune = now;
  await db.signInAttempt.deleteMany({ where: { at: { lte: new Date(now - WINDOW_MS) } } });
}
