import { describe, expect, it } from "vitest";
import { clearSignInFailures, MAX_FAILURES, recordSignInFailure, signInRetryAfter, WINDOW_MS } from "./sign-in-limiter";

describe("sign-in limiter", () => {
  it("locks an account after repeated failures, case-insensitively, until they age out", () => {
    const start = 1_000_000;
    for (let i = 0; i < MAX_FAILURES - 1; i++) recordSignInFailure("Ann@Example.com", start + i);
    expect(signInRetryAfter("ann@example.com", start + 10)).toBe(0);
    recordSignInFailure("ann@example.com", start + 10);
    expect(signInRetryAfter("ANN@example.com", start + 20)).toBe(Math.ceil((WINDOW_MS - 20) / 1000));
    expect(signInRetryAfter("bob@example.com", start + 20)).toBe(0);
    expect(signInRetryAfter("ann@example.com", start + WINDOW_MS + 1)).toBe(0);
  });

  it("forgets failures after a successful sign-in", () => {
    for (let i = 0; i < MAX_FAILURES; i++) recordSignInFailure("cy@example.com", 5);
    expect(signInRetryAfter("cy@example.com", 6)).toBeGreaterThan(0);
    clearSignInFailures("cy@example.com");
    expect(signInRetryAfter("cy@example.com", 6)).toBe(0);
  });
});
