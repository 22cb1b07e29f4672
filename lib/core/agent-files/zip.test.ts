import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { crc32, writeZip, zipDocumentsAs } from "./index";

/** Reads a zip through its central directory, as unzip tools do, checking each entry's CRC. */
function readZip(zip: Uint8Array): { path: string; content: string }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const entries: { path: string; content: string }[] = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const path = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    const dataStart = local + 30 + view.getUint16(local + 26, true);
    const data = zip.subarray(dataStart, dataStart + size);
    expect(zlib.crc32(data)).toBe(crc);
    entries.push({ path, content: decoder.decode(data) });
    at += 46 + nameLength;
  }
  return entries;
}

describe("zip", () => {
  it("computes the same CRC-32 as zlib", () => {
    for (const text of ["", "a", "The quick brown fox", "é🚨\r\n".repeat(100)]) {
      const bytes = new TextEncoder().encode(text);
      expect(crc32(bytes)).toBe(zlib.crc32(bytes));
    }
  });

  it("writes entries an unzip tool reads back byte for byte, UTF-8 names included", () => {
    const zip = writeZip([
      { path: ".claude/agents/café.md", content: "---\r\nname: café\r\n---\r\n🚨\n" },
      { path: "empty.md", content: "" },
    ]);
    expect(readZip(zip)).toEqual([
      { path: ".claude/agents/café.md", content: "---\r\nname: café\r\n---\r\n🚨\n" },
      { path: "empty.md", content: "" },
    ]);
    expect(readZip(writeZip([]))).toEqual([]);
  });

  it("puts documents at the paths their tool reads, keeping both of two that share a name", () => {
    const agent = (name: string) => `---\nname: ${name}\ndescription: d\n---\nbody ${name}\n`;
    const { zip, files } = zipDocumentsAs(
      [
        { content: agent("reviewer"), slug: "reviewer", title: "Reviewer" },
        { content: agent("reviewer"), slug: "reviewer-copy", title: "Copy" },
        { content: "# Plain\n", slug: "plain", title: "Plain" },
      ],
      "claude-agent",
    );
    expect(files).toEqual([".claude/agents/reviewer.md", ".claude/agents/reviewer-2.md", ".claude/agents/plain.md"]);
    expect(readZip(zip).map((entry) => entry.content)).toEqual([agent("reviewer"), agent("reviewer"), "---\nname: plain\ndescription: Plain\n---\n# Plain\n"]);
    expect(zipDocumentsAs([{ content: "x", slug: "a", title: "A" }], "cursor-rule").files).toEqual([".cursor/rules/a.mdc"]);
    expect(zipDocumentsAs([{ content: "x", slug: "a", title: "A" }], "markdown").files).toEqual(["a.md"]);
    const kept = zipDocumentsAs(
      [
        { content: "x", slug: "a", title: "A", subfolder: "web" },
        { content: "x", slug: "b", title: "B", subfolder: "repo/.cursor/rules/ops" },
        { content: "x", slug: "c", title: "C", subfolder: "deep/er" },
      ],
      "cursor-rule",
    );
    // Subfolders stay for rules; one already under .cursor/rules is not nested twice.
    expect(kept.files).toEqual([".cursor/rules/web/a.mdc", "repo/.cursor/rules/ops/b.mdc", ".cursor/rules/deep/er/c.mdc"]);
    // Agents go straight into .claude/agents.
    expect(zipDocumentsAs([{ content: "x", slug: "a", title: "A", subfolder: "team/x" }], "claude-agent").files).toEqual([".claude/agents/a.md"]);
  });
});
