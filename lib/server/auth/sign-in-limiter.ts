/**
 * Failed sign-ins per account: after MAX_FAILURES within WINDOW_MS, that email is refused
 * until the oldest failure ages out, whatever address the attempts come from. Kept in memory:
 * one SQLite-backed instance serves a team; several instances would share it through the
 * database (see README, PostgreSQL).
 */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;

const failures = new Map<string, number[]>();

function recent(email: string, now: number): number[] {
  const key = email.trim().toLowerCase();
  const list = (failures.get(key) ?? []).filter((at) => now - at < WINDOW_MS);
  if (list.length === 0) failures.delete(key);
  else failures.set(key, list);
  return list;
}

/** Seconds until this email may try again, or 0 when it may now. */
export function signInRetryAfter(email: string, now = Date.now()): number {
  const list = recent(email, now);
  if (list.length < MAX_FAILURES) return 0;
  return Math.ceil((list[0]! + WINDOW_MS - now) / 1000);
}

export function recordSignInFailure(email: string, now = Date.now()): void {
  const list = recent(email, now);
  list.push(now);
  failures.set(email.trim().toLowerCase(), list);
  // Bounded: a flood of made-up emails must not grow memory without end.
  if (failures.size > 50_000) failures.delete(failures.keys().next().value!);
}

export function clearSignInFailures(email: string): void {
  failures.delete(email.trim().toLowerCase());
}
