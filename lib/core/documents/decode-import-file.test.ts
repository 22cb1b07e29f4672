import { describe, expect, it } from "vitest";
import { MAX_IMPORT_BYTES, decodeImportFile, firstInvalidUtf8Offset } from "./decode-import-file";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeImportFile", () => {
  it("decodes UTF-8 and keeps CRLF line endings byte for byte", () => {
    const result = decodeImportFile("a.md", utf8("# Title\r\nLine 🚨\r\n"));
    expect(result).toEqual({ ok: true, content: "# Title\r\nLine 🚨\r\n", bomStripped: false });
  });

  it("strips one leading BOM", () => {
    const result = decodeImportFile("a.txt", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("hello")]));
    expect(result).toEqual({ ok: true, content: "hello", bomStripped: true });
  });

  it("rejects binary content", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const result = decodeImportFile("photo.txt", png);
    expect(result).toMatchObject({ ok: false, code: "binary" });
    expect(!result.ok && result.message).toContain("binary");
  });

  it("rejects invalid UTF-8 and says where, without guessing an encoding", () => {
    const latin1 = new Uint8Array([...utf8("caf"), 0xe9, ...utf8(" au lait")]);
    const result = decodeImportFile("notes.txt", latin1);
    expect(result).toMatchObject({ ok: false, code: "invalid-utf8" });
    expect(!result.ok && result.message).toContain("offset 3");
  });

  it("rejects files over 2 MB with their size", () => {
    const result = decodeImportFile("big.md", new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61));
    expect(result).toMatchObject({ ok: false, code: "too-large" });
    expect(!result.ok && result.message).toContain("2.0 MB");
  });

  it("accepts a file of exactly 2 MB", () => {
    expect(decodeImportFile("max.md", new Uint8Array(MAX_IMPORT_BYTES).fill(0x61)).ok).toBe(true);
  });

  it("rejects empty and whitespace-only files", () => {
    expect(decodeImportFile("e.md", new Uint8Array())).toMatchObject({ ok: false, code: "empty" });
    expect(decodeImportFile("e.md", utf8(" \r\n\t\n"))).toMatchObject({ ok: false, code: "empty" });
  });

  it("rejects other file types", () => {
    expect(decodeImportFile("script.js", utf8("x"))).toMatchObject({ ok: false, code: "unsupported-type" });
    expect(decodeImportFile("README", utf8("x"))).toMatchObject({ ok: false, code: "unsupported-type" });
  });
});

describe("firstInvalidUtf8Offset", () => {
  it("finds truncated sequences, overlong forms and surrogates", () => {
    expect(firstInvalidUtf8Offset(new Uint8Array([0x61, 0xe2, 0x82]))).toBe(1);
    expect(firstInvalidUtf8Offset(new Uint8Array([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8Offset(new Uint8Array([0x61, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8Offset(utf8("all good ✓"))).toBe(-1);
  });
});
