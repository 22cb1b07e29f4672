import { describe, expect, it } from "vitest";
import { planImport, summarizeImport } from "./plan-import";

const file = (fileName: string, text: string) => ({ fileName, bytes: new TextEncoder().encode(text) });

describe("planImport", () => {
  it("creates a document for an unknown file, with title, format and slug", () => {
    expect(planImport(file("My Agent.md", "# Helper\n\n- be kind\n"), null)).toEqual({
      action: "create",
      slug: "my-agent",
      title: "Helper",
      format: "markdown",
      content: "# Helper\n\n- be kind\n",
    });
  });

  it("does nothing when the file matches the current version", () => {
    expect(planImport(file("a.md", "same"), { slug: "a", headContent: "same" })).toEqual({
      action: "unchanged",
      slug: "a",
    });
  });

  it("adds a version when the file changed", () => {
    const plan = planImport(file("a.md", "changed"), { slug: "a", headContent: "before" });
    expect(plan).toMatchObject({ action: "new-version", slug: "a", content: "changed" });
  });

  it("treats a BOM-only difference as unchanged, since the BOM is not kept", () => {
    const withBom = { fileName: "a.md", bytes: new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]) };
    expect(planImport(withBom, { slug: "a", headContent: "hi" }).action).toBe("unchanged");
  });

  it("rejects a bad file without looking at the existing document", () => {
    const plan = planImport({ fileName: "a.md", bytes: new Uint8Array([0, 1, 2]) }, { slug: "a", headContent: "x" });
    expect(plan).toMatchObject({ action: "rejected", code: "binary" });
  });
});

describe("summarizeImport", () => {
  it("counts outcomes and lists each rejected file with its reason", () => {
    const summary = summarizeImport([
      { action: "created", fileName: "a.md" },
      { action: "created", fileName: "b.md" },
      { action: "unchanged", fileName: "c.md" },
      { action: "rejected", fileName: "d.png", message: "d.png is not a document type" },
    ]);
    expect(summary.counts).toEqual({ created: 2, "new-version": 0, unchanged: 1, rejected: 1 });
    expect(summary.text).toBe(
      "created 2, new version 0, unchanged 1, rejected 1\n  rejected d.png: d.png is not a document type",
    );
  });
});
