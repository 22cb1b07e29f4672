import { describe, expect, it } from "vitest";
import { cssString, initials, participantColor } from "./presence";

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

