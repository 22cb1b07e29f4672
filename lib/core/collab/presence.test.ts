import { describe, expect, it } from "vitest";
import { cssString, initials, PALETTE, participantColor } from "./presence";

describe("presence", () => {
  it("gives a person one colour everywhere and spreads people over the palette", () => {
    expect(participantColor("user-1")).toBe(participantColor("user-1"));
    const colours = new Set(Array.from({ length: 50 }, (_, i) => participantColor(`user-${i}`)));
    expect(colours.size).toBeGreaterThan(5);
  });

  it("makes initials from one or more names", () => {
    expect(initials("Ada Lovelace")).toBe("AL");
    expect(initials("  grace  ")).toBe("G");
    expect(initials("Jean Claude Van Damme")).toBe("JD");
    expect(initials("élodie")).toBe("É");
    expect(initials("")).toBe("?");
  });

  it("escapes names for CSS content so a name cannot end the rule", () => {
    expect(cssString("Ada L.")).toBe('"Ada L."');
    const hostile = cssString('x"} body{display:none} .a{content:"');
    expect(hostile).not.toMatch(/[{}]/);
    expect(hostile.slice(1, -1)).not.toContain('"');
    expect(cssString("a\\b")).toBe('"a\\5c b"');
  });
});

/** WCAG contrast ratio of a #rrggbb colour against white. */
function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (luminance + 0.05);
}

describe("participant colours", () => {
  it("every colour keeps an avatar's white initials readable (at least 4.5:1)", () => {
    for (const colour of PALETTE) expect(contrastWithWhite(colour), colour).toBeGreaterThanOrEqual(4.5);
  });
});
