import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { sharedDir, sharedDirPath, sharedDirsEnv } from "./shared-dirs";

const present = fs.mkdtempSync(path.join(os.tmpdir(), "dramatis-shared-"));

describe("shared test folders", () => {
  it("are found by their variable, TEMPLATE_SPEC_DIR for specs, else ../shared beside the project", () => {
    expect(sharedDirPath("MUSTACHE_SPEC_DIR", { MUSTACHE_SPEC_DIR: "/x/y" })).toBe("/x/y");
    expect(sharedDirPath("GO_TEMPLATE_SPEC_DIR", { TEMPLATE_SPEC_DIR: "/specs" })).toBe("/specs/go-text-template");
    expect(sharedDirPath("PERSONA_CORPUS_DIR", { TEMPLATE_SPEC_DIR: "/specs" }, "/work/app")).toBe("/work/shared/personas");
    expect(sharedDirPath("MUSTACHE_JS_SPEC_DIR", {}, "/work/app")).toBe("/work/shared/spec/mustache-js");
  });

  it("throw with CI=true when missing, naming the folder; elsewhere skip with a warning", () => {
    const missing = { PERSONA_CORPUS_DIR: "/nonexistent/personas" };
    expect(() => sharedDir("PERSONA_CORPUS_DIR", { ...missing, CI: "true" })).toThrow(/CI=true.*PERSONA_CORPUS_DIR.*\/nonexistent\/personas is missing/);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(sharedDir("PERSONA_CORPUS_DIR", missing)).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("/nonexistent/personas"));
    warn.mockRestore();
    expect(sharedDir("PERSONA_CORPUS_DIR", { PERSONA_CORPUS_DIR: present, CI: "true" })).toBe(present);
  });

  it("fail the whole run in the runners' configs with CI=true when any is missing", () => {
    const all = { PERSONA_CORPUS_DIR: present, MUSTACHE_SPEC_DIR: present, MUSTACHE_OPTIONAL_SPEC_DIR: present, MUSTACHE_JS_SPEC_DIR: present };
    expect(() => sharedDirsEnv("/nonexistent", { ...all, CI: "true" })).toThrow(/GO_TEMPLATE_SPEC_DIR/);
    expect(sharedDirsEnv("/nonexistent", all)).toEqual(all);
  });
});
