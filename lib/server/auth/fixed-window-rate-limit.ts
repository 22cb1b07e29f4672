import { randomUUID } from "node:crypto";
import type { BetterAuthOptions } from "better-auth";
import type { Db } from "../db/client";

type RateLimitStorage = NonNullable<NonNullable<BetterAuthOptions["rateLimit"]>["customStorage"]>;
type Rule = { window: number; max: number };

/** Tries of the create-or-update race before giving up; each lost round means another request won. */
const MAX_ROUNDS = 5;

/**
 * better-auth's per-address limits, counted in fixed windows in the `RateLimit` table.
 *
 * better-auth's own database storage moves a key's window to its latest request, so the count
 * only starts over after a quiet window: an address signing in steadily (an office behind one
 * NAT) is refused at a fraction of the rate the rule states. Here a window starts with the
 * first request and ends `window` seconds later whatever happens in it, so "30 a minute" means
 * 30 in each minute.
 *
 * Every step is a single conditional statement (`UPDATE … WHERE count < max`, `INSERT` against
 * the unique key), which both engines apply atomically to the row: parallel requests, from one
 * instance or several, cannot pass on a stale count.
 */
export function createFixedWindowRateLimit(
  db: Db,
  { longestWindow, now = Date.now }: { longestWindow: number; now?: () => number },
): RateLimitStorage {
  let keepFor = longestWindow;
  const consume = async (key: string, rule: Rule, round: number): Promise<{ allowed: boolean; retryAfter: number | null }> => {
    const at = now();
    const windowMs = rule.window * 1000;
    keepFor = Math.max(keepFor, rule.window);
    const windowOpenSince = BigInt(at - windowMs);

    const counted = await db.rateLimit.updateMany({
      where: { key, windowStart: { gt: windowOpenSince }, count: { lt: rule.max } },
      data: { count: { increment: 1 } },
    });
    if (counted.count === 1) return { allowed: true, retryAfter: null };

    const restarted = await db.rateLimit.updateMany({
      where: { key, windowStart: { lte: windowOpenSince } },
      data: { count: 1, windowStart: BigInt(at) },
    });
    if (restarted.count === 1) {
      await forgetWindowsOlderThan(db, BigInt(at - keepFor * 1000));
      return { allowed: true, retryAfter: null };
    }

    const row = await db.rateLimit.findUnique({ where: { key }, select: { windowStart: true, count: true } });
    if (!row) {
      try {
        await db.rateLimit.create({ data: { id: randomUUID(), key, count: 1, windowStart: BigInt(at) } });
        return { allowed: true, retryAfter: null };
      } catch (error) {
        if ((error as { code?: unknown }).code !== "P2002") throw error;
      }
    } else if (row.count >= rule.max && Number(row.windowStart) > at - windowMs) {
      return { allowed: false, retryAfter: Math.max(1, Math.ceil((Number(row.windowStart) + windowMs - at) / 1000)) };
    }
    // Another request created or reset the row between two statements: count again against it.
    if (round + 1 >= MAX_ROUNDS) return { allowed: false, retryAfter: 1 };
    return consume(key, rule, round + 1);
  };
  return { consume: (key, rule) => consume(key, rule, 0) };
}

/**
 * Rows older than the longest window any rule has are over whatever their rule: dropping them
 * keeps the table as small as the set of addresses seen recently. Done only when a window
 * restarts, so a steady stream of requests costs one statement each.
 */
async function forgetWindowsOlderThan(db: Db, cutoff: bigint): Promise<void> {
  await db.rateLimit.deleteMany({ where: { windowStart: { lt: cutoff } } });
}
