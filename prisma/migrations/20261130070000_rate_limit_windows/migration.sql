-- Per-address limits count in fixed windows (lib/server/auth/fixed-window-rate-limit.ts): the
-- column holds when the current window started. A row carried over starts its window at its
-- last request, which at most lengthens that one window.
ALTER TABLE "RateLimit" RENAME COLUMN "lastRequest" TO "windowStart";
