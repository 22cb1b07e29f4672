import { describe, expect, it } from "vitest";
import { participantColor } from "./presence";

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe("participant colours", () => {
  it("keep white initials readable (at least 4.5:1) for everyone", () => {
    const colours = new Set(Array.from({ length: 500 }, (_, i) => participantColor(`user-${i}-${(i * 7919).toString(36)}`)));
    expect(colours.size).toBeGreaterThanOrEqual(8);
    for (const colour of colours) {
      const ratio = 1.05 / (luminance(colour) + 0.05);
      expect(ratio, colour).toBeGreaterThanOrEqual(4.5);
    }
  });
});
