import { describe, expect, it } from "vitest";
import { errorResponse } from "./error-response";
import { isSameOriginWrite, requireSameOriginWrite } from "./same-origin";

const write = (origin: string | null, host = "localhost:3000", method = "POST") =>
  new Request("http://localhost:3000/api/import", { method, headers: { host, ...(origin ? { origin } : {}) } });

describe("isSameOriginWrite", () => {
  it("allows a write only when the Origin names this very host and port", () => {
    expect(isSameOriginWrite(write("http://localhost:3000"))).toBe(true);
    expect(isSameOriginWrite(write("http://localhost:3001"))).toBe(false); // another port: SameSite=Lax lets its cookies through
    expect(isSameOriginWrite(write("https://evil.example"))).toBe(false);
    expect(isSameOriginWrite(write("null"))).toBe(false);
    expect(isSameOriginWrite(write(null))).toBe(false);
    expect(isSameOriginWrite(write(null, "localhost:3000", "GET"))).toBe(true);
  });
});

describe("requireSameOriginWrite (the import route's first check)", () => {
  it("refuses a form post from another port with 403 and lets this site's own through", async () => {
    const refused = (() => {
      try {
        requireSameOriginWrite(write("http://localhost:3001"), "Uploads must come from this site's own import page.");
      } catch (error) {
        return errorResponse(error);
      }
    })();
    expect(refused?.status).toBe(403);
    expect((await refused!.json()).error).toEqual({ code: "forbidden", message: "Uploads must come from this site's own import page." });
    expect(() => requireSameOriginWrite(write("http://localhost:3000"), "no")).not.toThrow();
  });
});
