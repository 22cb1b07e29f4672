import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { specFolder } from "./testing/spec-folder";

describe("spec folders", () => {
  it("default to ../shared/spec/<name> beside the project, an env var overriding", () => {
    const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../..");
    expect(specFolder("mustache", {}).dir).toBe(path.resolve(root, "../shared/spec/mustache"));
    expect(specFolder("mustache", { MUSTACHE_SPEC_DIR: "/x/y" }).dir).toBe("/x/y");
    expect(specFolder("go-text-template", { TEMPLATE_SPEC_DIR: "/specs" }).dir).toBe("/specs/go-text-template");
  });

  it("fail in CI when missing, and only skip elsewhere", () => {
    const missing = specFolder("no-such-spec", { TEMPLATE_SPEC_DIR: "/nonexistent" });
    expect(missing.present).toBe(false);
    expect(specFolder("no-such-spec", { TEMPLATE_SPEC_DIR: "/nonexistent", CI: "true" }).mustFail).toBe(true);
    expect(specFolder("no-such-spec", { TEMPLATE_SPEC_DIR: "/nonexistent" }).mustFail).toBe(false);
    expect(fs.existsSync(missing.dir)).toBe(false);
  });
});
