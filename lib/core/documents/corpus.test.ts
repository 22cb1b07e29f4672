import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sharedDir } from "@/scripts/testing/shared-dirs";
import { decodeImportFile } from "./decode-import-file";
import { detectFormat, type DocumentFormat } from "./format";
import { inferTitle } from "./title";

// Real persona documents, read from outside the project (CI: ../shared/personas).
const corpusDir = sharedDir("PERSONA_CORPUS_DIR");

const EXPECTED: Record<string, { title: string; format: DocumentFormat }> = {
  "000_452275312cfae2c8.txt": { title: "Alex Rivera", format: "xml" },
  "001_ee469c235f713738.txt": { title: "Staff-level software engineer", format: "markdown" },
  "002_707085f1fe95835f.txt": { title: "002_707085f1fe95835f", format: "markdown" },
  "003_2363fc84ac40368b.txt": { title: "Marcus Chen", format: "xml" },
  "004_a1f2f44b8ec4059d.txt": { title: "backend.python", format: "agent" },
};

describe.skipIf(!corpusDir)("persona corpus", () => {
  for (const [fileName, expected] of Object.entries(EXPECTED)) {
    it(`${fileName}: decodes byte for byte, titled "${expected.title}", format ${expected.format}`, () => {
      const bytes = fs.readFileSync(path.join(corpusDir ?? "", fileName));
      const decoded = decodeImportFile(fileName, bytes);
      if (!decoded.ok) throw new Error(decoded.message);
      const withoutBom = decoded.bomStripped ? bytes.subarray(3) : bytes;
      expect(Buffer.from(decoded.content, "utf8").equals(withoutBom)).toBe(true);
      expect(inferTitle(decoded.content, fileName)).toBe(expected.title);
      expect(detectFormat(decoded.content)).toBe(expected.format);
    });
  }
});
