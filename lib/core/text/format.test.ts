import { describe, expect, it } from "vitest";
import { formatBytes, formatRelativeTime, formatTimestamp } from "./format";

describe("formatBytes", () => {
  it("uses the largest unit that keeps the number readable", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(105_287)).toBe("102.8 KB");
    expect(formatBytes(3 * 1024 * 1024 + 100_000)).toBe("3.1 MB");
  });
});

describe("formatRelativeTime", () => {
  const now = new Date("2026-11-23T12:00:00Z");
  it("says 'just now' for the last few seconds and counts back in whole units", () => {
    expect(formatRelativeTime(new Date("2026-11-23T11:59:58Z"), now)).toBe("just now");
    expect(formatRelativeTime(new Date("2026-11-23T11:57:00Z"), now)).toBe("3 minutes ago");
    expect(formatRelativeTime(new Date("2026-11-22T12:00:00Z"), now)).toBe("yesterday");
  });
});

describe("formatTimestamp", () => {
  it("is minute-precise and says its time zone", () => {
    expect(formatTimestamp(new Date("2026-11-23T03:04:59Z"))).toBe("2026-11-23 03:04 UTC");
  });
});
